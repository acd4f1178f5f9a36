import { useEffect, useReducer, useState } from 'react';
import type { SearchFunction } from '../engine/search/index';
import type { HelpEngineCore } from '../engine/types';
import { loadedSearch, loadSearch } from './load-search';

/** Where the search box's search stands: it loads on demand, with Fuse, in its own chunk. */
export type LazySearch =
  | { status: 'loading' }
  | { status: 'ready'; search: SearchFunction }
  | { status: 'failed'; error: unknown };

/**
 * The engine's search, loaded when the first search box mounts. `retry`
 * starts a new attempt after a failure.
 */
export function useLazySearch(engine: HelpEngineCore | null): LazySearch & { retry(): void } {
  const [attempt, retry] = useReducer((n: number) => n + 1, 0);
  const [, settled] = useReducer((n: number) => n + 1, 0);
  const [failure, setFailure] = useState<{ engine: HelpEngineCore; error: unknown } | null>(null);

  useEffect(() => {
    if (!engine || loadedSearch(engine)) return;
    let live = true;
    setFailure(null);
    loadSearch(engine).then(
      () => live && settled(),
      (error: unknown) => live && setFailure({ engine, error }),
    );
    return () => {
      live = false;
    };
  }, [engine, attempt]);

  const search = engine ? loadedSearch(engine) : undefined;
  const state: LazySearch = search
    ? { status: 'ready', search }
    : failure && failure.engine === engine
      ? { status: 'failed', error: failure.error }
      : { status: 'loading' };
  return { ...state, retry };
}
