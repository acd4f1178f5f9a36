import type { Article, Symptom } from '../schema/help-index';
import { indexTerms } from './tokenize';
import type { NormalizedError } from './types';

type ErrorFacts = Omit<NormalizedError, 'causes'>;

/** One symptom an unmatched error points at, found by its words rather than by a pattern. */
export interface RelatedHit {
  /** Index of the symptom in `index.symptoms`. */
  symptom: number;
  score: number;
  /** The symptom's title (or its article's) appears whole in the error, or the error's code is the article's id: safe to open. */
  strong: boolean;
}

/** What the related search ran: the error's code and message as one query. */
export interface RelatedQuery {
  query: string;
  hits: RelatedHit[];
}

/**
 * Scores, kept below every error pattern's tier (status class at 200) so a
 * written pattern always wins, and a strong hit (the page's title is the
 * error's text, as on error-reference sites) above route evidence (100–150).
 */
export const RELATED_STRONG = 160;
/** A weak hit scores this plus up to {@link RELATED_WEAK_RANGE} for the share of its title's words in the error. */
export const RELATED_WEAK = 40;
export const RELATED_WEAK_RANGE = 50;
/** At most this many related hits are offered: they are guesses. */
export const MAX_RELATED = 5;
/** A weak hit needs this share of its title's words in the error, and at least two of them. */
const MIN_SHARE = 0.5;
/** The error text read: messages are capped at 1,000 characters by normalisation, and a page title is near the start. */
const MAX_QUERY = 600;

interface Entry {
  symptom: number;
  /** Normalised titles (` word word `), the symptom's and its article's. */
  phrases: string[];
  /** Distinct terms of the symptom's title, aliases and article title. */
  terms: string[];
  /** Ids an error code may name: the article id and the symptom slug. */
  ids: string[];
}

/** `Dynamic \`href\` is not supported` → ` dynamic href is not supported `: case, quotes and punctuation do not count. */
export function phrase(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`"“”*_]/g, '')
    .split(/[^\p{L}\p{N}.\-/]+/u)
    .map((word) => word.replace(/^[.\-/]+|[.\-/]+$/g, ''))
    .filter((word) => word !== '');
  return words.length === 0 ? '' : ` ${words.join(' ')} `;
}

/**
 * Finds the symptoms an error that no pattern names is likely about, by its
 * words: the related search behind "possibly related". Built on first use,
 * since most sessions never report such an error.
 */
export function createRelatedSearch(symptoms: readonly Symptom[], articleOf: (symptom: Symptom) => Article | undefined): (facts: ErrorFacts) => RelatedQuery | null {
  let entries: Entry[] | undefined;
  const build = (): Entry[] =>
    symptoms.map((symptom, index) => {
      const article = articleOf(symptom);
      const titles = [symptom.title, ...(article && article.title !== symptom.title ? [article.title] : [])];
      return {
        symptom: index,
        // A title of one short word ("Errors") would be found in half of all messages: too little to say.
        phrases: titles.map(phrase).filter((text) => text.trim().length >= 8 && text.trim().includes(' ')),
        terms: indexTerms([symptom.title, ...symptom.aliases].join(' ')),
        ids: [symptom.slug, ...(article ? [article.id] : [])].filter((id) => id.includes('-')),
      };
    });

  return (facts) => {
    const query = [facts.code, facts.message].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ').slice(0, MAX_QUERY);
    if (query === '') return null;
    entries ??= build();
    const text = phrase(query);
    const queryTerms = new Set(indexTerms(query));
    const code = facts.code?.toLowerCase();
    const hits: RelatedHit[] = [];
    for (const entry of entries) {
      const longest = entry.phrases.reduce((best, candidate) => (text.includes(candidate) && candidate.length > best ? candidate.length : best), 0);
      // Error-reference sites link the page from the message ("Read more: …/messages/<id>") or use it as the code.
      const named = entry.ids.some((id) => id === code || new RegExp(`/${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i').test(query));
      if (longest > 0 || named) {
        hits.push({ symptom: entry.symptom, score: RELATED_STRONG + Math.min(30, Math.floor(longest / 4)), strong: true });
        continue;
      }
      if (entry.terms.length === 0) continue;
      let shared = 0;
      for (const term of entry.terms) if (queryTerms.has(term)) shared++;
      const share = shared / entry.terms.length;
      if (shared >= 2 && share >= MIN_SHARE) hits.push({ symptom: entry.symptom, score: RELATED_WEAK + RELATED_WEAK_RANGE * share, strong: false });
    }
    hits.sort((a, b) => b.score - a.score || a.symptom - b.symptom);
    return { query, hits: hits.slice(0, MAX_RELATED) };
  };
}
