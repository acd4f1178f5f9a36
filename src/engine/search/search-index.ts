import type { Article, BlockNode, HelpContext, HelpIndex, SearchData, Symptom } from '../../schema/help-index';
import { bodyText } from '../base/index';
import { searchLanguage, type SearchLanguage } from './search-language';
import { indexTerms } from './tokenize';

/**
 * Bump when the shape below or the way terms are made changes; an engine
 * rebuilds search data it cannot read, and a split index built with another
 * version is refused with a message that says to rebuild it.
 *
 * 2: words keep their combining marks (Thai), folding spells out `ß`/`æ`/`ø`
 * and keeps kana voicing, spaceless scripts are split by `Intl.Segmenter`,
 * terms follow the index's language (`language`).
 */
export const SEARCH_DATA_VERSION = 2;

/**
 * The fields a record is searched by, in the order of their bit in a posting.
 * `articleTitle` is the article's title on a symptom record (for an overview
 * article, `title` already is); hits report it as the `title` field.
 */
export const SEARCH_FIELDS = ['title', 'articleTitle', 'symptom', 'aliases', 'tags', 'checks', 'body'] as const;
export type IndexedField = (typeof SEARCH_FIELDS)[number];

/**
 * How much a term found in each field counts. Title above symptom above
 * aliases and tags above checks above body: "webhooks" in a title says more
 * than "webhook" in the fourth check of an unrelated symptom.
 */
export const FIELD_WEIGHTS: readonly number[] = [
  /* title */ 1, /* articleTitle */ 0.75, /* symptom */ 0.6, /* aliases */ 0.6, /* tags */ 0.5, /* checks */ 0.4, /* body */ 0.2,
];

/**
 * Precomputed search data, written into the index by the compiler so an
 * engine starts without indexing anything.
 *
 * - `refs`: one searchable record per symptom (its id) and per article
 *   without symptoms (its id), in index order;
 * - `terms`: the vocabulary (stemmed, see `tokenize.ts`), sorted, so a prefix
 *   is a binary search away;
 * - `postings[i]`: the records holding `terms[i]`, as flat pairs
 *   `[recordDelta, fieldBits, …]` (record numbers delta-encoded, one bit per
 *   {@link SEARCH_FIELDS} entry).
 *
 * Article bodies are indexed here too, so search works when `index.bodies`
 * is shipped separately or not at all.
 */
export interface EngineSearchData extends SearchData {
  version: typeof SEARCH_DATA_VERSION;
  /** The name of the language rules the terms were made with (see `searchLanguage`): `en`, `de`, `ja`, `none`. */
  language: string;
  refs: string[];
  terms: string[];
  postings: number[][];
}

export { inlineText, bodyText } from '../base/index';

/** The texts of each field of one record, as search and highlighting see them, in {@link SEARCH_FIELDS} order. */
export type RecordFields = readonly (readonly string[])[];

/** The codes and statuses a context names (`STRIPE_NOT_CONNECTED`, `403`); globs and message patterns say too little. */
function errorWords(context: HelpContext | null | undefined): string[] {
  const words: string[] = [];
  for (const pattern of context?.errors ?? []) {
    if (pattern?.kind === 'code' && !pattern.glob.includes('*')) words.push(pattern.glob);
    else if (pattern?.kind === 'status') words.push(String(pattern.status));
  }
  return words;
}

export function symptomFields(symptom: Symptom, article: Article | undefined): RecordFields {
  return [
    [symptom.title],
    article && article.title !== symptom.title ? [article.title] : [],
    [symptom.description, symptom.group ?? ''].filter((s) => s !== ''),
    [...new Set([...symptom.aliases, ...(article?.aliases ?? [])])],
    // Error codes and statuses are searchable too: users paste the code a toast showed them.
    [...new Set([...symptom.tags, ...(article?.tags ?? []), ...errorWords(symptom.context ?? article?.context)])],
    symptom.checks.map((check) => check.text),
    // A symptom's own words are above; its article's summary places it (body).
    article?.summary ? [article.summary] : [],
  ];
}

export function articleFields(article: Article, body: readonly BlockNode[] | undefined): RecordFields {
  return [[article.title], [], article.summary ? [article.summary] : [], article.aliases, article.tags, [], body ? [bodyText(body)] : []];
}

/** A record for each symptom, then one for each article that has none, as `{ ref, fields }`. */
export function searchRecords(index: HelpIndex): { ref: string; symptom?: Symptom; article: Article; fields: RecordFields }[] {
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  const records: { ref: string; symptom?: Symptom; article: Article; fields: RecordFields }[] = [];
  for (const symptom of index.symptoms) {
    const article = articles.get(symptom.articleId);
    if (article) records.push({ ref: symptom.id, symptom, article, fields: symptomFields(symptom, article) });
  }
  for (const article of index.articles) {
    if (article.symptomIds.length === 0) {
      records.push({ ref: article.id, article, fields: articleFields(article, index.bodies?.[article.id]) });
    }
  }
  return records;
}

/**
 * Builds the search data for an index. The compiler calls this once at build
 * time and stores the result in `index.search`; the engine calls it only for
 * an index that has none.
 */
export function buildSearchData(index: HelpIndex): EngineSearchData {
  const language = indexLanguage(index);
  const records = searchRecords(index);
  const postingsByTerm = new Map<string, number[]>();
  const termCache = new Map<string, readonly string[]>();
  records.forEach((record, recordIndex) => {
    const bits = new Map<string, number>();
    record.fields.forEach((texts, bit) => {
      for (const text of texts) {
        for (const term of indexTerms(text, termCache, language)) bits.set(term, (bits.get(term) ?? 0) | (1 << bit));
      }
    });
    for (const [term, fieldBits] of bits) {
      let list = postingsByTerm.get(term);
      if (!list) postingsByTerm.set(term, (list = []));
      // Records are visited in order, so the previous record number is the last one pushed.
      list.push(recordIndex, fieldBits);
    }
  });
  const terms = [...postingsByTerm.keys()].sort();
  const postings = terms.map((term) => {
    const list = postingsByTerm.get(term) ?? [];
    const encoded: number[] = [];
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      const recordIndex = list[i] ?? 0;
      encoded.push(recordIndex - previous, list[i + 1] ?? 0);
      previous = recordIndex;
    }
    return encoded;
  });
  return { version: SEARCH_DATA_VERSION, language: language.name, refs: records.map((record) => record.ref), terms, postings };
}

/**
 * The search rules of an index: those of `helpCenter.locale`, English when it
 * names none (a help center in one language, as before locales).
 */
export function indexLanguage(index: Pick<HelpIndex, 'helpCenter'>): SearchLanguage {
  const locale = index.helpCenter?.locale;
  return searchLanguage(typeof locale === 'string' ? locale : undefined);
}

/**
 * Whether `data` is search data this engine can read (right version and
 * shape), made with the rules of `language` when one is given (an index
 * whose locale was changed by hand is indexed again).
 */
export function isEngineSearchData(data: unknown, language?: SearchLanguage): data is EngineSearchData {
  if (typeof data !== 'object' || data === null) return false;
  const candidate = data as Partial<EngineSearchData>;
  return (
    candidate.version === SEARCH_DATA_VERSION &&
    (language === undefined || candidate.language === language.name) &&
    Array.isArray(candidate.refs) &&
    Array.isArray(candidate.terms) &&
    Array.isArray(candidate.postings) &&
    candidate.terms.length === candidate.postings.length
  );
}
