import type { Article, Symptom } from '../../schema/help-index';
import type { MatchFunction } from '../match/index';
import type { SearchFunction } from './search';
import type { HelpEngineCore, Match, MatchContext, NormalizedError, Reason, SearchHit, SearchOptions } from '../types';

/** An error's facts; with its causes, when it has them, whose codes and messages are searched too. */
type ErrorFacts = Omit<NormalizedError, 'causes'> & { causes?: readonly Omit<NormalizedError, 'causes'>[] };

/** One symptom an unmatched error points at, found by its words rather than by a pattern. */
export interface RelatedHit {
  /** Index of the symptom in `index.symptoms`. */
  symptom: number;
  score: number;
  /** The symptom's title (or its article's) appears whole in the error, or the error names the article: safe to open. */
  strong: boolean;
  /** Set on the page a search ranked first by a clear margin: its reason is `search-rank`. */
  ranked?: true;
}

/** What the related search ran (the error's code and message as one query) and what it found, best first. */
export interface RelatedQuery {
  query: string;
  hits: RelatedHit[];
}

/**
 * Scores, kept below every error pattern's tier (status class at 200) so a
 * written pattern always wins; a strong hit (the page's title is the error's
 * text, as on error-reference sites) scores 160–190, above route evidence
 * (100–150); a weak one 40–90, below it.
 */
export const RELATED_STRONG = 160;
export const RELATED_WEAK = 40;
/** At most this many related hits are offered: they are guesses. */
export const MAX_RELATED = 5;
/**
 * When the title rules find nothing, a search for the error's words may still
 * rank one page first: it is offered (a `search-rank` reason, `related: 'weak'`,
 * scored {@link SEARCH_RANK_SCORE}, below any route) when it scores this many
 * times the best page after it, and its titles hold at least two of the
 * error's words and half of them. "cloudflare origin error" opens "Cloudflare
 * origin error 1016 on custom domain", the only page with both words; on the
 * Longhorn knowledge base "The operation was aborted due to timeout" ranks a
 * page about a mount's connection timeout first at only 1.6 times the next,
 * and opens nothing.
 */
export const SEARCH_RANK_MARGIN = 2;
/** The score of the page a search ranked first by a clear margin: at the top of the weak range. */
export const SEARCH_RANK_SCORE = RELATED_WEAK + 50;
/** The pages after it, listed with it as other candidates, score below it in proportion to their search scores. */
const SEARCH_RANK_NEXT = 40;
/**
 * As many matches as `match` returns (its `MAX_MATCHES`). Repeated, not imported: this module
 * goes in search's chunk, and a value import from the core would pull the core in with it.
 */
const MAX_MATCHES = 20;

/**
 * Words that say nothing about which page an error is about. Kept here rather
 * than taken from search's tokenizer, so that matching does not pull search
 * (and Fuse) into the page's first load.
 */
const STOP = new Set('a an and are as at be by can cannot could do does error failed for from has have in is it its no not of on or that the this to was were with you your'.split(' '));

/** `Dynamic \`href\` is not supported` → ` dynamic href is not supported `: case, quotes and punctuation do not count. */
export function phrase(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/['’‘`"“”*_]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  return words.length === 0 ? '' : ` ${words.join(' ')} `;
}

/** Scripts written without spaces: a title in them is found inside a longer run of the message. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Whether a title's phrase says enough to find a page by: two words, or four characters of a script without spaces. */
const telling = (text: string) => text.trim().includes(' ') || (NO_SPACES.test(text) && Array.from(text.trim()).length >= 4);

/** Whether the message holds the title: as whole words, or, in a script without spaces, anywhere. */
const holds = (message: string, title: string) => message.includes(title) || (NO_SPACES.test(title) && message.includes(title.trim()));

/** The distinct words of a text that can tell pages apart, a plural `s` dropped. */
function terms(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of phrase(text).split(' ')) {
    if (word.length > 1 && !STOP.has(word)) out.add(word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word);
  }
  return out;
}

/**
 * Finds the symptoms an error that no pattern names is likely about, by its
 * words: the search behind "possibly related". Built on first use, since most
 * sessions never report such an error.
 */
export function createRelatedSearch(symptoms: readonly Symptom[], articleOf: (symptom: Symptom) => Article | undefined): (facts: ErrorFacts) => RelatedQuery | null {
  let entries: { phrases: string[]; terms: Set<string>; ids: string[] }[] | undefined;
  return (facts) => {
    // Messages are capped at 1,000 characters by normalisation; a page's title is near their start.
    const query = relatedQueryText(facts);
    if (query === '') return null;
    entries ??= symptoms.map((symptom) => {
      const article = articleOf(symptom);
      return {
        // A title of one word ("Errors") would be found in half of all messages: too little to say.
        phrases: [symptom.title, article?.title ?? ''].map(phrase).filter(telling),
        terms: terms([symptom.title, ...symptom.aliases].join(' ')),
        // Error-reference sites name the page in the message ("Read more: …/messages/<id>") or make it the code.
        ids: [symptom.slug, article?.id ?? ''].filter((id) => id.includes('-')),
      };
    });
    const text = phrase(query);
    const lower = query.toLowerCase();
    const words = terms(query);
    const hits: RelatedHit[] = [];
    entries.forEach((entry, symptom) => {
      const longest = Math.max(0, ...entry.phrases.filter((candidate) => holds(text, candidate)).map((candidate) => candidate.length));
      if (longest > 0 || entry.ids.some((id) => id === lower || lower.includes(`/${id}`))) {
        hits.push({ symptom, score: RELATED_STRONG + Math.min(30, longest >> 2), strong: true });
        return;
      }
      let shared = 0;
      for (const term of entry.terms) if (words.has(term)) shared++;
      // A weak guess needs two of the title's words and at least half of them.
      const share = shared / Math.max(1, entry.terms.size);
      if (shared > 1 && share >= 0.5) hits.push({ symptom, score: RELATED_WEAK + 50 * share, strong: false });
    });
    hits.sort((a, b) => b.score - a.score || a.symptom - b.symptom);
    return { query, hits: hits.slice(0, MAX_RELATED) };
  };
}

/** What {@link createRelatedMatch} builds on. */
export interface RelatedMatchOptions {
  /** The engine's search (`createEngineSearch(core)`). Default: none, and no `search-rank` guesses. */
  search?: SearchFunction;
  /**
   * The matching of written patterns and routes to start from. Default
   * `core.match`, patterns read as written; `createLooseMatcher(core.index)`
   * compares messages as apps hand them over (what `createHelpEngine` uses).
   * Passed in rather than imported: this module loads with search, and must
   * not take the page's matcher with it.
   */
  match?: MatchFunction;
}

/**
 * `match` with related search:
 *
 * - written patterns and routes are matched by `options.match`;
 * - when no pattern names the error, the symptoms whose titles its code and
 *   message hold (or share most words with) are added, or, if the route already
 *   matched them, strengthened, marked `related: 'strong' | 'weak'` with a
 *   `related-search` reason;
 * - when those find nothing and `options.search` is given, the page a search for
 *   the error's words ranks first by a clear margin ({@link SEARCH_RANK_MARGIN}) is
 *   added as `related: 'weak'` with a `search-rank` reason, and the few pages
 *   after it as `related-search` guesses.
 *
 * `createHelpEngine` matches this way (with its search and `createLooseMatcher`);
 * the React panel switches to it once search has loaded, so its first load stays small.
 */
export function createRelatedMatch(core: HelpEngineCore, options: RelatedMatchOptions = {}): MatchFunction {
  const { symptoms } = core.index;
  const order = new Map(symptoms.map((symptom, position) => [symptom.id, position]));
  const articleOf = (symptom: Symptom) => core.article(symptom.articleId);
  const find = createRelatedSearch(symptoms, articleOf);
  const { search, match = core.match } = options;
  return (context) => {
    let matches: Match[];
    try {
      matches = match(context);
    } catch {
      matches = core.match(context);
    }
    try {
      // A written pattern named the error: no guessing.
      if (named(matches)) return matches;
      const facts = core.normalizeError(readError(context));
      if (!facts) return matches;
      const found = find(facts);
      if (found && found.hits.length > 0) return addRelated(matches, facts, found, symptoms, articleOf, order);
      const query = relatedQueryText(facts);
      const ranked = search && query !== '' ? searchRanked(query, search(query, RELATED_SEARCH_OPTIONS)) : null;
      return ranked ? addRelated(matches, facts, ranked.found, ranked.symptoms, ranked.articleOf, order) : matches;
    } catch {
      // Matching must never break the host app: the plain matches stand.
      return matches;
    }
  };
}

/** How many search hits related search reads: a few pages, and enough after them to tell whether the first stands out. */
const RELATED_SEARCH_OPTIONS: SearchOptions = { limit: MAX_RELATED * 4 };

/**
 * The page a search for an error's words ranks first by a clear margin, and
 * the few after it: `null` when the first is not a symptom, does not score
 * {@link SEARCH_RANK_MARGIN} times the next page's, or holds fewer than two,
 * or fewer than half, of the error's words in its titles (a page found by its
 * body alone is too weak a guess to open). Reads the hits' titles only, which
 * a split index's search hits have as the whole index's do.
 */
function searchRanked(query: string, hits: readonly SearchHit[]): { found: RelatedQuery; symptoms: Symptom[]; articleOf: (symptom: Symptom) => Article | undefined } | null {
  const top = hits[0];
  if (!top?.symptom || !(top.score > 0)) return null;
  const next = hits.find((hit) => hit.article.id !== top.article.id);
  if (next && top.score < SEARCH_RANK_MARGIN * next.score) return null;
  const words = terms(query);
  const shared = (hit: SearchHit) => {
    let count = 0;
    for (const term of terms(`${hit.symptom?.title ?? ''} ${hit.article.title}`)) if (words.has(term)) count++;
    return count;
  };
  const enough = Math.max(2, Math.ceil(words.size / 2));
  if (shared(top) < enough) return null;
  const symptoms: Symptom[] = [top.symptom];
  const articles = new Map([[top.symptom.id, top.article]]);
  const found: RelatedQuery = { query, hits: [{ symptom: 0, score: SEARCH_RANK_SCORE, strong: false, ranked: true }] };
  for (const hit of hits.slice(1)) {
    if (found.hits.length >= MAX_RELATED - 1) break;
    if (!hit.symptom || articles.has(hit.symptom.id) || shared(hit) === 0) continue;
    articles.set(hit.symptom.id, hit.article);
    found.hits.push({ symptom: symptoms.push(hit.symptom) - 1, score: RELATED_WEAK + SEARCH_RANK_NEXT * (hit.score / top.score), strong: false });
  }
  return { found, symptoms, articleOf: (symptom) => articles.get(symptom.id) };
}

/** What search a split index's related match runs on: the split search, which fetches what a query needs first. */
export interface PreparedSearch {
  (query: string, options?: SearchOptions): SearchHit[];
  ready(query: string, options?: SearchOptions): boolean;
  prepare(query: string, options?: SearchOptions): Promise<void>;
}

/**
 * Related search on a split index, where the titles of every symptom are
 * not in memory: the same rules, run over the symptoms that a search for the
 * error's code and message ranks first. `prepare` fetches what that search
 * needs (its shards and record groups); until then `match` is plain matching.
 */
export function createSplitRelatedMatch(
  core: HelpEngineCore,
  search: PreparedSearch,
): { match: MatchFunction; ready(context: MatchContext): boolean; prepare(context: MatchContext): Promise<void> } {
  const options = RELATED_SEARCH_OPTIONS;
  const queryOf = (context: MatchContext) => {
    const facts = core.normalizeError(readError(context));
    return facts ? relatedQueryText(facts) : '';
  };
  const match: MatchFunction = (context) => {
    const matches = core.match(context);
    try {
      if (named(matches)) return matches;
      const facts = core.normalizeError(readError(context));
      const query = facts ? relatedQueryText(facts) : '';
      if (!facts || query === '' || !search.ready(query, options)) return matches;
      const all = search(query, options);
      const hits = all.filter((hit) => hit.symptom !== undefined);
      const symptoms = hits.map((hit) => hit.symptom!);
      const articles = new Map(hits.map((hit) => [hit.symptom!.id, hit.article]));
      const order = new Map(symptoms.map((symptom, i) => [symptom.id, i]));
      const found = createRelatedSearch(symptoms, (symptom) => articles.get(symptom.id))(facts);
      if (found && found.hits.length > 0) return addRelated(matches, facts, found, symptoms, (symptom) => articles.get(symptom.id), order);
      // As the whole index: the page the search ranks first by a clear margin.
      const ranked = searchRanked(query, all);
      return ranked ? addRelated(matches, facts, ranked.found, ranked.symptoms, ranked.articleOf, order) : matches;
    } catch {
      return matches;
    }
  };
  return {
    match,
    ready: (context) => {
      const query = queryOf(context);
      return query === '' || search.ready(query, options);
    },
    prepare: (context) => {
      const query = queryOf(context);
      return query === '' ? Promise.resolve() : search.prepare(query, options);
    },
  };
}

/** A written pattern (not only a route) named the error: related search has nothing to add. */
const named = (matches: readonly Match[]) => matches.some((match) => match.reasons.some((reason) => reason.kind !== 'route'));

/**
 * The query related search runs for an error: its code and message, then its
 * causes' (an app's wrapper, "Could not save your changes", often hides the
 * error that says what went wrong in its `cause`).
 */
function relatedQueryText(facts: ErrorFacts): string {
  const parts = [facts, ...(facts.causes ?? [])].flatMap((layer) => [layer.code, layer.message]);
  return [...new Set(parts.filter((part): part is string => typeof part === 'string' && part.trim() !== ''))].join(' ').slice(0, 600);
}

/** The matches with the related hits added (or, where the route already matched them, strengthened). */
function addRelated(
  matches: readonly Match[],
  facts: ErrorFacts,
  found: RelatedQuery,
  symptoms: readonly Symptom[],
  articleOf: (symptom: Symptom) => Article | undefined,
  order: ReadonlyMap<string, number>,
): Match[] {
  const value = facts.message ?? facts.code ?? '';
  const byWords: Reason = {
    kind: 'related-search',
    pattern: found.query.length > 120 ? `${found.query.slice(0, 119)}…` : found.query,
    value: value === found.query ? '' : value,
    inherited: false,
  };
  const out = matches.map((match) => ({ ...match }));
  for (const hit of found.hits) {
    const symptom = symptoms[hit.symptom];
    const article = symptom && articleOf(symptom);
    if (!symptom || !article) continue;
    const reason: Reason = hit.ranked ? { ...byWords, kind: 'search-rank' } : byWords;
    const related = hit.strong ? ('strong' as const) : ('weak' as const);
    const same = out.find((match) => match.symptom.id === symptom.id);
    if (same) {
      same.score = Math.round((same.score + hit.score) * 100) / 100;
      // Strongest first: a strong hit outweighs any route, a weak one none.
      same.reasons = hit.strong ? [reason, ...same.reasons] : [...same.reasons, reason];
      same.related = related;
    } else out.push({ symptom, article, score: Math.round(hit.score * 100) / 100, reasons: [reason], related });
  }
  return out.sort((a, b) => b.score - a.score || (order.get(a.symptom.id) ?? 0) - (order.get(b.symptom.id) ?? 0)).slice(0, MAX_MATCHES);
}

/** `context` comes from app code that may not be typed; a throwing getter reads as nothing. */
function readError(context: MatchContext): unknown {
  try {
    return typeof context === 'object' && context !== null ? context.error : undefined;
  } catch {
    return undefined;
  }
}
