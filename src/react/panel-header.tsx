import { useHelpContext } from './help-context';
import { resolveView } from './select-screen';
import { SearchField, useSearchScope } from './search';
import { PanelTitle } from './panel-title';

export interface HelpPanelHeaderProps {
  /** Extra class. Default: none. */
  className?: string;
  /** Show the search box (inside `HelpPanel.Content`, whose screen shows its results). Default `true`. */
  search?: boolean;
}

/** The panel's search box, wherever the panel's parts are. */
function searchInput(from: Element | null): HTMLInputElement | null {
  return from?.closest('[data-help-part="content"]')?.querySelector<HTMLInputElement>('[data-help-part="search-input"]') ?? null;
}

/**
 * Title, Back, Close and the search box. The title names the dialog for
 * assistive technology. While the box holds a query its results replace the
 * screen, and Back (like Escape) returns to that screen. A drawer that opened
 * straight on a symptom has nothing to go back to: it offers "All help" instead.
 */
export function HelpPanelHeader({ className, search = true }: HelpPanelHeaderProps) {
  const { status, labels, canGoBack, back, view, matches, navigate, query, setQuery } = useHelpContext('HelpPanel.Header');
  const scope = useSearchScope();
  const searching = query.trim() !== '';
  const awayFromHome = status === 'ready' && resolveView(view, matches).screen !== 'home';
  return (
    <div data-help-part="header" className={className}>
      <div data-help-part="header-bar">
        {(canGoBack || searching) && (
          <button
            type="button"
            data-help-part="back"
            onClick={(event) => {
              if (!searching) return back();
              // Leave the results for the screen under them; the box keeps focus.
              setQuery('');
              searchInput(event.currentTarget)?.focus();
            }}
          >
            <span aria-hidden="true" data-help-part="back-icon">
              ←
            </span>{' '}
            {labels.back}
          </button>
        )}
        {!canGoBack && !searching && awayFromHome && (
          <button type="button" data-help-part="all-help" onClick={() => navigate({ screen: 'home' })}>
            {labels.allHelp}
          </button>
        )}
        <PanelTitle labels={labels} />
      </div>
      {search && scope && status === 'ready' && <SearchField controller={scope} />}
    </div>
  );
}
