// German stop words and stemmer: the Snowball rules, as a well-kept package ships them
// (about 2.2 kB gzip together, in the search chunk only; see the README's search section).
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stopwords as germanStopWords } from '@orama/stopwords/german';
import { foldWord } from './fold-word';

/**
 * The language rules search applies to the words of one help center, at
 * build time and at query time alike: which words say nothing (stop words),
 * and how a word is reduced to its term (stemming). Folding (accents, `ß`)
 * and splitting text into words are the same for every language; see
 * `tokenize.ts`.
 */
export interface SearchLanguage {
  /** The rules' name, written into the search data so an index built with other rules is rebuilt: `en`, `de`, `ja`, `none`. */
  name: string;
  /** The index's locale these rules were picked for (absent: the index names none). */
  locale: string | undefined;
  /** Whether a folded, lower-cased word is a stop word. */
  isStopWord(word: string): boolean;
  /**
   * The term of a word: lower-cased, accents folded (see `fold-word.ts`), stemmed.
   * `lower` is the word lower-cased but not folded yet (Snowball reads `ä` and `ß`), `folded` the same folded.
   */
  term(lower: string, folded: string): string;
  /**
   * Another spelling to try for a typed word the index does not know, folded:
   * German typed as `ueber` for `über` reads `uber`. Absent when the language has none.
   */
  alternate?(word: string): string | undefined;
}

/** Function words a stuck user adds to a question; they say nothing about which symptom is meant. */
const ENGLISH_STOP_WORDS = new Set(
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

const VOWEL = /[aeiouy]/;

/**
 * A deliberately light English stemmer: plural `s`/`ies`, `ing`, `ed` and a
 * final `e`, so "arriving", "arrives" and "arrive" meet on `arriv`, and
 * "disconnects"/"disconnected"/"disconnecting" on `disconnect`. Heavier
 * stemmers merge words a help center keeps apart (`policy`/`police`).
 */
export function stemEnglish(word: string): string {
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

/**
 * Japanese particles (`は が を に で と も の`) and any other single
 * hiragana a segmenter cuts off (`さ`, `れ` of `されない`): grammar, not
 * subject. They only ever come out of text in a script written without
 * spaces, so they are stop words in every language.
 */
const KANA_GRAMMAR = /^\p{scx=Hiragana}$/u;

const GERMAN_STOP_WORDS = new Set(
  [
    ...germanStopWords.map(foldWord),
    // Negations and "cannot": every symptom is phrased with them (as in English above).
    'kein', 'keine', 'nicht', 'nie', 'kann', 'konnen', 'geht', 'bitte', 'warum', 'wieso',
  ],
);

const folded = (_lower: string, word: string) => word;

const english: SearchLanguage = {
  name: 'en',
  locale: undefined,
  isStopWord: (word) => ENGLISH_STOP_WORDS.has(word) || KANA_GRAMMAR.test(word),
  term: (_lower, word) => stemEnglish(word),
};

/**
 * Languages not written in Latin letters. Their own words are only folded
 * (and, for the scripts written without spaces, split by `Intl.Segmenter`;
 * see `tokenize.ts`); words in Latin letters inside them are product names
 * or English (an article not translated yet), so they get the English rules.
 */
const NON_LATIN_LANGUAGES = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my', 'ko', 'ar', 'fa', 'he', 'ru', 'uk', 'bg', 'el', 'hi']);

const cache = new Map<string, SearchLanguage>();

/** The primary language subtag of a BCP 47 tag, lower-cased: `pt-BR` → `pt`. */
export function primaryLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The rules for an index's locale (`index.helpCenter.locale`). No locale
 * means English, as before help centers had locales. German has Snowball
 * stemming and stop words; Japanese drops its particles; languages in
 * other scripts fold their own words and read Latin ones as English; every
 * other language only folds (its words still meet by prefix while typing
 * and by the stem slack of search, see `search.ts`).
 */
export function searchLanguage(locale?: string | null): SearchLanguage {
  if (typeof locale !== 'string' || locale === '') return english;
  const known = cache.get(locale);
  if (known) return known;
  const primary = primaryLanguage(locale);
  let language: SearchLanguage;
  if (primary === 'en') language = { ...english, locale };
  else if (NON_LATIN_LANGUAGES.has(primary)) language = { ...english, name: primary, locale };
  else if (primary === 'de') {
    language = {
      name: 'de',
      locale,
      isStopWord: (word) => GERMAN_STOP_WORDS.has(word) || KANA_GRAMMAR.test(word),
      // Snowball reads the word with its umlauts and ß; numbers and codes stay as typed.
      term: (lower, word) => (word.length <= 3 || /\d/.test(word) ? word : foldWord(germanStemmer(lower))),
      // Without umlaut keys, "ü" is typed "ue": `ueberschreitet` is read as `uberschreitet` when the first finds nothing.
      alternate: (word) => {
        const plain = word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
        return plain === word ? undefined : plain;
      },
    };
  } else language = { name: 'none', locale, isStopWord: (word) => KANA_GRAMMAR.test(word), term: folded };
  cache.set(locale, language);
  return language;
}
