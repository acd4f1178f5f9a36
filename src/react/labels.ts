import type { CalloutKind } from '../schema/help-index';
import type { AskLabels } from './ask-labels';
import type { SupportLabels } from './support/support-labels';

/**
 * Every string the panel shows, support screens included (one flat object).
 * Pass a partial object as `labels` to `HelpProvider` to translate or reword
 * any of them; missing keys fall back to `defaultLabels`.
 */
export interface HelpLabels extends SupportLabels, AskLabels {
  /** Dialog title and floating button name. Default `"Help"`. */
  title: string;
  /** Accessible description of the drawer. Default `"Troubleshooting help for this page."`. */
  description: string;
  /** Floating trigger button text. Default `"Help"`. */
  trigger: string;
  /** Close button name. Default `"Close help"`. */
  close: string;
  /** Back button text. Default `"Back"`. */
  back: string;
  /** Header button to the home screen (and its search) when there is nothing to go back to. Default `"All help"`. */
  allHelp: string;
  /** Shown while the index loads. Default `"Loading help…"`. */
  loading: string;
  /** Shown when the index could not be loaded or read. Default `"Help could not be loaded."`. */
  loadError: string;
  /** Retry button after a load error. Default `"Try again"`. */
  retry: string;
  /** Small fallback when the panel itself failed. Default `"Help is unavailable right now."`. */
  crashed: string;
  /** Search input label and placeholder. Default `"Search help"`. */
  search: string;
  /** Clear-search button. Default `"Clear search"`. */
  clearSearch: string;
  /** Name of the results list. Default `"Search results"`. */
  searchResults: string;
  /** Announced result count. Default `"1 result"` / `"N results"`. */
  resultCount: (count: number) => string;
  /** Announced while search loads (on first use only, for a moment). Default `"Searching…"`. */
  searching: string;
  /** Shown when search could not load (offline, say), with a retry button. Default `"Search could not load."`. */
  searchUnavailable: string;
  /** No results for a query. Default `No results for “query”.` */
  noResults: (query: string) => string;
  /** Hint under an empty home screen. Default `"No help articles yet."`. */
  emptyIndex: string;
  /**
   * Under a home-screen list that shows only the first articles of a large help center (a split index lists 20
   * per bucket): how many more there are. Default `"…and 480 more. Search to find them."`.
   */
  moreArticles: (count: number) => string;
  /** Home heading for uncategorised articles. Default `"Articles"`. */
  articles: string;
  /** Heading of the other matches on a symptom screen. Default `"Other possible matches"`. */
  otherMatches: string;
  /** Why a symptom was opened, when the route matched. Default `"Suggested for this page"`. */
  suggestedForPage: string;
  /**
   * Why a symptom was opened, when the error matched. `shown` is what the user may have seen of it
   * (its code, status or name); absent for a message match.
   * Default `"Suggested for the error you just saw: WEBHOOK_DELIVERY_FAILED"`, without `": …"` when `shown` is absent.
   */
  suggestedForError: (shown: string | undefined) => string;
  /**
   * Why a symptom was opened, when a search for the error found it; also the heading of such guesses on the home
   * screen and their mark among other matches (`query` is then `''`). Default `"Possibly related to the error you just saw"`.
   */
  suggestedForSearch: (query: string) => string;
  /**
   * The developer's line with the patterns that matched (sentences from `describeReason`, strongest first),
   * shown only with `HelpProvider`'s `debug`. Default: the first two, `Suggested because a and b.`.
   */
  suggestedBecause: (reasons: readonly string[]) => string;
  /** Heading of what the panel offers after "No" on "Was this helpful?". Default `"Not what you needed? Try these"`. */
  secondChanceTitle: string;
  /** After "No": the button that takes the user to the search box. Default `"Search for something else"`. */
  secondChanceSearch: string;
  /** Action that copies a link to the symptom or article on screen. Default `"Copy link"`. */
  copyLink: string;
  /** Announced once the link is on the clipboard. Default `"Link copied"`. */
  linkCopied: string;
  /** Label of the field that shows the link when the clipboard refused it. Default `"Copy this link:"`. */
  copyLinkManually: string;
  /** Link from a symptom to its whole article. Default `"Read the full article"`. */
  readArticle: string;
  /** Checklist heading. Default `"Checks"`. */
  checks: string;
  /** Progress line. Default `"3 of 5 checked"`. */
  checkedCount: (checked: number, total: number) => string;
  /** Reset button of a checklist. Default `"Reset checks"`. */
  reset: string;
  /** Shown when an id passed to `open()` is unknown. Default `"This help article could not be found."`. */
  notFound: string;
  /** Accessible hint on links that open outside the app. Default `"(opens in a new tab)"`. */
  opensInNewTab: string;
  /**
   * Heading of a callout without a title of its own, by kind. Default: the kind, capitalised (`"Note"`, `"Tip"`, `"Warning"`, …),
   * supplied where articles render, so it costs the page's first load nothing.
   */
  calloutTitle?: (kind: CalloutKind) => string;
  /**
   * The note on an article shown in another language than the panel's, because it has no translation yet.
   * `language` is that language's name in the panel's language (from `Intl.DisplayNames`), `tag` its BCP 47 tag.
   * Default `"Shown in English"` (`Shown in ${language}`).
   */
  shownInLanguage: (language: string, tag: string) => string;
}

/**
 * A translation of every built-in string, as `help-panel/locales/<tag>` exports it
 * (`import de from 'help-panel/locales/de'`). Plurals, numbers and lists follow
 * the language through `Intl`.
 */
export interface HelpLocalePack {
  /** BCP 47 tag the labels are written in, e.g. `"de"` or `"pt-BR"`. */
  locale: string;
  /** Text direction of the language: `"rtl"` for Arabic, else `"ltr"`. */
  dir: 'ltr' | 'rtl';
  /** Every label, support screens and `calloutTitle` included. */
  labels: Required<HelpLabels>;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function joinEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The strings the eager panel shows. The support screens and the answer screen fill in their own
 * defaults when they load, so these stay out of the first download.
 */
export type PanelLabels = Omit<HelpLabels, Exclude<keyof SupportLabels, 'contactSupport' | 'retry'> | keyof AskLabels>;

/** What the panel's parts receive: every panel string, and the support and answer strings the host replaced. */
export type ActiveLabels = PanelLabels & Partial<SupportLabels> & Partial<AskLabels>;

/** English defaults of the eager panel's strings. Internal. */
export const panelLabels: PanelLabels = {
  title: 'Help',
  description: 'Troubleshooting help for this page.',
  trigger: 'Help',
  close: 'Close help',
  back: 'Back',
  allHelp: 'All help',
  loading: 'Loading help…',
  loadError: 'Help could not be loaded.',
  retry: 'Try again',
  crashed: 'Help is unavailable right now.',
  search: 'Search help',
  clearSearch: 'Clear search',
  searchResults: 'Search results',
  resultCount: (count) => plural(count, 'result', 'results'),
  searching: 'Searching…',
  searchUnavailable: 'Search could not load.',
  noResults: (query) => `No results for “${query}”.`,
  emptyIndex: 'No help articles yet.',
  moreArticles: (count) => `…and ${count} more. Search to find ${count === 1 ? 'it' : 'them'}.`,
  articles: 'Articles',
  otherMatches: 'Other possible matches',
  suggestedForPage: 'Suggested for this page',
  suggestedForError: (shown) => (shown ? `Suggested for the error you just saw: ${shown}` : 'Suggested for the error you just saw'),
  suggestedForSearch: () => 'Possibly related to the error you just saw',
  suggestedBecause: (reasons) => `Suggested because ${joinEnglish(reasons.slice(0, 2))}.`,
  secondChanceTitle: 'Not what you needed? Try these',
  secondChanceSearch: 'Search for something else',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyLinkManually: 'Copy this link:',
  readArticle: 'Read the full article',
  checks: 'Checks',
  checkedCount: (checked, total) => `${checked} of ${total} checked`,
  reset: 'Reset checks',
  notFound: 'This help article could not be found.',
  opensInNewTab: '(opens in a new tab)',
  shownInLanguage: (language) => `Shown in ${language}`,
  contactSupport: 'Still stuck? Contact support',
};

