import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { decideSearchCommit, DEFAULT_SEARCH_COMMIT_DELAY_MS, type SearchTrigger } from '../engine/search/index';
import type { SearchFunction } from '../engine/search/index';
import type { SplitSearchFunction as SplitSearch } from '../engine/split/index';
import type { SearchHit } from '../engine/types';
import { useHelpContext } from './help-context';
import { Highlight, snippet } from './highlight';
import { SupportSlot } from './support-slot';
import { useDebouncedValue } from './use-debounced-value';
import { loadSearch } from './load-search';
import { useLazySearch, type LazySearch } from './use-lazy-search';
import { visuallyHidden } from './visually-hidden';
import { AskButton } from './ask-button';
import { enterAsks } from './ask-intent';

export interface HelpSearchProps {
  /** At most this many results. Default `8`. */
  limit?: number;
  /** Focus the input when it mounts. Default `false`. */
  autoFocus?: boolean;
  /** Extra class on the root. Default: none. */
  className?: string;
}

const primaryFields = new Set(['title', 'symptom']);

function HitText({ hit }: { hit: SearchHit }) {
  const title = hit.symptom?.title ?? hit.article.title;
  const titleMatch = hit.matches.find((m) => primaryFields.has(m.field) && m.value === title);
  const articleMatch = hit.symptom ? hit.matches.find((m) => m.field === 'title' && m.value === hit.article.title) : undefined;
  const extra = hit.matches.find((m) => !primaryFields.has(m.field) && m.ranges.length > 0);
  const context = extra ? snippet(extra.value, extra.ranges) : null;
  return (
    <>
      <span data-help-part="result-title">
        <Highlight value={title} ranges={titleMatch?.ranges ?? []} />
      </span>
      {hit.symptom && (
        <span data-help-part="result-article">
          <Highlight value={hit.article.title} ranges={articleMatch?.ranges ?? []} />
        </span>
      )}
      {context && (
        <span data-help-part="result-snippet">
          <Highlight value={context.value} ranges={context.ranges} />
        </span>
      )}
    </>
  );
}

/** One search's state, shared by the box (in the header) and its results (in place of the screen). */
export interface SearchController {
  query: string;
  /** The settled, trimmed query the results are for. */
  trimmed: string;
  hits: SearchHit[];
  lazy: LazySearch & { retry(): void };
  /** A split index's search is fetching the shards this query needs. */
  pending: boolean;
  /** Why search cannot answer: its code or a shard could not load. `null` when it can. */
  failure: unknown;
  /** Tries again after a failure. */
  retry(): void;
  active: number;
  setActive(update: number | ((i: number) => number)): void;
  listId: string;
  optionId(i: number): string;
  listRef: { current: HTMLUListElement | null };
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  onBlur(): void;
  choose(hit: SearchHit | undefined, trigger: SearchTrigger): void;
  /** Asks the query as a question (with `<HelpProvider ask>`): opens its answer, the results kept under it. */
  ask(trigger: SearchTrigger): void;
}

/** Tells two askings of the same question apart (see the `ask` view). */
let askings = 0;

/**
 * The search itself: debounced engine search, the active result, commits
 * for the `search` event, and opening a result. The search code (and Fuse
 * with it) loads when the first controller mounts.
 */
export function useSearchController(limit: number): SearchController {
  const help = useHelpContext('HelpPanel.Search');
  const { engine, query, setQuery, searchDelay, route, error, emit, navigate } = help;
  const settled = useDebouncedValue(query, searchDelay);
  const trimmed = settled.trim();
  // Search's chunk waits while the drawer's content is arriving, unless the user is already typing.
  const lazy = useLazySearch(engine, help.contentSettled || query.trim() !== '');
  const search = lazy.status === 'ready' ? lazy.search : null;
  const loadFailure = lazy.status === 'failed' ? lazy.error : null;
  useEffect(() => {
    if (loadFailure !== null) help.reportCrash(loadFailure);
    // `help` changes every render; a failure is reported once.
  }, [loadFailure]);
  // A split index fetches the shards a query needs first; until then the box says "Searching…".
  const split = search && 'prepare' in search ? (search as SplitSearch) : null;
  const [prepared, setPrepared] = useState<{ query: string; failure?: unknown } | null>(null);
  const pending = split !== null && trimmed !== '' && prepared?.query !== trimmed && !split.ready(trimmed, { limit, context: { route, error } });
  useEffect(() => {
    if (!split || trimmed === '' || !pending) return;
    let live = true; // a response for an older query is dropped
    split.prepare(trimmed, { limit, context: { route, error } }).then(
      () => live && setPrepared({ query: trimmed }),
      (failure: unknown) => live && setPrepared({ query: trimmed, failure }),
    );
    return () => {
      live = false;
    };
  }, [split, trimmed, pending, limit, route, error]);
  const shardFailure = prepared?.query === trimmed && prepared.failure !== undefined ? prepared.failure : null;
  useEffect(() => {
    if (shardFailure !== null) help.reportCrash(shardFailure);
  }, [shardFailure]);
  const hits = useMemo<SearchHit[]>(() => {
    if (!search || trimmed === '' || pending) return [];
    try {
      return search(trimmed, { limit, context: { route, error } });
    } catch (failure) {
      help.reportCrash(failure);
      return [];
    }
    // `help` changes every render; the inputs that matter are listed.
  }, [search, trimmed, limit, route, error, pending, prepared]);
  const [active, setActive] = useState(-1);
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => setActive(-1), [hits]);

  // The `search` event counts searches made, not keystrokes: a query commits
  // when typing pauses, on Enter, on opening a result, or on leaving the field.
  const lastCommitted = useRef<string | null>(null);
  const commit = useCallback(
    (trigger: SearchTrigger, msSinceInput?: number) => {
      if (!engine) return;
      const committed = decideSearchCommit({ query, lastCommitted: lastCommitted.current, trigger, msSinceInput });
      if (committed === null) return;
      lastCommitted.current = committed;
      if (help.visit.searches.push(committed) > 100) help.visit.searches.shift();
      const send = (run: SearchFunction | null) => {
        let resultCount = 0;
        try {
          resultCount = run ? run(committed, { limit, context: { route, error } }).length : 0;
        } catch {
          resultCount = 0;
        }
        emit({ type: 'search', query: committed, resultCount });
      };
      // Committed before search (or a split index's shards) finished loading: counted once it has.
      const counted = (run: SearchFunction) =>
        'prepare' in run ? (run as SplitSearch).prepare(committed, { limit, context: { route, error } }).then(() => send(run), () => send(null)) : send(run);
      if (search) void counted(search);
      else loadSearch(engine).then(counted, () => send(null));
    },
    // `help.visit` lives as long as the provider: stable.
    [engine, search, query, limit, route, error, emit, help.visit],
  );
  useEffect(() => {
    if (query.trim() === '') return;
    const timer = setTimeout(() => commit('idle', DEFAULT_SEARCH_COMMIT_DELAY_MS), DEFAULT_SEARCH_COMMIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, commit]);
  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const choose = (hit: SearchHit | undefined, trigger: SearchTrigger) => {
    if (!hit) return;
    commit(trigger);
    navigate(hit.symptom ? { screen: 'symptom', symptomId: hit.symptom.id } : { screen: 'article', articleId: hit.article.id });
  };
  const ask = (trigger: SearchTrigger) => {
    const question = query.trim();
    if (!help.canAsk || question === '') return;
    commit(trigger);
    navigate({ screen: 'ask', question, id: ++askings });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Another handler claimed the key, or an IME is composing (Enter confirms a candidate there).
    if (event.defaultPrevented || event.nativeEvent.isComposing || event.keyCode === 229) return;
    const count = hits.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        setActive((i) => (i + 1) % count);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setActive((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case 'Enter':
        // With `ask`: a question, or a query nothing strong answers, gets an answer; a chosen result still opens.
        if (help.canAsk && active < 0 && query.trim() !== '' && enterAsks(query, trimmed === query.trim() ? hits : [])) {
          event.preventDefault();
          ask('enter');
          break;
        }
        if (count === 0) return;
        event.preventDefault();
        choose(hits[active >= 0 ? active : 0], 'enter');
        break;
      case 'Escape':
        // With text: clear it (back to the screen underneath). Empty: let the key through so the drawer closes.
        if (query === '') return;
        event.preventDefault();
        setQuery('');
        break;
    }
  };

  return {
    query,
    trimmed,
    hits,
    lazy,
    pending,
    failure: loadFailure ?? shardFailure,
    retry: shardFailure !== null ? () => setPrepared(null) : lazy.retry,
    active,
    setActive,
    listId: `${id}-results`,
    optionId: (i) => `${id}-option-${i}`,
    listRef,
    onKeyDown,
    onBlur: () => commit('blur'),
    choose,
    ask,
  };
}

const SearchContext = createContext<SearchController | null>(null);

/** The panel's one search, for the box in the header and the results in the screen. */
export function SearchScope({ limit = 8, children }: { limit?: number; children?: ReactNode }) {
  const controller = useSearchController(limit);
  return <SearchContext.Provider value={controller}>{children}</SearchContext.Provider>;
}

/** The search of the enclosing `HelpPanel.Content`, if any. */
export function useSearchScope(): SearchController | null {
  return useContext(SearchContext);
}

function showsResults(c: SearchController): boolean {
  return c.trimmed !== '' && c.hits.length > 0;
}

/** The box: a combobox whose listbox is the results, wherever they render. */
export function SearchField({ controller: c, autoFocus = false }: { controller: SearchController; autoFocus?: boolean }) {
  const { labels, setQuery } = useHelpContext('HelpPanel.Search');
  const open = showsResults(c);
  const search = c.lazy.status === 'ready' && !c.pending;
  const failed = c.failure !== null;
  return (
    <div data-help-part="search-field">
      <input
        // Not type="search": its native clear button would double ours.
        type="text"
        enterKeyHint="search"
        data-help-part="search-input"
        role="combobox"
        aria-label={labels.search}
        placeholder={labels.search}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? c.listId : undefined}
        aria-activedescendant={open && c.active >= 0 ? c.optionId(c.active) : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        value={c.query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={c.onKeyDown}
        onBlur={c.onBlur}
      />
      {c.query !== '' && (
        <button type="button" data-help-part="search-clear" aria-label={labels.clearSearch} onClick={() => setQuery('')}>
          ×
        </button>
      )}
      <div role="status" style={visuallyHidden}>
        {c.trimmed === '' ? '' : failed ? labels.searchUnavailable : search ? labels.resultCount(c.hits.length) : labels.searching}
      </div>
    </div>
  );
}

/** The results, the "no results" line, or the retry when search could not load. */
export function SearchResults({ controller: c }: { controller: SearchController }) {
  const { labels, canAsk } = useHelpContext('HelpPanel.Search');
  const showFailure = c.trimmed !== '' && c.failure !== null;
  const showNone = c.trimmed !== '' && c.hits.length === 0 && c.lazy.status === 'ready' && !c.pending && !showFailure;
  return (
    <>
      {canAsk && c.trimmed !== '' && <AskButton onAsk={() => c.ask('result')} />}
      {showsResults(c) && (
        <ul ref={c.listRef} id={c.listId} role="listbox" aria-label={labels.searchResults} data-help-part="results">
          {c.hits.map((hit, i) => (
            <li
              key={hit.symptom?.id ?? hit.article.id}
              id={c.optionId(i)}
              role="option"
              aria-selected={i === c.active}
              data-index={i}
              data-help-part="result"
              data-selected={i === c.active ? '' : undefined}
              onMouseMove={() => i !== c.active && c.setActive(i)}
              onClick={() => c.choose(hit, 'result')}
            >
              <HitText hit={hit} />
            </li>
          ))}
        </ul>
      )}
      {showFailure && (
        <div data-help-part="no-results">
          <p>{labels.searchUnavailable}</p>
          <button type="button" data-help-part="retry" onClick={c.retry}>
            {labels.retry}
          </button>
          <SupportSlot place="no-results" />
        </div>
      )}
      {showNone && (
        <div data-help-part="no-results">
          <p>{labels.noResults(c.trimmed)}</p>
          <SupportSlot place="no-results" />
        </div>
      )}
    </>
  );
}

/**
 * A search box with its results under it, for layouts of your own (the
 * default panel puts the box in its header and the results in place of the
 * screen). ↑ ↓ move, Enter opens, Esc clears.
 */
export function HelpSearch({ limit = 8, autoFocus = false, className }: HelpSearchProps) {
  const controller = useSearchController(limit);
  return (
    <div data-help-part="search" className={className}>
      <SearchField controller={controller} autoFocus={autoFocus} />
      <SearchResults controller={controller} />
    </div>
  );
}
