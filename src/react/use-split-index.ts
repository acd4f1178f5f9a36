import { useEffect, useState } from 'react';
import type { HelpIndexSource, LazyHelpEngine } from '../engine/split/index';
import { isIndexReference, openedSplitIndex, openSplitIndex as open } from './open-split-index';

/** Where opening a split index stands. */
export type SplitIndexState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; engine: LazyHelpEngine }
  | { status: 'error'; error: unknown };

/**
 * Opens a split index (the plugin's module, or the URL of a folder the CLI
 * wrote) once `wanted` turns true, and keeps the engine. `attempt` starts a
 * new try after a failure; an engine `replace`d after a deploy takes over.
 * For a URL, `locale` picks among the locales its manifest.json names; while
 * another locale's manifest loads, the engine open so far stays in use.
 */
export function useSplitIndex(source: HelpIndexSource | null, wanted: boolean, attempt: number, locale?: string): SplitIndexState {
  const urlLocale = typeof source === 'string' || source instanceof URL ? locale : undefined;
  const [state, setState] = useState<{ source: unknown; locale: string | undefined; value: SplitIndexState }>({ source: null, locale: undefined, value: { status: 'idle' } });
  useEffect(() => {
    if (source === null || !wanted) return;
    let current = true;
    const same = (previous: typeof state) => previous.source === source && previous.locale === urlLocale;
    // Open already: one render with it, not one for loading and one more for the promise.
    const opened = openedSplitIndex(source, urlLocale);
    if (opened) {
      setState((previous) => (same(previous) && previous.value.status === 'ready' && previous.value.engine === opened ? previous : { source, locale: urlLocale, value: { status: 'ready', engine: opened } }));
      return;
    }
    // The engine open so far stays while another locale of the same help center loads.
    setState((previous) => (previous.value.status === 'ready' && sameCenter(previous.source, source) ? previous : { source, locale: urlLocale, value: { status: 'loading' } }));
    open(source, urlLocale).then(
      (engine) =>
        current &&
        setState((previous) => (same(previous) && previous.value.status === 'ready' && previous.value.engine === engine ? previous : { source, locale: urlLocale, value: { status: 'ready', engine } })),
      (error: unknown) => current && setState({ source, locale: urlLocale, value: { status: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [source, wanted, attempt, urlLocale]);
  if (source === null) return { status: 'idle' };
  // Opened already (the shell started it when help came near): no render waits for the promise to say so.
  const opened = wanted ? openedSplitIndex(source, urlLocale) : undefined;
  if (opened && !(state.source === source && state.value.status === 'ready' && state.value.engine === opened)) return { status: 'ready', engine: opened };
  if (state.source === source) return state.value;
  // Another locale of the same help center: keep the engine open so far until its own arrives.
  return state.value.status === 'ready' && sameCenter(state.source, source) ? state.value : { status: 'idle' };
}

/** The same URL, or the plugin's modules of one help center (in two locales, say). */
function sameCenter(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isIndexReference(a) && isIndexReference(b)) return a.helpCenter.id === b.helpCenter.id;
  return false;
}
