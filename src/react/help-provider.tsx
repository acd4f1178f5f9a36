import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
// Straight from the module: the engine's index also re-exports the support code, which must stay lazy.
import { createHelpEngineCore } from '../engine/engine-core';
import type { HelpEngineCore, Match } from '../engine/types';
import type { HelpIndex, HelpIndexReference, HelpIndexSet } from '../schema/help-index';
import type { LazyHelpEngine } from '../engine/split';
import { isIndexReference, useSplitIndex } from './use-split-index';
import { HelpContext, type DiagnosticsView, type DraftsRef, type HelpContextValue, type ReportErrorOptions, type SupportHost, type Visit } from './help-context';
import { errorSeenEvent, safeCall, safeEmit, type HelpEvent, type HelpEventSource, type PanelOpenedBy } from '../engine/events';
import type { HelpLoadStatus, HelpView } from './help-view';
import { opensByItself, resolveView } from './select-screen';
import { isUnreadResponse, useErrorFacts } from './use-error-facts';
import { loadedRelatedMatch, prepareRelated, relatedReady } from './load-search';
import { panelLabels, type HelpLabels, type HelpLocalePack } from './labels';
import { pickLocale, textDirection } from '../engine/base';
import { useLocaleContent, useRequestedLocale } from './use-help-locale';
import { isDevelopmentBuild } from './reason-line';
import { prefetchAll, prefetchPanel, whenIdle } from './prefetch-panel';
import { createLocalStorage, type ProgressStorage } from '../engine/state';
import { createProgressStore } from '../engine/state';
import { clearHelpData, draftKey, userNamespace } from '../engine/state';
import { useHelpDataSync } from './use-help-data-sync';
import type { HelpStorageError } from '../engine/state';
import { useControllableState } from './use-controllable-state';
import { useHelpShortcut, type HelpShortcut } from './use-help-shortcut';
import { useHotIndex } from './use-hot-index';
import { useLocationRoute } from './use-location-route';
import type { Diagnostics } from '../engine/support';
import type { EscalationField, EscalationPayload } from '../engine/support';
import type { HelpFeedback } from './support/feedback';

// Loaded only when an open symptom has diagnostics bound and the host gave `diagnostics`.
const DiagnosticsRunner = lazy(() => import('./support/diagnostics-runner'));

/**
 * A compiled index as the app holds it: the {@link HelpIndex} that `help-panel
 * build` or the Vite plugin wrote. A JSON import types its fields as plain
 * strings and numbers, so any object is accepted; the provider checks it when
 * it arrives and shows its error screen (and calls `onError`) if it is not an index.
 */
export type HelpIndexInput = HelpIndex | HelpIndexSet | HelpIndexReference | LazyHelpEngine | object;

/** When a split index's manifest loads (see `HelpProviderProps.preload`). */
export type HelpPreload = 'idle' | 'open' | 'eager';

export interface HelpProviderProps extends SupportHost {
  /**
   * The compiled help index: `import index from 'virtual:help-panel'` (with the
   * Vite plugin's default split output, a module that only names the
   * manifest), a whole index JSON (`help-panel build --out`), or an engine
   * from `openHelpIndex`. Give this, `src` or `load`; `index` wins.
   */
  index?: HelpIndexInput;
  /**
   * Where a split index lives that `help-panel build --out-dir` wrote: the
   * folder's URL (`https://cdn.example.com/help/`) or its `manifest.json`'s.
   * Default: none.
   */
  src?: string;
  /**
   * When the manifest of a split index loads: `'idle'` once the browser is idle
   * after the page has loaded (or sooner, at the first open or error), `'open'`
   * only at the first open or error, `'eager'` at once. Article chunks load
   * when shown (the best match's as soon as it matches), search shards as the
   * user types. Default `'idle'`.
   */
  preload?: HelpPreload;
  /**
   * Loads the index, for example `() => fetch('/help.json').then(r => r.json())` or
   * `() => import('./help.json')` (a module's `default` export is used).
   * Called once on mount (never during render); a failure shows a retry. Default: none.
   */
  load?: () => Promise<HelpIndexInput | { default: HelpIndexInput }>;
  /**
   * The current pathname. Default: `window.location.pathname`, followed on
   * back/forward and on the Navigation API's navigations where the browser has it.
   * Pass it from your router (React Router, Next.js) to follow every navigation.
   */
  route?: string | null;
  /** What just went wrong: an `Error`, a fetch `Response`, `{ code, status }`, a string. Default: none. */
  error?: unknown;
  /** Controlled open state of the drawer. Default: uncontrolled. */
  open?: boolean;
  /** Whether the drawer starts open, when uncontrolled. Default `false`. */
  defaultOpen?: boolean;
  /** Called whenever the drawer asks to open or close. Default: none. */
  onOpenChange?: (open: boolean) => void;
  /**
   * Where checklist progress and the unsent escalation note are kept. Keep it stable across
   * renders. Open tabs follow each other's changes through the `storage` event, so only
   * `localStorage` (or a storage backed by it) updates them live.
   * Default: `localStorage`, in memory when that fails.
   */
  storage?: ProgressStorage;
  /** Prefix of every storage key. Default `"help-panel"`. */
  storageNamespace?: string;
  /**
   * Who is signed in, on a browser that several people may use: each user's progress and note
   * are kept apart (keys under `storageNamespace` plus a hash of the id, never the id itself), and
   * changing it starts a fresh visit. Call `clearHelpData()` from `useHelp()` on sign-out to
   * remove them. Default: none, one set of data per browser.
   */
  userId?: string | null;
  /** Replacements for any visible string. Default: English, see `defaultLabels`. */
  labels?: Partial<HelpLabels>;
  /**
   * Follows links into the app (`app:/settings/…` in content). The panel closes
   * afterwards. Default: none, and app links are plain `<a href>` page loads.
   */
  onNavigate?: (to: string) => void;
  /**
   * Receives every panel event (opened, matched, searched, …), with the help center and index
   * build it came from (absent before an index was read). `createEventBatcher(…).onEvent` fits here. Default: none.
   */
  onEvent?: (event: HelpEvent, source?: HelpEventSource) => void;
  /**
   * Called when the index fails to load or read, or the panel fails to render, and with a
   * `HelpStorageError` when storage was full (old progress was evicted), held a corrupt or
   * older-layout value (discarded or migrated) or refused to work. Default: none.
   */
  onError?: (error: unknown) => void;
  /** Keys that toggle the drawer, or `false` for none. Default `["?", "mod+/"]` (`mod` is Ctrl or ⌘). */
  shortcut?: readonly HelpShortcut[] | false;
  /** Milliseconds the search waits for typing to pause. Default `150`. */
  searchDelay?: number;
  /**
   * Host checks, by the names content binds to checks (front matter `symptoms.<slug>.diagnostics`, check id → name). They run
   * in parallel when a symptom opens and are aborted when the panel closes; a pass ticks its
   * check. Each gets `{ route, error, symptom, signal }`. Default: none.
   */
  diagnostics?: Diagnostics;
  /** Milliseconds before a diagnostic counts as "could not check". Default `5000`. */
  diagnosticTimeoutMs?: number;
  /**
   * Sends an escalation to support. May return a promise: the form shows sending, then sent or
   * failed with a retry. Default: none, and the form offers a summary to copy (and a mail link
   * with `supportEmail`).
   */
  onEscalate?: (payload: EscalationPayload) => unknown;
  /** Support address for the `mailto:` link when there is no `onEscalate`. Default: none. */
  supportEmail?: string;
  /** Fields the escalation form asks for (a workspace slug, an account id). Default `[]`. */
  escalationFields?: readonly EscalationField[];
  /** What the host knows (account, plan): pre-fills fields by id or `contextKey`, and goes into the payload. Default `{}`. */
  context?: Record<string, unknown>;
  /** Receives "Was this helpful?" votes, one per article or symptom view. Default: none. */
  onFeedback?: (feedback: HelpFeedback) => void;
  /** Put the user's escalation note and feedback comment into `onEvent` events. Default `false`. */
  includeNoteInEvents?: boolean;
  /**
   * The query parameter that opens the panel when the page loads: `?help=webhooks` (an article) or
   * `?help=webhooks%23not-firing` (a symptom, `#` encoded). An unknown id opens the not-found screen.
   * Also names the parameter of `useHelp().linkTo` and the "Copy link" action. `false` turns deep
   * links off (no parameter is read, and there is no "Copy link"). Default `"help"`.
   */
  linkParam?: string | false;
  /**
   * Show developer detail to whoever uses the panel: under a suggested symptom, the patterns that
   * matched (`route /inbox/12 matched /inbox/**`). Default: on in development builds
   * (`process.env.NODE_ENV === 'development'`), off otherwise.
   */
  debug?: boolean;
  /**
   * The user's language, a BCP 47 tag (`"de"`, `"pt-BR"`). It picks the help center's locale (for content in
   * several languages: this one, else a shorter tag such as `pt` for `pt-BR`, else the default locale) and the
   * label pack from `translations`. Changing it swaps the content in place: the open symptom and its ticked
   * checks stay. Default: the page's `<html lang>`, else the browser's language.
   */
  locale?: string;
  /**
   * Label packs to choose from by `locale`, such as `import de from 'help-panel/locales/de'`. `labels` still
   * replaces single strings on top. Default: none (English).
   */
  translations?: readonly HelpLocalePack[];
  /** Your app, and the panel somewhere inside it. */
  children?: ReactNode;
}

const defaultShortcut = ['?', 'mod+/'] as const;
const developmentBuild = isDevelopmentBuild();

type LoadState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; engine: HelpEngineCore; source: unknown }
  | { status: 'error'; error: unknown };

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

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Holds the index, the context (route and error), and the panel's state. Wrap your app in it. */
export function HelpProvider(props: HelpProviderProps) {
  const {
    index,
    src,
    preload = 'idle',
    load,
    route: routeProp,
    error: errorProp,
    storage,
    storageNamespace = 'help-panel',
    userId,
    labels: labelOverrides,
    translations,
    shortcut = defaultShortcut,
    searchDelay = 150,
    debug = developmentBuild,
    linkParam = 'help',
    children,
  } = props;

  // Callbacks are read through a ref: hosts pass inline functions, and a new
  // function must not re-run effects or reset anything.
  const callbacks = useRef(props);
  callbacks.current = props;

  // Host callbacks go through safeCall: whatever they throw, the panel carries on.
  // The source of events: set once an index is read (below), read when an event goes out.
  const eventSource = useRef<HelpEventSource | undefined>(undefined);
  const emit = useCallback((event: HelpEvent) => safeEmit(callbacks.current.onEvent, event, eventSource.current), []);
  const reportCrash = useCallback(
    (error: unknown) => {
      safeCall(callbacks.current.onError, 'onError', error);
      emit({ type: 'panel-error', message: errorMessage(error) });
    },
    [emit],
  );

  // --- the index -----------------------------------------------------------
  const [loaded, setLoaded] = useState<{ status: 'idle' | 'loading' } | { status: 'ready'; value: unknown } | { status: 'error'; error: unknown }>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const shouldLoad = !index && !src && load !== undefined;
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
        pending = Promise.resolve(callbacks.current.load?.());
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
  const requestedLocale = useRequestedLocale(props.locale);
  const live = useLocaleContent(useHotIndex(given ?? null), requestedLocale);
  const splitSource = isIndexReference(live) || typeof live === 'string' ? live : null;
  const whole = useMemo<LoadState | null>(
    () => (live == null || splitSource !== null ? null : isLazyEngine(live) ? { status: 'ready', engine: live, source: live } : toEngine(live)),
    [live, splitSource],
  );

  // A split index's manifest loads at idle time, or at the first open or error, or at once.
  const [wanted, setWanted] = useState(preload === 'eager');
  useEffect(() => {
    if (wanted || splitSource === null || preload !== 'idle' || typeof window === 'undefined') return;
    let handle: number | undefined;
    const idle = () => {
      handle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => setWanted(true), { timeout: 3000 }) : window.setTimeout(() => setWanted(true), 200);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
    return () => {
      window.removeEventListener('load', idle);
      if (handle !== undefined) (typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback : window.clearTimeout)(handle);
    };
  }, [wanted, splitSource, preload]);
  const split = useSplitIndex(splitSource, wanted || preload === 'eager', attempt, requestedLocale);

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
  // Before a split index's manifest is in, its module already names the help center and build.
  eventSource.current = engine
    ? { helpCenter: engine.index.helpCenter.id, build: engine.index.hash }
    : isIndexReference(splitSource)
      ? { helpCenter: splitSource.helpCenter.id, build: splitSource.hash }
      : undefined;
  const indexError = state.status === 'error' ? state.error : undefined;
  const retryIndex = useMemo(() => (shouldLoad || splitSource !== null ? () => setAttempt((n) => n + 1) : undefined), [shouldLoad, splitSource]);

  // --- context: route and error --------------------------------------------
  const locationRoute = useLocationRoute(routeProp === undefined);
  const route = routeProp === undefined ? locationRoute : routeProp;
  // The newest error wins: a reported one until the `error` prop changes.
  const [reported, setReported] = useState<{ error: unknown } | null>(null);
  const [seenErrorProp, setSeenErrorProp] = useState(errorProp);
  if (!Object.is(seenErrorProp, errorProp)) {
    setSeenErrorProp(errorProp);
    setReported(null);
  }
  // A fetch `Response` is matched on what its body says, once read.
  const [error, bodyPending] = useErrorFacts(reported ? reported.error : errorProp);

  useEffect(() => {
    if (error != null) setWanted(true);
  }, [error]);

  // A split index loads the match files the route and error can reach, then matches.
  const matchPending = bodyPending || (!!engine?.lazy && !engine.lazy.matchReady({ route, error }));
  useEffect(() => {
    const lazy = engine?.lazy;
    if (!lazy || lazy.matchReady({ route, error })) return;
    lazy.prepareMatch({ route, error }).catch((failure: unknown) => reportCrash(failure));
  }, [engine, route, error, contentVersion, reportCrash]);

  // An error that no pattern names is searched by its words ("possibly related"): that search lives in
  // search's chunk, loaded when there is an error, so that a page without one never downloads it
  // (a split index also fetches the shards that error's words need). `settled` names the engine and
  // error whose related search is ready (or failed to be): matching runs again when it changes.
  const [settled, setSettled] = useState<{ engine: HelpEngineCore; error: unknown } | null>(null);
  const matchNow = useCallback(
    (context: { route: string | null; error: unknown }) => (engine ? (loadedRelatedMatch(engine) ?? engine.match)(context) : []),
    [engine, settled],
  );

  const matches = useMemo<Match[]>(() => {
    try {
      return matchNow({ route, error });
    } catch (failure) {
      // The engine promises not to throw; if it does, no match beats a broken host.
      reportCrash(failure);
      return [];
    }
    // A split index's matches carry full records once their chunk arrives.
  }, [matchNow, route, error, reportCrash, contentVersion]);
  // Only an error that no written code or message names needs it (that chunk also compares messages
  // as apps hand them over: an error's status may match while its message names a better table).
  const wantsRelated =
    !!engine && error != null && !matchPending && !relatedReady(engine, { route, error }) && !matches.some((m) => m.reasons.some((r) => r.kind === 'error-code' || r.kind === 'message'));
  useEffect(() => {
    if (!engine || !wantsRelated) return;
    let live = true;
    prepareRelated(engine, { route, error }).then(() => live && setSettled({ engine, error }));
    return () => {
      live = false;
    };
  }, [engine, wantsRelated, route, error]);
  const relatedPending = wantsRelated && !(settled?.engine === engine && Object.is(settled.error, error));
  const matchSignature = matches.map((m) => m.symptom.id).join('\n');
  const emittedMatches = useRef('');
  useEffect(() => {
    // Only when the set of matches changes (not on every new array, nor twice under StrictMode).
    if (emittedMatches.current === matchSignature) return;
    emittedMatches.current = matchSignature;
    if (matches.length > 0) {
      // A match (from the route or an error) is when the user is likeliest to open help: get its parts ready.
      prefetchPanel(engine);
      emit({
        type: 'context-matched',
        matches: matches.map((m) => ({ symptomId: m.symptom.id, articleId: m.article.id, score: m.score, reasons: m.reasons })),
      });
    }
  }, [matchSignature, emit]);
  // Each new error once, with what it matched, for the report's coverage: compared by its facts,
  // so an inline `error={{ code }}` (a new object every render) and StrictMode's second run add nothing.
  const emittedError = useRef('');
  useEffect(() => {
    const normalized = engine && error != null ? engine.normalizeError(error) : null;
    if (!normalized) {
      emittedError.current = '';
      return;
    }
    const event = errorSeenEvent(normalized, route, matches);
    const signature = JSON.stringify(event.error);
    if (emittedError.current === signature) return;
    emittedError.current = signature;
    emit(event);
  }, [engine, error, route, matches, emit]);

  // Once the page has settled, fetch the rest of the panel so that opening it never waits on the network.
  useEffect(() => (engine ? whenIdle(() => prefetchAll(engine)) : undefined), [engine]);

  // --- open state and views ------------------------------------------------
  const [isOpen, setOpenState] = useControllableState({
    prop: props.open,
    defaultProp: props.defaultOpen ?? false,
    onChange: (next: boolean) => callbacks.current.onOpenChange?.(next),
  });
  const [stack, setStack] = useState<HelpView[]>([{ screen: 'auto' }]);
  const [query, setQuery] = useState('');
  const returnFocus = useRef<HTMLElement | null>(null);
  // Raw notes of this visit; the (lazy) escalation screen turns them into a VisitLog.
  // Another user (or a cleared one) starts a new visit: nothing of the last one may reach their payload.
  const namespace = userNamespace(storageNamespace, userId);
  const visit = useMemo<Visit>(() => ({ searches: [], errors: [] }), [namespace]);
  // Remember when each error was seen: the escalation payload reports the first time.
  useEffect(() => {
    const normalized = engine && error != null ? engine.normalizeError(error) : null;
    if (normalized && visit.errors.length < 50) visit.errors.push({ error: normalized, at: new Date() });
  }, [engine, error, visit]);

  const show = useCallback(
    (views: HelpView[] | null, via: PanelOpenedBy) => {
      if (views) {
        setStack(views);
        setQuery(''); // a fresh visit starts with an empty search box
      }
      setWanted(true);
      if (isOpen) return;
      // Guarded: `open()` may be called where there is no DOM (a server render, a test in Node).
      const active = typeof document === 'undefined' ? null : document.activeElement;
      returnFocus.current = active !== null && active instanceof HTMLElement && active !== document.body ? active : null;
      setOpenState(true);
      emit({ type: 'panel-opened', by: via });
    },
    [isOpen, setOpenState, emit],
  );
  const setOpen = useCallback(
    (next: boolean, via: PanelOpenedBy = 'api') => {
      if (next) {
        show([{ screen: 'auto' }], via);
      } else if (isOpen) {
        setOpenState(false);
        emit({ type: 'panel-closed' });
      }
    },
    [show, isOpen, setOpenState, emit],
  );
  const openHelp = useCallback(
    (id?: string, via: PanelOpenedBy = 'api') => {
      // Symptom ids are always `article#slug`, so no engine is needed to tell them apart.
      const view: HelpView =
        id === undefined ? { screen: 'auto' } : id.includes('#') ? { screen: 'symptom', symptomId: id } : { screen: 'article', articleId: id };
      show([view], via);
    },
    [show],
  );
  // A deep link opens the panel once, on the page it arrived with. Read in an effect: the server has no address.
  const linkOpened = useRef(false);
  useEffect(() => {
    if (linkOpened.current || linkParam === false) return;
    linkOpened.current = true;
    const id = readLinkParam(linkParam);
    if (id !== null) openHelp(id, 'link');
  }, [linkParam, openHelp]);
  const linkTo = useCallback((id: string) => (linkParam === false ? null : helpLink(linkParam, id)), [linkParam]);

  const reportError = useCallback(
    (next: unknown, options: ReportErrorOptions = {}) => {
      setReported({ error: next });
      if (!options.open) return;
      let best: Match | undefined;
      try {
        // A `Response` is decided on once its body is read.
        best = isUnreadResponse(next) ? undefined : matchNow({ route, error: next }).find(opensByItself);
      } catch {
        best = undefined;
      }
      // Without a sure match, `auto` decides once the related search (if it is loading) has had its say.
      show([best ? resolveView({ screen: 'auto' }, [best]) : { screen: 'auto' }], 'error');
    },
    [matchNow, route, show],
  );

  // An `auto` view becomes concrete as soon as the engine can say what it is,
  // so later route changes do not swap the screen under the user's feet.
  const top = stack[stack.length - 1] ?? { screen: 'auto' };
  useEffect(() => {
    // A split index first loads the match files the route and error reach.
    if (!isOpen || top.screen !== 'auto' || !engine || matchPending) return;
    // An error's related search is on its way: decide with it (a failed load decides without).
    if (relatedPending) return;
    // Only if still `auto`: an `open(id)` in the same commit (a child's mount effect) wins.
    setStack((views) =>
      views[views.length - 1]?.screen === 'auto'
        ? [...views.slice(0, -1), resolveView(views[views.length - 1]!, matches)]
        : views,
    );
  }, [isOpen, top, engine, matches, matchPending, relatedPending]);

  // --- a split index's chunks ----------------------------------------------
  // The shown article or symptom loads when shown; the best match's as soon as it matches,
  // so that opening the panel on it shows the checklist without waiting.
  const viewId =
    top.screen === 'symptom' ? top.symptomId : top.screen === 'article' ? top.articleId : top.screen === 'escalation' ? (top.symptomId ?? top.articleId) : undefined;
  const bestId = matches[0]?.symptom.id;
  useEffect(() => {
    const lazy = engine?.lazy;
    if (!lazy) return;
    for (const id of [viewId, bestId]) if (id !== undefined && lazy.status(id) === 'idle') lazy.load(id).catch(() => {});
  }, [engine, viewId, bestId, contentVersion]);
  const chunkError = viewId !== undefined && engine?.lazy?.status(viewId) === 'failed' ? engine.lazy.error(viewId) : undefined;
  const retryChunk = useCallback(() => {
    const lazy = engine?.lazy;
    if (!lazy || !engine) return;
    const failure = viewId === undefined ? undefined : lazy.error(viewId);
    if (failure instanceof Error && (failure as { problem?: unknown }).problem === 'stale') {
      // A deploy removed or replaced the files this manifest names: one reload of the manifest recovers.
      lazy.reopen().then(
        (next) => setReopened({ of: baseEngine ?? engine, engine: next }),
        (error: unknown) => reportCrash(error),
      );
    } else lazy.retry();
  }, [engine, baseEngine, viewId, reportCrash]);
  const loadError = indexError ?? chunkError;
  const retry = chunkError !== undefined ? retryChunk : retryIndex;
  const reportedLoadError = useRef<unknown>(undefined);
  useEffect(() => {
    // Once per failure, also when StrictMode runs effects twice.
    if (loadError === undefined || Object.is(reportedLoadError.current, loadError)) return;
    reportedLoadError.current = loadError;
    reportCrash(loadError);
  }, [loadError, reportCrash]);

  useShortcutToggle(shortcut, isOpen, setOpen);

  const followAppLink = useCallback(
    (to: string, articleId: string, symptomId?: string) => {
      const onNavigate = callbacks.current.onNavigate;
      if (!onNavigate) return false;
      // With a symptom id it is a diagnostic's fix; otherwise an app link in content.
      emit({ type: 'link-followed', kind: symptomId ? 'fix' : 'app', to, articleId, ...(symptomId ? { symptomId } : {}) });
      setOpen(false);
      safeCall(onNavigate, 'onNavigate', to);
      return true;
    },
    [emit, setOpen],
  );

  // --- progress, drafts and the user's data ---------------------------------
  const [defaultStorage] = useState(createLocalStorage);
  const store = storage ?? defaultStorage;
  // Storage problems are found while rendering a checklist: tell the host afterwards, not mid-render.
  const onStorageProblem = useCallback(
    (problem: HelpStorageError) => void Promise.resolve(problem).then((p) => safeCall(callbacks.current.onError, 'onError', p)),
    [],
  );
  const helpCenterId = engine?.index.helpCenter.id ?? 'help';
  const progress = useMemo(
    () => (engine ? createProgressStore(store, namespace, helpCenterId, { onProblem: onStorageProblem }) : null),
    [engine, store, namespace, helpCenterId, onStorageProblem],
  );
  const drafts = useMemo<DraftsRef>(
    () => ({ current: null, key: draftKey(namespace, helpCenterId), storage: store, namespace, legacy: !storage, onProblem: onStorageProblem }),
    [namespace, helpCenterId, store, storage, onStorageProblem],
  );
  // What another tab (or a sign-out elsewhere on this page) did to this user's data.
  const forgetVisit = useCallback(() => {
    visit.searches.length = 0;
    visit.errors.length = 0;
    setQuery('');
  }, [visit]);
  useHelpDataSync(namespace, helpCenterId, progress, drafts, forgetVisit);
  const clearData = useCallback(
    () => clearHelpData({ storage: store, storageNamespace, userId, sessionDrafts: !storage }),
    [store, storage, storageNamespace, userId],
  );

  // The labels' language: the pack for the user's locale, else the host's own labels (in the user's
  // language, presumably), else the English defaults.
  const packs = Array.isArray(translations) ? translations.filter((candidate) => typeof candidate?.locale === 'string' && typeof candidate.labels === 'object') : [];
  const packLocale = packs.length > 0 ? pickLocale(packs.map((each) => each.locale), requestedLocale, '') : '';
  const pack = packLocale === '' ? undefined : packs.find((candidate) => candidate.locale === packLocale);
  const labels = useMemo(() => ({ ...panelLabels, ...pack?.labels, ...labelOverrides }), [pack, labelOverrides]);
  const uiLocale = pack?.locale ?? (labelOverrides && requestedLocale ? requestedLocale : 'en');
  // `HelpPanel`'s own `dir` still wins.
  const dir = pack?.dir ?? textDirection(uiLocale);

  // The symptom whose diagnostics run: the open one, kept while its escalation form is open.
  const [diag, setDiag] = useState<DiagnosticsView | null>(null);
  const diagId = top.screen === 'symptom' || top.screen === 'escalation' ? top.symptomId : undefined;
  const diagSymptom = diagId ? engine?.symptom(diagId) : undefined;
  const runDiagnostics = isOpen && !!props.diagnostics && !!diagSymptom?.checks.some((check) => check.diagnostic);
  const checkStatus = useCallback(
    (symptomId: string, checkId: string) => (diag?.symptomId === symptomId ? diag.view(checkId) : undefined),
    [diag],
  );

  const navigate = useCallback(
    (view: HelpView) => {
      const searched = query.trim();
      setStack((views) => (searched === '' ? [...views, view] : [...views, { screen: 'search', query: searched }, view]));
      setQuery('');
    },
    [query],
  );
  const back = useCallback(() => {
    if (stack.length <= 1) return;
    let next = stack.slice(0, -1);
    const under = next[next.length - 1];
    if (under?.screen === 'search' && next.length > 1) {
      // The results come back over the screen the search started from.
      next = next.slice(0, -1);
      setQuery(under.query);
    }
    setStack(next);
  }, [stack]);
  // Until a split index's match files are in, the panel that opens on the best match waits for them.
  const status: HelpLoadStatus = state.status === 'ready' && matchPending && top.screen === 'auto' ? 'loading' : state.status;
  const canGoBack = stack.length > 1;

  // Memoised so that a host re-render does not re-render every part of the panel.
  const value = useMemo<HelpContextValue>(
    () => ({
      status,
      engine,
      loadError,
      retry,
      route,
      error,
      matches,
      labels,
      locale: uiLocale,
      userLocale: requestedLocale,
      dir,
      debug,
      isOpen,
      setOpen,
      openHelp,
      linkTo,
      prefetch: () => prefetchPanel(engine),
      reportError,
      view: top,
      canGoBack,
      navigate,
      back,
      query,
      setQuery,
      searchDelay,
      progress,
      followAppLink,
      emit,
      reportCrash,
      returnFocus,
      visit,
      host: callbacks,
      drafts,
      clearHelpData: clearData,
      diag: runDiagnostics ? diag : null,
      setDiag,
      checkStatus,
    }),
    [status, engine, contentVersion, loadError, retry, route, error, matches, labels, uiLocale, requestedLocale, dir, debug, isOpen, setOpen, openHelp, linkTo, reportError, top, canGoBack, navigate, back, query, searchDelay, progress, followAppLink, emit, reportCrash, visit, drafts, clearData, runDiagnostics, diag, checkStatus],
  );

  return (
    <HelpContext.Provider value={value}>
      {children}
      {runDiagnostics && (
        <Suspense fallback={null}>
          <DiagnosticsRunner symptom={diagSymptom!} />
        </Suspense>
      )}
    </HelpContext.Provider>
  );
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

/** The id a deep link names, or `null`; whatever the address holds, it never throws. */
function readLinkParam(name: string): string | null {
  try {
    if (typeof window === 'undefined') return null;
    const id = new URLSearchParams(window.location.search).get(name)?.trim();
    return id ? id.slice(0, 500) : null;
  } catch {
    return null;
  }
}

/** The current page's address with the deep link set (a relative `?name=id` where there is no page). */
function helpLink(name: string, id: string): string {
  try {
    const url = new URL(window.location.href);
    url.searchParams.set(name, id);
    return url.toString();
  } catch {
    return `?${new URLSearchParams({ [name]: id }).toString()}`;
  }
}

function useShortcutToggle(
  shortcut: readonly HelpShortcut[] | false,
  isOpen: boolean,
  setOpen: (open: boolean, via?: PanelOpenedBy) => void,
) {
  useHelpShortcut(shortcut, () => setOpen(!isOpen, 'shortcut'));
}
