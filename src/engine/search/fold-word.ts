/**
 * Letters that Unicode decomposition leaves whole, though a user typing on
 * another keyboard writes them otherwise: `ß` as `ss`, `æ` as `ae`, `ø` as
 * `o`, the dotless `ı` as `i`.
 */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
};
const LETTER = /[ßæœøłđðþıħŧŋĸ]/g;

/**
 * The accents of Latin, Greek and Cyrillic letters once decomposed, and the
 * vowel points of Arabic and Hebrew (and the Arabic tatweel), which readers
 * leave out when they type. Only these: the marks of other scripts are part
 * of their letters (Thai vowels, the voicing mark of `が`, which is not `か`).
 */
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/g;

/**
 * A word as search compares it: lower-cased, accents removed (`é` = `e`,
 * `ü` = `u`), letters without a decomposition spelled out (`ß` = `ss`), and
 * compatibility forms made plain (full-width `ｌｏｇｉｎ` = `login`, half-width
 * `ﾛｸﾞｲﾝ` = `ログイン`). ASCII costs one test.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .replace(LETTER, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFC');
}
