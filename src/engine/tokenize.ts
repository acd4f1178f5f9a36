/**
 * Words for search: the same rules at build time (over content) and at query
 * time (over what the user types), so both sides meet on the same terms.
 */

/** A word of a text, with where it sits so it can be highlighted. */
export interface Token {
  /** The search term: lower-cased, accents removed, lightly stemmed. */
  term: string;
  /** The word as it would be typed, lower-cased and without accents (for prefix matching while typing). */
  word: string;
  start: number;
  end: number;
}

/** Letters and digits; everything else (spaces, punctuation, arrows, slashes) separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Function words a stuck user adds to a question; they say nothing about which symptom is meant. */
const STOP_WORDS = new Set(
  (
    'a an the is are was were be been being am i me my mine we us our you your it its this that these those ' +
    'to of in on at for from by with and or but so if then than as do does did doing done can could should would ' +
    'will shall may might must why how what when where which who whom there here have has had having just ' +
    'about into onto over any some also very too please help t s m d ll re ve ' +
    // Negations: nearly every symptom is phrased as one ("not firing", "no sessions", "cannot sign in"),
    // so they tell symptoms apart no better than "the" does.
    'not no cannot cant can dont doesnt didnt isnt wont never'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

function fold(word: string): string {
  const lower = word.toLowerCase();
  // Only pay for Unicode normalisation when there is something to fold.
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

const VOWEL = /[aeiouy]/;

/**
 * A deliberately light English stemmer: plural `s`/`ies`, `ing`, `ed` and a
 * final `e`, so "arriving", "arrives" and "arrive" meet on `arriv`, and
 * "disconnects"/"disconnected"/"disconnecting" on `disconnect`. Heavier
 * stemmers merge words a help center keeps apart (`policy`/`police`).
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** "running" → "runn" → "run"; l, s and z stay doubled ("installed" → "install"). */
function undouble(w: string): string {
  const last = w[w.length - 1];
  return w.length > 2 && last === w[w.length - 2] && last !== undefined && !'lsz'.includes(last) && !VOWEL.test(last) ? w.slice(0, -1) : w;
}

/** Every word of `text` with its offsets. Stop words are kept here; callers decide. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(WORD)) {
    const word = fold(found[0]);
    const start = found.index;
    tokens.push({ term: stem(word), word, start, end: start + found[0].length });
  }
  return tokens;
}

/**
 * The distinct terms of a text, without stop words, for indexing. `cache`
 * maps a raw word to its term (or to `''` for a stop word): a help center
 * repeats the same few thousand words, so building an index folds and stems
 * each one once.
 */
export function indexTerms(text: string, cache?: Map<string, string>): string[] {
  const terms = new Set<string>();
  for (const found of text.matchAll(WORD)) {
    const raw = found[0];
    let term = cache?.get(raw);
    if (term === undefined) {
      const word = fold(raw);
      term = STOP_WORDS.has(word) ? '' : stem(word);
      cache?.set(raw, term);
    }
    if (term !== '') terms.add(term);
  }
  return [...terms];
}
