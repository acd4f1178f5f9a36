import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createHelpEngineCore } from '../engine/engine-core';
import type { HelpEngineCore } from '../engine/types';
import type { LazyHelpEngine } from '../engine/split/index';
import type { HelpEventSource } from '../engine/events/index';
import type { HelpIndexInput, HelpPreload } from './help-provider';
import { isIndexReference, useSplitIndex } from './use-split-index';
import { useLocaleContent } from './use-help-locale';
import { useHotIndex } from './use-hot-index';

type LoadState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; engine: HelpEngineCore; source: unknown }
  | { status: 'error'; error: unknown };

interface HelpIndexOptions {
  index: HelpIndexInput | undefined;
  src: string | undefined;
  load: (() => Promise<HelpIndexInput | { default: HelpIndexInput }>) | undefined;
  preload: HelpPreload;
  requestedLocale: string | undefined;
  /** Help is near (opened, an error, a hand near the trigger): a split index's manifest loads now. */
  wanted: boolean;
  /** Called with the engine the reopened manifest gave, so the failure that asked for it is reported once. */
  reportCrash(error: unknown): void;
}

export interface HelpIndexState {
  status: LoadState['status'];
  engine: HelpEngineCore | null;
  /** Goes up each time a split index's chunk arrives or fails. */
  contentVersion: number;
  /** The load or index error, when `status` is `error`. */
  indexError: unknown;
  /** Present when loading can be retried (a `load` function or a split index). */
  retryIndex: (() => void) | undefined;
  /** After a deploy: fetches the manifest again and moves to its engine. */
  reopen(): void;
  /** The help center and build events are about: the index's, or before it came, the plugin module's. */
  eventSource: HelpEventSource | undefined;
}

/**
 * `() => import('./help.json')` resolves to a module namespace; accept it
 * as well as the index itself, since that is the first thing anyone writes.
 */
function unwrapModule(value: unknown): unknown {
  if (value && typeof value === 'object' && !('format' in value) && 'default' in value) {
    return (value as { default: unknown }).default;
  }
  return value;
}

/** An engine the host opened itself with `openHelpIndex` (for SSR, or to share one). */
const isLazyEngine = (value: unknown): value is LazyHelpEngine =>
  typeof value === 'object' && value !== null && typeof (value as { lazy?: unknown }).lazy === 'object' && typeof (value as { match?: unknown }).match === 'function';

function toEngine(index: unknown): LoadState {
  try {
    return { status: 'ready', engine: createHelpEngineCore(index), source: index };
  } catch (error) {
    return { status: 'error', error };
  }
}

/**
 * The index, however the host gave it: a whole index (checked when it arrives), a set of
 * locales, the plugin's module or a URL for a split index (its manifest fetched at idle time,
 * at first need or at once, as `preload` says), a `load` function, or an engine of its own; in
 * development, its newest edit.
 */
export function useHelpIndex({ index, src, load, preload, requestedLocale, wanted, reportCrash }: HelpIndexOptions): HelpIndexState {
  const [loaded, setLoaded] = useState<{ status: 'idle' | 'loading' } | { status: 'ready'; value: unknown } | { status: 'error'; error: unknown }>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const shouldLoad = !index && !src && load !== undefined;
  const loadRef = useRef(load);
  loadRef.current = load;
  const loading = useRef<{ attempt: number; promise: Promise<unknown> } | null>(null);
  useEffect(() => {
    if (!shouldLoad) return;
    let current = true; // drops a slow response that a retry or unmount made stale
    setLoaded({ status: 'loading' });
    // One call per attempt, kept as a promise: an effect that runs twice
    // (StrictMode, a remount) waits for the same load instead of starting another.
    let pending = loading.current?.attempt === attempt ? loading.current.promise : undefined;
    if (!pending) {
      try {
        pending = Promise.resolve(loadRef.current?.());
      } catch (error) {
        pending = Promise.reject(error); // a `load` that throws instead of rejecting
      }
      pending.catch(() => {}); // handled below; never an unhandled rejection
      loading.current = { attempt, promise: pending };
    }
    pending.then(
      (value) => current && setLoaded({ status: 'ready', value: unwrapModule(value) }),
      (error: unknown) => current && setLoaded({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [shouldLoad, attempt]);

  // What the host gave, then in development its newest edit (see useHotIndex).
  const given: unknown = index ?? src ?? (loaded.status === 'ready' ? loaded.value : undefined);
  const live = useLocaleContent(useHotIndex(given ?? null), requestedLocale);
  const splitSource = isIndexReference(live) || typeof live === 'string' ? live : null;
  const whole = useMemo<LoadState | null>(
    () => (live == null || splitSource !== null ? null : isLazyEngine(live) ? { status: 'ready', engine: live, source: live } : toEngine(live)),
    [live, splitSource],
  );

  // A split index's manifest loads at idle time, or at the first open or error, or at once.
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (idle || splitSource === null || preload !== 'idle' || typeof window === 'undefined') return;
    let handle: number | undefined;
    const schedule = () => {
      handle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => setIdle(true), { timeout: 3000 }) : window.setTimeout(() => setIdle(true), 200);
    };
    if (document.readyState === 'complete') schedule();
    else window.addEventListener('load', schedule, { once: true });
    return () => {
      window.removeEventListener('load', schedule);
      if (handle !== undefined) (typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback : window.clearTimeout)(handle);
    };
  }, [idle, splitSource, preload]);
  const split = useSplitIndex(splitSource, wanted || idle || preload === 'eager', attempt, requestedLocale);

  let state: LoadState;
  if (whole) state = whole;
  else if (splitSource !== null) state = split.status === 'ready' ? { status: 'ready', engine: split.engine, source: splitSource } : split;
  else if (shouldLoad) state = loaded.status === 'ready' ? toEngine(loaded.value) : loaded;
  else state = { status: 'idle' };
  const baseEngine = state.status === 'ready' ? state.engine : null;
  // After a deploy, a split index's manifest is fetched again and its new engine takes over.
  const [reopened, setReopened] = useState<{ of: HelpEngineCore; engine: HelpEngineCore } | null>(null);
  const engine = reopened && reopened.of === baseEngine ? reopened.engine : baseEngine;
  const contentVersion = useContentVersion(engine);
  const reportRef = useRef(reportCrash);
  reportRef.current = reportCrash;
  const reopen = useCallback(() => {
    const lazy = engine?.lazy;
    if (!lazy || !engine) return;
    lazy.reopen().then(
      (next) => setReopened({ of: baseEngine ?? engine, engine: next }),
      (error: unknown) => reportRef.current(error),
    );
  }, [engine, baseEngine]);
  // Before a split index's manifest is in, its module already names the help center and build.
  const eventSource = useMemo(
    () =>
      engine
        ? { helpCenter: engine.index.helpCenter.id, build: engine.index.hash }
        : isIndexReference(splitSource)
          ? { helpCenter: splitSource.helpCenter.id, build: splitSource.hash }
          : undefined,
    [engine, splitSource],
  );
  const retryIndex = useMemo(() => (shouldLoad || splitSource !== null ? () => setAttempt((n) => n + 1) : undefined), [shouldLoad, splitSource]);
  return {
    status: state.status,
    engine,
    contentVersion,
    indexError: state.status === 'error' ? state.error : undefined,
    retryIndex,
    reopen,
    eventSource,
  };
}

/** Re-renders when a split index's chunk arrives or fails; 0 for a whole index. */
function useContentVersion(engine: HelpEngineCore | null): number {
  // A counter of our own: a reopened engine's version starts again at 0 and could repeat a value React would skip.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const lazy = engine?.lazy;
    if (!lazy) return;
    setVersion((n) => n + 1);
    return lazy.subscribe(() => setVersion((n) => n + 1));
  }, [engine]);
  return version;
}
