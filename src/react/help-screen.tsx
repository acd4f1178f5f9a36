import { lazy, Suspense, useEffect, useRef } from 'react';
import { useHelpContext } from './help-context';
import { HelpHome } from './home-view';
import { LazyArticle } from './lazy-article';
import { PanelErrorBoundary } from './panel-error-boundary';
import { selectScreen } from './select-screen';
import { HelpSearch, SearchResults, useSearchScope } from './search';
import { HelpSymptom } from './symptom-view';

// The escalation form is rarely opened: it is a separate download.
const EscalationScreen = lazy(() => import('./support/escalation-screen'));
// Only a panel with `ask` ever loads the answer screen.
const AskScreen = lazy(() => import('./ask-view'));

const errorText = (error: unknown) => (error instanceof Error ? error.message : typeof error === 'string' ? error : '');

export interface HelpScreenProps {
  /** Extra class on the root. Default: none. */
  className?: string;
}

/** Shows the screen the panel's status and view call for: loading, error, home, search, symptom, article. */
export function HelpScreen({ className }: HelpScreenProps) {
  const help = useHelpContext('HelpPanel.Screen');
  const { status, engine, view, matches, query, labels, loadError, retry, canGoBack, back, navigate } = help;
  const screen = selectScreen(status, engine, view, matches, query);
  // What the search results cover: kept mounted (hidden), so that Escape or Back finds it as the user left it.
  const searching = screen === 'search';
  const under = searching ? selectScreen(status, engine, view, matches, '') : screen;
  const scope = useSearchScope();
  const root = useRef<HTMLDivElement>(null);
  const firstView = useRef(view);
  const searchingNow = useRef(searching);
  searchingNow.current = searching;
  const scrollUnder = useRef(0);
  const scrolled = useRef(false);

  // After in-panel navigation, move focus to the new screen's title so
  // keyboard and screen reader users land on what they asked for; back to
  // restored results, to the search box.
  const seenView = useRef(view);
  useEffect(() => {
    // Not on mount (opening focuses through the drawer), and not twice for one view (StrictMode).
    if (view === seenView.current) return;
    seenView.current = view;
    const target = searchingNow.current
      ? root.current?.closest('[data-help-part="content"]')?.querySelector<HTMLElement>('[data-help-part="search-input"]')
      : root.current?.querySelector<HTMLElement>('[data-help-part="screen-body"] [data-help-part="screen-title"]');
    target?.focus();
  }, [view]);

  // The drawer closing stops an answer being written (the screen unmounts with the drawer).
  const asks = help.asks;
  useEffect(() => () => asks.current?.stop(), [asks]);

  // The screen under the results keeps its scroll position.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const top = searching ? 0 : scrollUnder.current;
    // A screen just mounted is at the top already: writing its scroll would force a layout before the browser's own.
    const fresh = !scrolled.current;
    scrolled.current = true;
    if (fresh && top === 0) return;
    element.scrollTop = top;
  }, [searching]);

  let body;
  switch (under) {
    case 'loading':
      body = (
        <p role="status" data-help-part="loading">
          {labels.loading}
        </p>
      );
      break;
    case 'error':
      body = (
        <div role="alert" data-help-part="error">
          <p>{labels.loadError}</p>
          {errorText(loadError) && <p data-help-part="error-detail">{errorText(loadError)}</p>}
          {retry && (
            <button type="button" data-help-part="retry" onClick={retry}>
              {labels.retry}
            </button>
          )}
        </div>
      );
      break;
    case 'home':
    case 'search':
      body = <HelpHome />;
      break;
    case 'symptom':
      body = <HelpSymptom />;
      break;
    case 'article':
      body = <LazyArticle focus={view !== firstView.current} />;
      break;
    case 'escalation':
    case 'ask': {
      const Screen = under === 'ask' ? AskScreen : EscalationScreen;
      body = (
        <Suspense
          fallback={
            <p role="status" data-help-part="loading">
              {labels.loading}
            </p>
          }
        >
          <Screen />
        </Suspense>
      );
      break;
    }
    case 'not-found':
      body = (
        <div data-help-part="not-found">
          <p>{labels.notFound}</p>
          {!canGoBack && (
            <button type="button" data-help-part="go-home" onClick={() => navigate({ screen: 'home' })}>
              {labels.allHelp}
            </button>
          )}
          {canGoBack && (
            <button type="button" data-help-part="back" onClick={back}>
              {labels.back}
            </button>
          )}
        </div>
      );
      break;
  }

  return (
    <div
      ref={root}
      data-help-part="screen"
      data-screen={screen}
      className={className}
      onScroll={(event) => {
        if (!searching) scrollUnder.current = event.currentTarget.scrollTop;
      }}
    >
      <PanelErrorBoundary
        onError={help.reportCrash}
        resetKey={view}
        fallback={
          <p role="alert" data-help-part="crashed">
            {labels.crashed}
          </p>
        }
      >
        {searching && (scope ? <SearchResults controller={scope} /> : <HelpSearch />)}
        <div data-help-part="screen-body" hidden={searching}>
          {body}
        </div>
      </PanelErrorBoundary>
    </div>
  );
}
