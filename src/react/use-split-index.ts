import { useEffect, useState } from 'react';
import type { HelpIndexSource, LazyHelpEngine } from '../engine/index-loader';
import type { HelpIndexReference } from '../schema/help-index';

/** Where opening a split index stands. */
export type SplitIndexState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; engine: LazyHelpEngine }
  | { status: 'error'; error: unknown };

/** Whether `value` is the Vite plugin's module for a split index (kept here so the loader itself can stay lazy). */
export function isIndexReference(value: unknown): value is HelpIndexReference {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'reference' && typeof (value as { manifest?: unknown }).manifest === 'string';
}

/** One open per source (StrictMode runs effects twice; several providers may share a source). A failure is forgotten. */
const opening = new Map<unknown, Promise<LazyHelpEngine>>();

function open(source: HelpIndexSource): Promise<LazyHelpEngine> {
  const key = source instanceof URL ? source.href : source;
  let pending = opening.get(key);
  if (!pending) {
    // The loader is its own chunk: a page whose panel never needs the index never downloads it.
    pending = import('../engine/index-loader').then(({ openHelpIndex }) => openHelpIndex(source));
    opening.set(key, pending);
    pending.catch(() => opening.delete(key));
  }
  return pending;
}

/**
 * Opens a split index (the plugin's module, or the URL of a folder the CLI
 * wrote) once `wanted` turns true, and keeps the engine. `attempt` starts a
 * new try after a failure; an engine `replace`d after a deploy takes over.
 */
export function useSplitIndex(source: HelpIndexSource | null, wanted: boolean, attempt: number): SplitIndexState {
  const [state, setState] = useState<{ source: unknown; value: SplitIndexState }>({ source: null, value: { status: 'idle' } });
  useEffect(() => {
    if (source === null || !wanted) return;
    let current = true;
    setState((previous) => (previous.source === source && previous.value.status === 'ready' ? previous : { source, value: { status: 'loading' } }));
    open(source).then(
      (engine) => current && setState((previous) => (previous.source === source && previous.value.status === 'ready' ? previous : { source, value: { status: 'ready', engine } })),
      (error: unknown) => current && setState({ source, value: { status: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [source, wanted, attempt]);
  return state.source === source && source !== null ? state.value : { status: 'idle' };
}
