import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { HelpIndex, HelpIndexReference, HelpIndexSet } from '../schema/help-index';
import type { LazyHelpEngine } from '../engine/split/index';
import { safeCall } from '../engine/events/safe-call';
import type { HelpEvent, HelpEventSource } from '../engine/events/index';
import type { Diagnostics, EscalationField, EscalationPayload } from '../engine/support/index';
import type { ProgressStorage } from '../engine/state/index';
import { pickLocale } from '../engine/base/locale';
import { HelpContext, type HelpContextValue, type SupportHost } from './help-context';
import type { HelpLabels, HelpLocalePack } from './labels';
import type { HelpFeedback } from './support/feedback';
import type { AskFunction } from '../engine/ask-request';
import { ShellContext, type EventRelay, type HelpShell } from './shell-context';
import { shellLabels, SHIPPED_PACKS } from './shell-labels';
import { useOpenState } from './use-open-state';
import { useErrorState } from './use-error-state';
import { helpLink, useDeepLink } from './deep-link';
import { useLocationRoute } from './use-location-route';
import { useRequestedLocale } from './use-requested-locale';
import { useHelpShortcut, type HelpShortcut } from './use-help-shortcut';
import { usePanelPrefetch } from './use-panel-prefetch';
import { prefetchSplitContent } from './open-split-index';
import { prefetchShell, runtimeChunk } from './panel-chunks';
import { useChunk } from './lazy-chunk';

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
  route?: string | null | undefined;
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
   * Your model, for answers to questions typed in the user's own words: with it, search offers "Ask"
   * (a button beside the results, and Enter when the query reads as a question or finds no strong hit).
   * It gets `{ question, passages, locale }` (the passages from `engine.ground`, never empty: without
   * one the panel says no article covers the question, and does not call it) and an `AbortSignal`
   * (Stop, a new question, the drawer closing), and returns the answer's Markdown as a string, a
   * promise of one, or an async iterable of pieces as they stream. `createChatCompletionsAsk` from
   * `help-panel/ask` makes one for any OpenAI-compatible server. Nothing of this loads without it.
   * Default: none.
   */
  ask?: AskFunction;
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

let storageWarm = false;
/**
 * Progress lives in `localStorage` unless the host gives a storage. The browser opens it on the first
 * read, a blocking round trip: done once help is near, while the network works, not in the checklist's
 * first render.
 */
function warmStorage(storage: unknown): void {
  if (storageWarm || storage !== undefined) return;
  storageWarm = true;
  try {
    globalThis.localStorage?.getItem('help-panel');
  } catch {
    // No storage here: the runtime keeps progress in memory and says so.
  }
}

/**
 * Holds the context (route and error) and whether the drawer is open, and loads the rest of the
 * panel (the index, matching, labels, storage, events: the runtime) once help is near. Wrap your
 * app in it.
 *
 * This is the part every page view pays for, so it is only a shell: state the host can drive from
 * the first render (`useHelp().open()`, `reportError`, the shortcut, a deep link) and the triggers
 * that fetch the runtime and the drawer (the browser going idle, an error, a hand near the
 * trigger, the shortcut's first key).
 */
export function HelpProvider(props: HelpProviderProps) {
  const { shortcut = defaultShortcut, linkParam = 'help', translations, children } = props;

  // Callbacks are read through a ref: hosts pass inline functions, and a new
  // function must not re-run effects or reset anything.
  const callbacks = useRef(props);
  callbacks.current = props;

  // Events wait for the runtime, which sends them with the help center and build they are about.
  const relay = useRef<EventRelay>({ send: null, queue: [] }).current;
  const emit = useCallback(
    (event: HelpEvent) => {
      if (relay.send) relay.send(event);
      else if (relay.queue.length < 100) relay.queue.push(event);
    },
    [relay],
  );

  // Content is wanted once help is near: opened, an error, a hand near the trigger.
  const [wanted, setWanted] = useState(false);
  // Opening and reporting an error start their fetches in the same task (see `startNow` below),
  // not after the render they cause: a click at once after the page loads waits for the network.
  const startNow = useRef<(error?: { error: unknown }) => void>(() => {});
  const want = useCallback(() => {
    setWanted(true);
    startNow.current();
  }, []);
  const onReport = useCallback((next: unknown) => startNow.current({ error: next }), []);
  const open = useOpenState({
    open: props.open,
    defaultOpen: props.defaultOpen,
    onOpenChange: (next) => callbacks.current.onOpenChange?.(next),
    want,
    emit,
  });
  const { error, reportError } = useErrorState(props.error, open.show, onReport);
  const locationRoute = useLocationRoute(props.route === undefined);
  const route = props.route === undefined ? locationRoute : props.route;

  // The labels' language: the host's pack for the user's locale, else the shipped one (a chunk).
  const requestedLocale = useRequestedLocale(props.locale);
  const packs = Array.isArray(translations) ? translations.filter((candidate) => typeof candidate?.locale === 'string' && typeof candidate.labels === 'object') : [];
  const packLocale = packs.length > 0 ? pickLocale(packs.map((each) => each.locale), requestedLocale, '') : '';
  const pack = packLocale === '' ? undefined : packs.find((candidate) => candidate.locale === packLocale);
  const shippedPack = packs.length > 0 ? undefined : pickLocale(SHIPPED_PACKS, requestedLocale, '') || undefined;
  const labels = useMemo(() => shellLabels(requestedLocale, pack, props.labels, packs.length > 0), [requestedLocale, pack, props.labels, packs.length]);

  // The content's chain (manifest, match files, the best match's chunk) starts with the chunks, not after them.
  const prefetchContent = useCallback(
    (reported?: { error: unknown }) =>
      prefetchSplitContent(callbacks.current.index ?? callbacks.current.src, requestedLocale, { route, error: reported ? reported.error : error }),
    [requestedLocale, route, error],
  );
  startNow.current = (reported) => {
    prefetchContent(reported);
    prefetchShell(shippedPack);
    warmStorage(props.storage);
  };
  const prefetch = usePanelPrefetch({
    error,
    isOpen: open.isOpen,
    wanted,
    want,
    prefetchContent,
    nearFetchesContent: props.preload !== 'open',
    idleFetchesContent: (props.preload ?? 'idle') === 'idle',
    packTag: shippedPack,
  });
  useDeepLink(linkParam, open.openHelp);
  useHelpShortcut(shortcut, () => open.setOpen(!open.isOpen, 'shortcut'), prefetch);
  const linkTo = useCallback((id: string) => (linkParam === false ? null : helpLink(linkParam, id)), [linkParam]);
  const contentId = useId();
  const triggerRef = useRef<HTMLElement | null>(null);
  const reportCrash = useCallback(
    (failure: unknown) => {
      safeCall(callbacks.current.onError, 'onError', failure);
      emit({ type: 'panel-error', message: failure instanceof Error ? failure.message : String(failure) });
    },
    [emit],
  );

  const shell = useMemo<HelpShell>(
    () => ({
      props: callbacks,
      isOpen: open.isOpen,
      setOpen: open.setOpen,
      openHelp: open.openHelp,
      stack: open.stack,
      setStack: open.setStack,
      query: open.query,
      setQuery: open.setQuery,
      navigate: open.navigate,
      back: open.back,
      returnFocus: open.returnFocus,
      triggerRef,
      route,
      error,
      reportError,
      wanted,
      requestedLocale,
      linkTo,
      emit,
      reportCrash,
      events: relay,
      prefetch,
      labels,
      pack,
      contentId,
    }),
    [open.isOpen, open.setOpen, open.openHelp, open.stack, open.setStack, open.query, open.setQuery, open.navigate, open.back, open.returnFocus, route, error, reportError, wanted, requestedLocale, linkTo, emit, reportCrash, relay, prefetch, labels, pack, contentId],
  );

  // The runtime arrives as a chunk. Already there at the first render (preloadHelpPanel, on the
  // server or before hydrating), it wraps the app and renders with it; otherwise it renders beside
  // the app and hands its state up when it comes. Which of the two is fixed for the provider's
  // life: switching would remount the app.
  const runtime = useChunk(runtimeChunk, wanted || open.isOpen);
  const [wraps] = useState(() => runtimeChunk.current() !== undefined);
  const [published, publish] = useState<HelpContextValue | null>(null);
  const Runtime = runtime.module?.HelpRuntime;

  return (
    <ShellContext.Provider value={shell}>
      {wraps && Runtime ? (
        <Runtime shell={shell} providerProps={props}>
          {children}
        </Runtime>
      ) : (
        <>
          <HelpContext.Provider value={published}>{children}</HelpContext.Provider>
          {Runtime && <Runtime shell={shell} providerProps={props} publish={publish} />}
        </>
      )}
    </ShellContext.Provider>
  );
}
