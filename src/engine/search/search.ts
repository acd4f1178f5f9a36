// The basic build: no extended or logical queries, which scoring single words never needs (about 2 kB gzip less).
import Fuse from 'fuse.js/basic';
import type { Article, HelpIndex, Symptom } from '../../schema/help-index';
import type { MatchFunction } from '../match/index';
import {
  FIELD_WEIGHTS,
  SEARCH_FIELDS,
  articleFields,
  symptomFields,
  type EngineSearchData,
  type RecordFields,
} from './search-index';
import { foldWord } from './fold-word';
import type { SearchLanguage } from './search-language';
import { tokenize, type Token } from './tokenize';
import { KEY_LENGTH, termKey } from './term-key';
import type { SearchField, SearchHit, SearchMatch, SearchOptions } from '../types';

export type SearchFunction = (query: string, options?: SearchOptions) => SearchHit[];

/** Longer queries are cut: nobody types more, and work per query stays bounded. */
const MAX_QUERY_LENGTH = 200;
/** Words a query is read by; twelve, as a Japanese query read by character pairs (no `Intl.Segmenter`) has one per character. */
const MAX_QUERY_TOKENS = 12;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

// How much each kind of term match counts, against 1 for the exact term.
/** "webh" while typing "webhooks": strong, more so the more of the word is typed. */
const PREFIX_SIM = 0.9;
/** A prefix of a word the user finished typing ("config" in "configuration"): a little weaker. */
const INNER_PREFIX_FACTOR = 0.85;
/** "firin" → "fir" (the stem of "firing"): the typed word runs past a known stem by a letter or two. */
const STEM_SLACK_SIM = 0.8;
/** A typo, scored by Fuse: "webhok" → "webhook" gets about 0.8 × 0.83. */
const FUZZY_SIM = 0.8;
/** Fuse's threshold for one word against one vocabulary term (0 exact … 1 anything). */
const FUZZY_THRESHOLD = 0.4;
const MAX_PREFIX_EXPANSIONS = 24;
const MAX_FUZZY_EXPANSIONS = 12;
/** Hits scoring under this share of the best hit are noise. */
const RELATIVE_CUTOFF = 0.12;
/** How many leading candidates are checked for the query as a phrase. */
const PHRASE_CANDIDATES = 30;
/** A title or alias that is exactly the query. */
const PHRASE_WHOLE = 1.3;
/** A title or alias with the query's words in a row. */
const PHRASE_PART = 1.15;
/** `title`, `articleTitle` and `aliases`, by their {@link SEARCH_FIELDS} position. */
const PHRASE_FIELDS = [0, 1, 3];
/** Context boost: the best context match, then any other. Multiplies, so text relevance still leads. */
const CONTEXT_BOOST_BEST = 1.3;
const CONTEXT_BOOST_OTHER = 1.15;

/** What a hit shows: the article, and the symptom when the record is one. */
export interface RuntimeRecord {
  article: Article;
  symptom?: Symptom;
}

/**
 * What search runs over: the vocabulary with its postings, and the records.
 * The whole-index engine has all of it at once; the split index fills it as
 * shards and record groups arrive, and a query only runs once the parts it
 * needs are there (see `split-search.ts`).
 */
export interface SearchCorpus {
  /** Sorted terms, or at least every term the query's words can reach (see {@link termKey}). */
  terms: readonly string[];
  postings: readonly (readonly number[])[];
  /** How many records there are in all (idf is computed against it). */
  recordCount: number;
  /** The hit data of record `i`; `undefined` when it is not known (not loaded). */
  record(i: number): RuntimeRecord | undefined;
  /**
   * The field texts of record `i`, in {@link SEARCH_FIELDS} order: for phrase
   * matching (title, article title, aliases) and for highlighting.
   */
  fields(i: number, forHighlight: boolean): RecordFields | undefined;
  /** The record number of a symptom, for the context boost; `undefined` when it has none. */
  recordOf(symptomId: string): number | undefined;
}


interface Expansion {
  term: number;
  sim: number;
}

/** Field weight for a posting's field bits: the best field, plus a little for each other field. */
const FIELD_SCORE: Float64Array = (() => {
  const table = new Float64Array(1 << SEARCH_FIELDS.length);
  for (let bits = 1; bits < table.length; bits++) {
    let best = 0;
    let count = 0;
    FIELD_WEIGHTS.forEach((weight, bit) => {
      if (bits & (1 << bit)) {
        best = Math.max(best, weight);
        count++;
      }
    });
    table[bits] = best + 0.05 * (count - 1);
  }
  return table;
})();

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function bigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) out.push(padded.slice(i, i + 2));
  return out;
}

interface Ranked {
  record: number;
  score: number;
}

/** Higher score first; ties in record (index) order. */
const byRank = (a: Ranked, b: Ranked) => b.score - a.score || a.record - b.record;
/** Whether `a` ranks before `b`. */
const before = (a: Ranked, b: Ranked) => byRank(a, b) < 0;

// A min-heap by rank: its top is the worst of the kept entries.
function heapPush(heap: Ranked[], entry: Ranked): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[parent]!, heap[i]!)) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function heapReplaceTop(heap: Ranked[], entry: Ranked): void {
  heap[0] = entry;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < heap.length && before(heap[worst]!, heap[left]!)) worst = left;
    if (right < heap.length && before(heap[worst]!, heap[right]!)) worst = right;
    if (worst === i) return;
    [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
    i = worst;
  }
}

const EMPTY: RankedQuery = { records: [], scores: [], matchedTerms: new Set() };

/**
 * A query's words as search reads them, by the rules of the index's
 * language: stop words dropped (unless that leaves none), one per term, at
 * most {@link MAX_QUERY_TOKENS}.
 */
export function queryTokens(query: string, language: SearchLanguage): { words: Token[]; lastToken: Token | undefined; typing: boolean } | null {
  const text = query.length > MAX_QUERY_LENGTH ? query.slice(0, MAX_QUERY_LENGTH) : query;
  const all = tokenize(text, language);
  if (all.length === 0) return null;
  // A full stop ends typing in Japanese and Chinese too.
  const typing = !/[\s.?!。？！]$/.test(text);
  let tokens = all.filter((token) => !language.isStopWord(token.word));
  if (tokens.length === 0) tokens = all;
  // One entry per distinct term; "email emails" is one word.
  const distinct = new Map<string, Token>();
  for (const token of tokens) if (!distinct.has(token.term)) distinct.set(token.term, token);
  if (language.alternate) {
    for (const token of distinct.values()) {
      const word = token.spaceless ? undefined : language.alternate(token.word);
      if (word !== undefined) token.alternate = { term: language.term(word, word), word, start: token.start, end: token.end };
    }
  }
  return { words: [...distinct.values()].slice(0, MAX_QUERY_TOKENS), lastToken: all[all.length - 1], typing };
}

/**
 * The term keys a query can reach, as `[from, to)` ranges of keys: each
 * word's own key and its term's, and for a word shorter than a key that is
 * still being typed, every key it begins. A split index loads the shards
 * that hold these before it searches.
 */
export function queryKeyRanges(query: string, language: SearchLanguage): [from: string, to: string][] {
  const tokens = typeof query === 'string' ? queryTokens(query, language) : null;
  if (!tokens) return [];
  const ranges: [string, string][] = [];
  for (const token of tokens.words) {
    // The word as typed, and its other spelling (German `ue` for `ü`), which search reads when the first finds nothing.
    for (const read of token.alternate ? [token, token.alternate] : [token]) {
      for (const key of new Set([termKey(read.term), termKey(read.word)])) ranges.push([key, `${key}\0`]);
      // A spaceless word the index does not hold is read by its character pairs, as beginnings of words (see `rank`).
      for (const part of read.parts ?? []) ranges.push([part, `${part}\uffff`]);
      // A short word completes to every key it begins ("we" → "web", "wee", …).
      if (Array.from(read.word).length < KEY_LENGTH) ranges.push([read.word, `${read.word}\uffff`]);
    }
  }
  return ranges;
}

/**
 * Creates the search function over precomputed search data.
 *
 * A query runs in four steps, each bounded:
 * 1. the query is split into words with the same rules as the content
 *    (stop words dropped, light stemming);
 * 2. each word is expanded against the sorted vocabulary: the exact term,
 *    terms it is a prefix of (the user is still typing), a stem it runs past,
 *    and — only when the exact term is unknown — typo candidates found by
 *    shared letter pairs and then scored by Fuse.js, so Fuse only ever scores
 *    a handful of terms;
 * 3. each expansion's postings add `similarity × idf × field weight` to the
 *    records that hold it, keeping each word's best per record, and a record
 *    that covers more of the query's weight is favoured (coverage²);
 * 4. the context boost multiplies the records the current route or error
 *    matches, and match ranges are computed for the returned hits only.
 */
export function createSearch(
  index: HelpIndex,
  data: EngineSearchData,
  match: MatchFunction,
  articleById: (id: string) => Article | undefined,
  symptomById: (id: string) => Symptom | undefined,
  language: SearchLanguage,
): SearchFunction {
  const records: RuntimeRecord[] = data.refs.map((ref) => {
    const symptom = symptomById(ref);
    const article = symptom ? articleById(symptom.articleId) : articleById(ref);
    // `engineSearch` checks that every ref resolves before using the data.
    return { article: article as Article, ...(symptom ? { symptom } : {}) };
  });
  let recordNumbers: Map<string, number> | undefined;
  return createSearchOver(
    {
      recordOf(symptomId) {
        recordNumbers ??= new Map(data.refs.map((ref, i) => [ref, i]));
        return recordNumbers.get(symptomId);
      },
      terms: data.terms,
      postings: data.postings,
      recordCount: records.length,
      record: (i) => records[i],
      fields(i, forHighlight) {
        const record = records[i];
        if (!record) return undefined;
        return record.symptom
          ? symptomFields(record.symptom, record.article)
          : articleFields(record.article, forHighlight ? index.bodies?.[record.article.id] : undefined);
      },
    },
    match,
    language,
  );
}

/** The ranked records of a query before hits are made of them, so the split index can see which records it must load. */
export interface RankedQuery {
  /** Record numbers, best first, already cut to the hits' limit and relevance cutoff. */
  records: number[];
  scores: number[];
  matchedTerms: Set<string>;
}

/** {@link createSearch} over any {@link SearchCorpus}: `search`, and `rank`, which stops before hits are made. */
export function createSearchOver(
  corpus: SearchCorpus,
  match: MatchFunction,
  language: SearchLanguage,
): SearchFunction & { rank(query: string, options?: SearchOptions, needFields?: (records: number[]) => boolean): RankedQuery | null } {
  const recordCount = Math.max(1, corpus.recordCount);
  const { terms, postings } = corpus;
  const idf = new Float64Array(terms.length);
  for (let i = 0; i < terms.length; i++) idf[i] = Math.log(1 + recordCount / Math.max(1, (postings[i]?.length ?? 0) / 2));

  // Scratch buffers, reused by every query (search is synchronous).
  const total = new Float64Array(corpus.recordCount);
  const covered = new Float64Array(corpus.recordCount);
  const best = new Float64Array(corpus.recordCount);
  const seen = new Uint8Array(corpus.recordCount);

  /** Per record, the words of its title-like fields (stop words dropped), tokenised on first use and kept. */
  const phraseWords: (string[][] | undefined)[] = [];

  function expand(token: Token, isLast: boolean, typing: boolean): Expansion[] {
    const found = new Map<number, number>();
    const add = (term: number, sim: number) => {
      if (sim > (found.get(term) ?? 0)) found.set(term, sim);
    };
    const exact = lowerBound(terms, token.term);
    const hasExact = terms[exact] === token.term;
    if (hasExact) add(exact, 1);

    // Prefix: the user may still be typing this word (always for the last one). A spaceless
    // word of two characters is often the head of a longer one (表示 → 表示名), and one
    // character being typed already says something.
    const prefixable = token.spaceless
      ? (isLast && typing) || token.word.length >= 2
      : (isLast && typing && token.word.length >= 2) || token.word.length >= 4;
    if (prefixable) {
      const factor = isLast && typing ? 1 : INNER_PREFIX_FACTOR;
      // The typed word, not its stem: "working" must not complete to "workspace".
      const prefix = token.word;
      const range: number[] = [];
      for (let i = lowerBound(terms, prefix); i < terms.length && (terms[i] ?? '').startsWith(prefix); i++) {
        if (i !== exact || !hasExact) range.push(i);
        if (range.length > 4000) break;
      }
      // Keep the most common completions: they are what a half-typed word most likely means.
      range.sort((a, b) => (postings[b]?.length ?? 0) - (postings[a]?.length ?? 0) || a - b);
      for (const i of range.slice(0, MAX_PREFIX_EXPANSIONS)) {
        const length = terms[i]?.length ?? 1;
        add(i, PREFIX_SIM * factor * (0.55 + 0.45 * Math.min(1, prefix.length / length)));
      }
    }

    // Stem slack: "firin" is "fir(ing)" half typed; "configurat" is past "configur".
    if (!hasExact && !token.spaceless && token.word.length >= 4) {
      for (let k = token.word.length - 1; k >= Math.max(3, token.word.length - 3); k--) {
        const i = lowerBound(terms, token.word.slice(0, k));
        if (terms[i] === token.word.slice(0, k)) {
          add(i, STEM_SLACK_SIM);
          break;
        }
      }
    }

    // Typos: only for words the vocabulary does not know, and long enough to tell.
    if (!hasExact && !token.spaceless && token.word.length >= 4) {
      for (const [term, sim] of typoCandidates(token.word)) add(term, sim);
    }
    return [...found].map(([term, sim]) => ({ term, sim }));
  }

  /**
   * Typo candidates: terms under the word's own key (the same first three
   * letters, as Elasticsearch's `prefix_length: 3`) whose length is within the
   * allowed edits and which share enough letter pairs; Fuse scores those few.
   * A typo in the first three letters is not corrected: it is the rarer kind,
   * and the limit keeps every word's lookup within one shard of a split index.
   */
  function typoCandidates(word: string): [number, number][] {
    const maxEdits = word.length <= 5 ? 1 : 2;
    const pairs = new Set(bigrams(word));
    // Each edit breaks at most two letter pairs.
    const needed = Math.max(1, pairs.size - 2 * maxEdits);
    const key = termKey(word);
    const candidates: number[] = [];
    for (let i = lowerBound(terms, key); i < terms.length && (terms[i] ?? '').startsWith(key); i++) {
      const term = terms[i] ?? '';
      if (Math.abs(term.length - word.length) > maxEdits) continue;
      let shared = 0;
      for (const pair of new Set(bigrams(term))) if (pairs.has(pair)) shared++;
      if (shared >= needed) candidates.push(i);
    }
    if (candidates.length === 0) return [];
    candidates.sort((a, b) => a - b);
    const fuse = new Fuse(
      candidates.map((term) => terms[term] ?? ''),
      { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: true, shouldSort: true },
    );
    return fuse
      .search(word, { limit: MAX_FUZZY_EXPANSIONS })
      .map((result) => [candidates[result.refIndex] ?? 0, FUZZY_SIM * (1 - (result.score ?? 1))]);
  }

  function search(query: string, options?: SearchOptions): SearchHit[] {
    try {
      const ranked = rank(query, options);
      if (!ranked) return [];
      const hits: SearchHit[] = [];
      ranked.records.forEach((record, i) => {
        const runtime = corpus.record(record);
        if (!runtime) return;
        hits.push({
          article: runtime.article,
          ...(runtime.symptom ? { symptom: runtime.symptom } : {}),
          score: Math.round((ranked.scores[i] ?? 0) * 1000) / 1000,
          matches: highlight(record, runtime, ranked.matchedTerms),
        });
      });
      return hits;
    } catch {
      // Search must never break the host app: no results is the worst case.
      return [];
    }
  }
  return Object.assign(search, { rank });

  /**
   * Ranks the records for a query. `needFields` is asked first for the
   * leading candidates whose titles the phrase step reads and for the hits;
   * it returns `false` when they are not there yet, and `rank` then returns
   * `null` (the split index loads them and asks again).
   */
  function rank(query: string, options?: SearchOptions, needFields?: (records: number[]) => boolean): RankedQuery | null {
    if (typeof query !== 'string') return EMPTY;
    const limitOption = options?.limit;
    const limit =
      typeof limitOption === 'number' && Number.isFinite(limitOption)
        ? Math.max(0, Math.min(MAX_LIMIT, Math.floor(limitOption)))
        : DEFAULT_LIMIT;
    if (limit === 0) return EMPTY;
    const tokens = queryTokens(query, language);
    if (!tokens) return EMPTY;
    const { words, lastToken, typing } = tokens;

    const touched: number[] = [];
    const matchedTerms = new Set<string>();
    /** For each query word, the terms it matched, in query order (for phrase matching). */
    const wordTerms: Set<string>[] = [];
    let totalWeight = 0;
    /**
     * Each word's expansions. A spaceless word the index does not know is read
     * by its character pairs instead, each as the beginning of a word: on the
     * benchmark's Japanese this keeps 99 % of the relevance of also indexing
     * every pair (as Lucene's CJK analyzer does) for a third of the search data.
     */
    const perWord: Expansion[][] = [];
    for (const token of words) {
      const expansions = expand(token, token === lastToken, typing);
      const alternate = expansions.length === 0 && token.alternate ? expand(token.alternate, token === lastToken, typing) : [];
      if (expansions.length > 0) perWord.push(expansions);
      else if (alternate.length > 0) perWord.push(alternate);
      else {
        for (const part of token.parts ?? []) {
          const found = expand({ term: part, word: part, start: token.start, end: token.end, spaceless: true }, false, false);
          if (found.length > 0) perWord.push(found);
        }
      }
    }
    for (const expansions of perWord) {
      wordTerms.push(new Set(expansions.map(({ term }) => terms[term] ?? '')));
      let tokenWeight = 0;
      const tokenTouched: number[] = [];
      for (const { term, sim } of expansions) {
        const list = postings[term];
        if (!list) continue;
        const weight = sim * (idf[term] ?? 0);
        tokenWeight = Math.max(tokenWeight, weight);
        matchedTerms.add(terms[term] ?? '');
        let record = 0;
        for (let i = 0; i < list.length; i += 2) {
          record += list[i] ?? 0;
          if (record >= corpus.recordCount) break; // damaged postings: never past the buffers
          const score = weight * (FIELD_SCORE[list[i + 1] ?? 0] ?? 0);
          if (seen[record] !== 2) {
            // 0 = untouched by this query, 1 = touched by an earlier word, 2 = touched by this word.
            if (seen[record] === 0) touched.push(record);
            seen[record] = 2;
            best[record] = 0;
            tokenTouched.push(record);
          }
          if (score > (best[record] ?? 0)) best[record] = score;
        }
      }
      totalWeight += tokenWeight;
      for (const record of tokenTouched) {
        if (seen[record] === 2) {
          total[record] = (total[record] ?? 0) + (best[record] ?? 0);
          covered[record] = (covered[record] ?? 0) + tokenWeight;
          seen[record] = 1;
        }
      }
    }

    const boosts = contextBoosts(options);
    // Only the best `keep` can become hits (the phrase step reorders the first PHRASE_CANDIDATES,
    // hits are the first `limit` after it): a bounded heap keeps them without sorting every
    // record a common word touched (thousands, at 10,000 articles).
    const keep = Math.max(PHRASE_CANDIDATES, limit);
    const heap: { record: number; score: number }[] = [];
    for (const record of touched) {
      const coverage = totalWeight > 0 ? Math.min(1, (covered[record] ?? 0) / totalWeight) : 0;
      let score = (total[record] ?? 0) * (0.3 + 0.7 * coverage * coverage);
      if (boosts) score *= boosts.get(record) ?? 1;
      total[record] = 0;
      covered[record] = 0;
      seen[record] = 0;
      if (heap.length < keep) heapPush(heap, { record, score });
      else if (before({ record, score }, heap[0]!)) heapReplaceTop(heap, { record, score });
    }
    if (heap.length === 0) return EMPTY;
    const scored = heap.sort(byRank);
    if (needFields && !needFields(scored.slice(0, Math.max(PHRASE_CANDIDATES, limit)).map((entry) => entry.record))) return null;
    // Phrases: among the leading candidates, a title or alias that reads as the query
    // ("open a ticket" for the alias "open a ticket") beats one that merely has its words.
    if (wordTerms.length > 0) {
      const head = scored.slice(0, PHRASE_CANDIDATES);
      for (const entry of head) entry.score *= phraseFactor(entry.record, wordTerms);
      head.sort(byRank);
      scored.splice(0, head.length, ...head);
    }
    const cutoff = (scored[0]?.score ?? 0) * RELATIVE_CUTOFF;
    const records: number[] = [];
    const scores: number[] = [];
    for (const { record, score } of scored) {
      if (records.length >= limit || score < cutoff) break;
      records.push(record);
      scores.push(score);
    }
    return { records, scores, matchedTerms };
  }

  function phraseFactor(recordIndex: number, wordTerms: Set<string>[]): number {
    let lists = phraseWords[recordIndex];
    if (!lists) {
      const fields = corpus.fields(recordIndex, false);
      if (!fields) return 1;
      lists = PHRASE_FIELDS.flatMap((field) =>
        (fields[field] ?? []).map((value) =>
          tokenize(value, language)
            .filter((token) => !language.isStopWord(token.word))
            .map((token) => token.term),
        ),
      );
      phraseWords[recordIndex] = lists;
    }
    let factor = 1;
    for (const words of lists) {
      const found = findPhrase(words, wordTerms);
      if (found === 'whole') return PHRASE_WHOLE;
      if (found === 'part') factor = PHRASE_PART;
    }
    return factor;
  }

  /** Boosts by record number, for the symptoms the route or error matches. */
  function contextBoosts(options: SearchOptions | undefined): Map<number, number> | null {
    const context = options?.context;
    if (!context) return null;
    const matches = match(context);
    if (matches.length === 0) return null;
    const boosts = new Map<number, number>();
    matches.forEach((found, i) => {
      const record = corpus.recordOf(found.symptom.id);
      if (record !== undefined && !boosts.has(record)) boosts.set(record, i === 0 ? CONTEXT_BOOST_BEST : CONTEXT_BOOST_OTHER);
    });
    return boosts;
  }

  function highlight(recordIndex: number, record: RuntimeRecord, matchedTerms: Set<string>): SearchMatch[] {
    const fields: RecordFields = corpus.fields(recordIndex, true) ?? [];
    const out: SearchMatch[] = [];
    // SEARCH_FIELDS is ordered by weight, so the strongest evidence is listed first.
    fields.forEach((values, bit) => {
      const field = SEARCH_FIELDS[bit] ?? 'body';
      values.forEach((value, i) => {
        // An article's body is long: it is shown as a snippet around the match.
        const isBody = field === 'body' && !record.symptom;
        const ranges = rangesIn(value, matchedTerms, language);
        if (ranges.length === 0) return;
        const reported: SearchField = field === 'articleTitle' ? 'title' : field;
        const found: SearchMatch = isBody ? snippet(value, ranges) : { field: reported, value, ranges };
        found.field = reported;
        if (field === 'checks') {
          const checkId = record.symptom?.checks[i]?.id;
          if (checkId !== undefined) found.checkId = checkId;
        }
        out.push(found);
      });
    });
    return out;
  }
}

/**
 * Whether the query's words appear in `words` one after the other: `whole`
 * when they are all of it, `part` when they are a run inside it (two words or more).
 */
function findPhrase(words: string[], wordTerms: Set<string>[]): 'whole' | 'part' | null {
  const length = wordTerms.length;
  if (length === 0 || words.length < length) return null;
  for (let start = 0; start + length <= words.length; start++) {
    let all = true;
    for (let j = 0; j < length && all; j++) all = wordTerms[j]?.has(words[start + j] ?? '') ?? false;
    if (all) return words.length === length ? 'whole' : length >= 2 ? 'part' : null;
  }
  return null;
}

/** `[start, end)` offsets of the words of `value` whose term the query matched. */
function rangesIn(value: string, matchedTerms: Set<string>, language: SearchLanguage): [number, number][] {
  const ranges: [number, number][] = [];
  // Most fields of a hit hold none of the matched terms: a substring test on their first
  // letters (which stemming never changes) spares tokenising them.
  const hay = foldWord(value);
  let any = false;
  for (const term of matchedTerms) {
    if (hay.includes(term.slice(0, 2))) {
      any = true;
      break;
    }
  }
  if (!any) return ranges;
  for (const token of tokenize(value, language)) {
    if (!matchedTerms.has(token.term) || language.isStopWord(token.word)) continue;
    const last = ranges[ranges.length - 1];
    // Join neighbours separated by one space ("stripe data") into one range.
    if (last && token.start - last[1] <= 1) last[1] = token.end;
    else ranges.push([token.start, token.end]);
  }
  return ranges;
}

/** A body is long; a hit shows the sentence around its first match, with ranges moved to fit. */
function snippet(text: string, ranges: [number, number][]): SearchMatch {
  const first = ranges[0] ?? [0, 0];
  let start = Math.max(0, first[0] - 60);
  let end = Math.min(text.length, first[0] + 140);
  // Start and end on word boundaries, never inside a word.
  while (start > 0 && /\S/.test(text[start - 1] ?? '')) start--;
  while (end < text.length && /\S/.test(text[end] ?? '')) end++;
  const value = `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
  // Re-find the ranges in the snippet (whitespace was collapsed, so offsets moved).
  const shift = start > 0 ? 1 : 0;
  const collapsedBefore = (offset: number) => text.slice(start, offset).replace(/\s+/g, ' ').length;
  const moved: [number, number][] = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [collapsedBefore(s) + shift, collapsedBefore(e) + shift]);
  return { field: 'body', value, ranges: moved };
}
