import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
// Straight from the module: the engine's index also re-exports the support code, which must stay lazy.
import { createHelpEngineCore } from '../engine/engine-core';
import type { HelpEngineCore, Match } from '../engine/types';
import type { HelpIndex } from '../schema/help-index';
import { HelpContext, type DiagnosticsView, type HelpContextValue, type ReportErrorOptions, type SupportHost, type Visit } from './help-context';
import { safeCall, safeEmit, type HelpEvent, type PanelOpenedBy } from '../engine/events';
import type { HelpLoadStatus, HelpView } from './help-view';
import { resolveView } from './select-screen';
import { loadedRelatedMatch, loadSearch } from './load-search';
import { panelLabels, type HelpLabels } from './labels';
import { isDevelopmentBuild } from './reason-line';
import { prefetchAll, prefetchPanel, whenIdle } from './prefetch-panel';
import { createLocalStorage, type ProgressStorage } from '../engine/progress-storage';
import { createProgressStore } from '../engine/progress-store';
import { useControllableState } from './use-controllable-state';
import { useHelpShortcut, type HelpShortcut } from './use-help-shortcut';
import { useHotIndex } from './use-hot-index';
import { useLocationRoute } from './use-location-route';
import type { Diagnostics } from '../engine/run-diagnostics';
import type { EscalationField, EscalationPayload } from '../engine/escalation';
import type { HelpFeedback } from './support/feedback';

// Loaded only when an open symptom has diagnostics bound and the host gave `diagnostics`.
const DiagnosticsRunner = lazy(() => import('./support/diagnostics-runner'));

/**
 * A compiled index as the app holds it: the {@link HelpIndex} that `help-panel
 * build` or the Vite plugin wrote. A JSON import types its fields as plain
 * strings and numbers, so any object is accepted; the provider checks it when
 * it arrives and shows its error screen (and calls `onError`) if it is not an index.
 */
export type HelpIndexInput = HelpIndex | object;

export interface HelpProviderProps extends SupportHost {
  /** The compiled help index. Give this or `load`; `index` wins when both are set. */
  index?: HelpIndexInput;
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
  /** Where checklist progress is kept. Keep it stable across renders. Default: `localStorage`, in memory when that fails. */
  storage?: ProgressStorage;
  /** Prefix of every storage key. Default `"help-panel"`. */
  storageNamespace?: string;
  /** Replacements for any visible string. Default: English, see `defaultLabels`. */
  labels?: Partial<HelpLabels>;
  /**
   * Follows links into the app (`app:/settings/…` in content). The panel closes
   * afterwards. Default: none, and app links are plain `<a href>` page loads.
   */
  onNavigate?: (to: string) => void;
  /** Receives every panel event (opened, matched, searched, …). Default: none. */
  onEvent?: (event: HelpEvent) => void;
  /** Called when the index fails to load or read, or the panel fails to render. Default: none. */
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
    load,
    route: routeProp,
    error: errorProp,
    storage,
    storageNamespace = 'help-panel',
    labels: labelOverrides,
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
  const emit = useCallback((event: HelpEvent) => safeEmit(callbacks.current.onEvent, event), []);
  const reportCrash = useCallback(
    (error: unknown) => {
      safeCall(callbacks.current.onError, 'onError', error);
      emit({ type: 'panel-error', message: errorMessage(error) });
    },
    [emit],
  );

  // --- the index -----------------------------------------------------------
  const fromIndex = useMemo(() => (index ? toEngine(index) : null), [index]);
  const [loaded, setLoaded] = useState<LoadState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const shouldLoad = !index && load !== undefined;
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
      (value) => current && setLoaded(toEngine(unwrapModule(value))),
      (error: unknown) => current && setLoaded({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [shouldLoad, attempt]);
  const given: LoadState = fromIndex ?? (shouldLoad ? loaded : { status: 'idle' });
  // In development an edited help center replaces the index in place (see useHotIndex).
  const source = given.status === 'ready' ? given.source : undefined;
  const live = useHotIndex(source);
  const edited = useMemo(() => (live !== source ? toEngine(live) : null), [live, source]);
  const state: LoadState = edited ?? given;
  const engine = state.status === 'ready' ? state.engine : null;
  const loadError = state.status === 'error' ? state.error : undefined;
  const reportedLoadError = useRef<unknown>(undefined);
  useEffect(() => {
    // Once per failure, also when StrictMode runs effects twice.
    if (loadError === undefined || Object.is(reportedLoadError.current, loadError)) return;
    reportedLoadError.current = loadError;
    reportCrash(loadError);
  }, [loadError, reportCrash]);
  const retry = useMemo(() => (shouldLoad ? () => setAttempt((n) => n + 1) : undefined), [shouldLoad]);

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
  const error = reported ? reported.error : errorProp;

  // An error that no pattern names is searched by its words ("possibly related"): that search lives in
  // search's chunk, loaded when there is an error, so that a page without one never downloads it.
  // The engine whose related search has loaded (or failed to): matching runs again when it changes.
  const [settled, setSettled] = useState<HelpEngineCore | null>(null);
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
  }, [matchNow, route, error, reportCrash]);
  // Only an error that no written pattern names needs it.
  const wantsRelated = !!engine && error != null && !loadedRelatedMatch(engine) && !matches.some((m) => m.reasons.some((r) => r.kind !== 'route'));
  useEffect(() => {
    if (!engine || !wantsRelated) return;
    let live = true;
    const settle = () => live && setSettled(engine);
    loadSearch(engine).then(settle, settle);
    return () => {
      live = false;
    };
  }, [engine, wantsRelated]);
  const relatedPending = wantsRelated && settled !== engine;
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
  const [visit] = useState<Visit>(() => ({ searches: [], errors: [] }));
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
        best = matchNow({ route, error: next }).find((match) => match.related !== 'weak');
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
    if (!isOpen || top.screen !== 'auto' || !engine) return;
    // An error's related search is on its way: decide with it (a failed load decides without).
    if (relatedPending) return;
    // Only if still `auto`: an `open(id)` in the same commit (a child's mount effect) wins.
    setStack((views) =>
      views[views.length - 1]?.screen === 'auto'
        ? [...views.slice(0, -1), resolveView(views[views.length - 1]!, matches)]
        : views,
    );
  }, [isOpen, top, engine, matches, relatedPending]);

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

  // --- progress --------------------------------------------------------------
  const [defaultStorage] = useState(createLocalStorage);
  const progress = useMemo(
    () => (engine ? createProgressStore(storage ?? defaultStorage, storageNamespace, engine.index.helpCenter.id) : null),
    [engine, storage, defaultStorage, storageNamespace],
  );

  const labels = useMemo(() => ({ ...panelLabels, ...labelOverrides }), [labelOverrides]);
  const helpCenterId = engine?.index.helpCenter.id ?? 'help';
  const drafts = useMemo(
    () => ({ current: null, key: `${storageNamespace}:${helpCenterId}:escalation-draft` }),
    [storageNamespace, helpCenterId],
  );

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
  const status: HelpLoadStatus = state.status;
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
      diag: runDiagnostics ? diag : null,
      setDiag,
      checkStatus,
    }),
    [status, engine, loadError, retry, route, error, matches, labels, debug, isOpen, setOpen, openHelp, linkTo, reportError, top, canGoBack, navigate, back, query, searchDelay, progress, followAppLink, emit, reportCrash, visit, drafts, runDiagnostics, diag, checkStatus],
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
