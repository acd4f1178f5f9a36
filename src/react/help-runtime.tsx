import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { safeCall, safeEmit, type HelpEvent, type HelpEventSource } from '../engine/events/index';
import { userNamespace } from '../engine/state/index';
import { HelpContext, type DiagnosticsView, type HelpContextValue, type Visit } from './help-context';
import type { HelpProviderProps } from './help-provider';
import type { HelpLoadStatus } from './help-view';
import type { HelpShell } from './shell-context';
import { isDevelopmentBuild } from './reason-line';
import { prefetchPanel } from './prefetch-panel';
import { useHelpIndex } from './use-help-index';
import { useHelpMatches } from './use-help-matches';
import { useErrorFacts } from './use-error-facts';
import { useShownView } from './use-shown-view';
import { useHelpStorage } from './use-help-storage';
import { useHelpLabels } from './use-help-labels';

// Loaded only when an open symptom has diagnostics bound and the host gave `diagnostics`.
const DiagnosticsRunner = lazy(() => import('./support/diagnostics-runner'));

const developmentBuild = isDevelopmentBuild();
const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
// Before hydration and on the server, effects that publish run as layout effects would warn.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export interface HelpRuntimeProps {
  shell: HelpShell;
  providerProps: HelpProviderProps;
  /** Given when the runtime renders beside the app (it came after the first render): its state goes up here. */
  publish?: (value: HelpContextValue) => void;
  children?: ReactNode;
}

/**
 * The panel past its shell, a chunk that comes when help is near: the index and its loading,
 * matching, the labels' language, progress and drafts, diagnostics and events. A short
 * composition of one hook per concern; what it works out is the context every part reads.
 */
export function HelpRuntime({ shell, providerProps: props, publish, children }: HelpRuntimeProps) {
  const { storage, storageNamespace = 'help-panel', userId, searchDelay = 150, debug = developmentBuild } = props;
  const callbacks = shell.props;

  // Events: sent with the help center and build they are about; what the shell queued goes first.
  const eventSource = useRef<HelpEventSource | undefined>(undefined);
  const emit = useCallback((event: HelpEvent) => safeEmit(callbacks.current.onEvent, event, eventSource.current), [callbacks]);
  const reportCrash = useCallback(
    (error: unknown) => {
      safeCall(callbacks.current.onError, 'onError', error);
      emit({ type: 'panel-error', message: errorMessage(error) });
    },
    [callbacks, emit],
  );

  const index = useHelpIndex({
    index: props.index,
    src: props.src,
    load: props.load,
    preload: props.preload ?? 'idle',
    requestedLocale: shell.requestedLocale,
    wanted: shell.wanted || shell.isOpen,
    reportCrash,
  });
  eventSource.current = index.eventSource;
  const { engine, contentVersion } = index;
  useRelay(shell.events, emit);

  const { route } = shell;
  // A fetch `Response` says what went wrong in its body, read (on a clone) before matching decides.
  const [error, bodyPending] = useErrorFacts(shell.error);
  const { matches, matchPending, relatedPending } = useHelpMatches({ engine, contentVersion, route, error, bodyPending, emit, reportCrash });

  // Raw notes of this visit; the (lazy) escalation screen turns them into a VisitLog.
  // Another user (or a cleared one) starts a new visit: nothing of the last one may reach their payload.
  const namespace = userNamespace(storageNamespace, userId);
  const visit = useMemo<Visit>(() => ({ searches: [], errors: [] }), [namespace]);
  // Remember when each error was seen: the escalation payload reports the first time.
  useEffect(() => {
    const normalized = engine && error != null ? engine.normalizeError(error) : null;
    if (normalized && visit.errors.length < 50) visit.errors.push({ error: normalized, at: new Date() });
  }, [engine, error, visit]);

  const top = shell.stack[shell.stack.length - 1] ?? { screen: 'auto' };
  const { loadError, retry, settled: contentSettled } = useShownView({
    engine,
    contentVersion,
    isOpen: shell.isOpen,
    top,
    setStack: shell.setStack,
    matches,
    matchPending,
    relatedPending,
    indexError: index.indexError,
    retryIndex: index.retryIndex,
    reopen: index.reopen,
    reportCrash,
  });

  const { progress, drafts, clearData } = useHelpStorage({
    engine,
    storage,
    storageNamespace,
    userId,
    namespace,
    visit,
    setQuery: shell.setQuery,
    onError: useCallback(() => callbacks.current.onError, [callbacks]),
  });

  const { labels, locale, dir, pending: labelsPending } = useHelpLabels({
    requestedLocale: shell.requestedLocale,
    hostPack: shell.pack,
    hostGavePacks: Array.isArray(props.translations) && props.translations.length > 0,
    overrides: props.labels,
    shell: shell.labels,
  });

  const { setOpen } = shell;
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
    [callbacks, emit, setOpen],
  );

  // The symptom whose diagnostics run: the open one, kept while its escalation form is open.
  const [diag, setDiag] = useState<DiagnosticsView | null>(null);
  const diagId = top.screen === 'symptom' || top.screen === 'escalation' ? top.symptomId : undefined;
  const diagSymptom = diagId ? engine?.symptom(diagId) : undefined;
  const runDiagnostics = shell.isOpen && !!props.diagnostics && !!diagSymptom?.checks.some((check) => check.diagnostic);
  const checkStatus = useCallback(
    (symptomId: string, checkId: string) => (diag?.symptomId === symptomId ? diag.view(checkId) : undefined),
    [diag],
  );

  // Until a split index's match files are in, the panel that opens on the best match waits for them.
  const status: HelpLoadStatus = index.status === 'ready' && matchPending && top.screen === 'auto' ? 'loading' : index.status;
  const prefetch = useCallback(() => prefetchPanel(engine), [engine]);

  // The answer screen (a chunk of its own) keeps its session here, so an answer outlives its screen.
  const canAsk = typeof props.ask === 'function';
  const asks = useRef<HelpContextValue['asks']['current']>(null);

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
      labelsPending,
      contentSettled,
      locale,
      userLocale: shell.requestedLocale,
      dir,
      debug,
      isOpen: shell.isOpen,
      setOpen: shell.setOpen,
      openHelp: shell.openHelp,
      linkTo: shell.linkTo,
      prefetch,
      reportError: shell.reportError,
      view: top,
      canGoBack: shell.stack.length > 1,
      navigate: shell.navigate,
      back: shell.back,
      query: shell.query,
      setQuery: shell.setQuery,
      searchDelay,
      progress,
      followAppLink,
      emit,
      reportCrash,
      returnFocus: shell.returnFocus,
      triggerRef: shell.triggerRef,
      visit,
      host: callbacks,
      drafts,
      clearHelpData: clearData,
      diag: runDiagnostics ? diag : null,
      setDiag,
      checkStatus,
      canAsk,
      asks,
    }),
    // `contentVersion`: a split index's chunk arrived, so the parts read the engine again.
    [status, engine, contentVersion, loadError, retry, route, error, matches, labels, labelsPending, contentSettled, locale, dir, debug, shell, prefetch, top, searchDelay, progress, followAppLink, emit, reportCrash, visit, callbacks, drafts, clearData, runDiagnostics, diag, checkStatus, canAsk],
  );

  useClientLayoutEffect(() => {
    publish?.(value);
  }, [publish, value]);

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

/** Takes over sending the shell's events: first what it queued, in order, then each as it comes. */
function useRelay(relay: HelpShell['events'], emit: (event: HelpEvent) => void): void {
  useClientLayoutEffect(() => {
    relay.send = emit;
    for (const event of relay.queue.splice(0)) emit(event);
    return () => {
      if (relay.send === emit) relay.send = null;
    };
  }, [relay, emit]);
}
