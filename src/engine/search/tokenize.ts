/**
 * Words for search: the same rules at build time (over content) and at query
 * time (over what the user types), so both sides meet on the same terms. The
 * rules of the index's language (stop words, stemming) come from
 * `search-language.ts`; splitting and folding are the same in every language.
 */
import { foldWord } from './fold-word';
import { searchLanguage, type SearchLanguage } from './search-language';

/** A word of a text, with where it sits so it can be highlighted. */
export interface Token {
  /** The search term: lower-cased, accents removed, stemmed by the language's rules. */
  term: string;
  /** The word as it would be typed, lower-cased and without accents (for prefix matching while typing). */
  word: string;
  start: number;
  end: number;
  /** Set for a word of a script written without spaces (Japanese, Chinese, Thai, …). */
  spaceless?: true;
  /**
   * For such a word of three characters or more, in a query: its character
   * pairs. A query word the segmenter cut otherwise than the content
   * (`サインインできない` alone, against the same words in a sentence) is not
   * in the index; search then reads its pairs as the beginnings of words.
   */
  parts?: string[];
  /** In a query only: the word spelled another way (see `SearchLanguage.alternate`), tried when the word finds nothing. */
  alternate?: Token;
}

/** A letter or digit, then letters, digits and combining marks (Thai vowels, accents typed apart). Everything else separates words. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Scripts written without spaces between words: a run of them is split by `Intl.Segmenter`, not by spaces. */
const SPACELESS = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
const SPACELESS_RUN = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]+/gu;

const segmenters = new Map<string, { made: unknown; segmenter: Intl.Segmenter }>();

/**
 * The word segmenter for a locale, or `null` where `Intl.Segmenter` is
 * missing (Firefox before 125, some embedded runtimes). Looked up on each
 * call, so that a runtime (or a test) without it is noticed.
 */
function segmenterFor(locale: string | undefined): Intl.Segmenter | null {
  const Segmenter = (globalThis.Intl as { Segmenter?: typeof Intl.Segmenter } | undefined)?.Segmenter;
  if (typeof Segmenter !== 'function') return null;
  const key = locale ?? '';
  const known = segmenters.get(key);
  if (known && known.made === Segmenter) return known.segmenter;
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Segmenter(locale, { granularity: 'word' });
  } catch {
    // A tag the runtime rejects: the default locale's rules segment these scripts the same way.
    segmenter = new Segmenter(undefined, { granularity: 'word' });
  }
  segmenters.set(key, { made: Segmenter, segmenter });
  return segmenter;
}

/** The overlapping character pairs of a word, by code point: `表示名` → `表示`, `示名`. A single character is its own. */
export function characterPairs(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length < 2) return chars.length === 1 ? [word] : [];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** A word of a script with spaces: folded, then stemmed by the language. */
function spacedToken(raw: string, start: number, language: SearchLanguage): Token {
  const word = foldWord(raw);
  return { term: language.term(raw.toLowerCase(), word), word, start, end: start + raw.length };
}

/**
 * The words of a run of a spaceless script: `Intl.Segmenter`'s words, or
 * (without it) the run's character pairs, which search reads as the
 * beginnings of the words the index holds.
 */
function spacelessTokens(run: string, start: number, language: SearchLanguage, out: Token[]): void {
  const segmenter = segmenterFor(language.locale);
  if (!segmenter) {
    const chars = Array.from(run);
    let offset = start;
    if (chars.length === 1) {
      const word = foldWord(run);
      out.push({ term: word, word, start, end: start + run.length, spaceless: true });
      return;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars[i]! + chars[i + 1]!;
      const word = foldWord(pair);
      out.push({ term: word, word, start: offset, end: offset + pair.length, spaceless: true });
      offset += chars[i]!.length;
    }
    return;
  }
  for (const segment of segmenter.segment(run)) {
    if (segment.isWordLike === false) continue;
    const word = foldWord(segment.segment);
    const token: Token = { term: word, word, start: start + segment.index, end: start + segment.index + segment.segment.length, spaceless: true };
    if (Array.from(word).length >= 3) token.parts = characterPairs(word);
    out.push(token);
  }
}

/**
 * Every word of `text` with its offsets, by the rules of `language` (the
 * index's; English when absent). Stop words are kept here; callers decide.
 * Text without a spaceless script takes one regular expression and a fold
 * per word, as before help centers had languages.
 */
export function tokenize(text: string, language: SearchLanguage = searchLanguage()): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(WORD)) {
    const raw = found[0];
    const start = found.index;
    if (!/[^\x00-\x7f]/.test(raw) || !SPACELESS.test(raw)) {
      tokens.push(spacedToken(raw, start, language));
      continue;
    }
    // "Zoomアプリ" or "エラー404": the spaceless runs are segmented, the rest is a word as usual.
    let last = 0;
    for (const run of raw.matchAll(SPACELESS_RUN)) {
      if (run.index > last) tokens.push(spacedToken(raw.slice(last, run.index), start + last, language));
      spacelessTokens(run[0], start + run.index, language, tokens);
      last = run.index + run[0].length;
    }
    if (last < raw.length) tokens.push(spacedToken(raw.slice(last), start + last, language));
  }
  return tokens;
}

/**
 * The distinct terms of a text, without stop words, for indexing. `cache`
 * maps a raw word to its terms: a help center
 * repeats the same few thousand words, so building an index folds and stems
 * each one once.
 */
export function indexTerms(text: string, cache?: Map<string, readonly string[]>, language: SearchLanguage = searchLanguage()): string[] {
  const terms = new Set<string>();
  for (const found of text.matchAll(WORD)) {
    const raw = found[0];
    let wordTerms = cache?.get(raw);
    if (wordTerms === undefined) {
      const out: string[] = [];
      for (const token of tokenize(raw, language)) if (!language.isStopWord(token.word)) out.push(token.term);
      wordTerms = out;
      cache?.set(raw, wordTerms);
    }
    for (const term of wordTerms) terms.add(term);
  }
  return [...terms];
}
