import { afterEach, describe, expect, it } from 'vitest';
import { foldWord } from '../../../src/engine/search/fold-word';
import { searchLanguage } from '../../../src/engine/search/search-language';
import { queryKeyRanges } from '../../../src/engine/search/search';
import { termKey } from '../../../src/engine/search/term-key';
import { characterPairs, indexTerms, tokenize } from '../../../src/engine/search/tokenize';

const words = (text: string, locale?: string) => tokenize(text, searchLanguage(locale)).map((token) => token.word);
const terms = (text: string, locale?: string) => tokenize(text, searchLanguage(locale)).map((token) => token.term);

describe('given text in a script written without spaces', () => {
  it('splits Japanese into words, kana and kanji mixed', () => {
    expect(words('セッションが表示されない', 'ja')).toEqual(expect.arrayContaining(['セッション', 'が', '表示', 'ない']));
    expect(words('二段階認証のコード', 'ja')).toEqual(expect.arrayContaining(['認証', 'コード']));
  });

  it('splits Chinese into words', () => {
    expect(words('无法登录账户', 'zh')).toEqual(['无法', '登录', '账户']);
  });

  it('splits Thai into words, keeping its vowel and tone marks in them', () => {
    const found = words('ไม่สามารถเข้าสู่ระบบได้', 'th');
    expect(found).toEqual(expect.arrayContaining(['ไม่', 'สามารถ', 'ระบบ']));
    expect(found.join('')).toBe('ไม่สามารถเข้าสู่ระบบได้');
  });

  it('keeps Latin words inside Japanese apart, with the offsets of the text', () => {
    const text = 'Webhookが届かない';
    const tokens = tokenize(text, searchLanguage('ja'));
    expect(tokens[0]).toMatchObject({ word: 'webhook', start: 0, end: 7 });
    for (const token of tokens) expect(foldWord(text.slice(token.start, token.end))).toBe(token.word);
  });

  it('gives a long word its character pairs, for search to read when the index does not hold the word', () => {
    const [token] = tokenize('セッション', searchLanguage('ja'));
    expect(token?.parts).toEqual(['セッ', 'ッシ', 'ショ', 'ョン']);
  });

  it('indexes the words, without particles', () => {
    expect(indexTerms('セッションが表示されない', undefined, searchLanguage('ja'))).toEqual(expect.arrayContaining(['セッション', '表示', 'ない']));
    expect(indexTerms('セッションが表示されない', undefined, searchLanguage('ja'))).not.toContain('が');
  });

  it('counts a character outside the basic plane as one character', () => {
    expect(characterPairs('𠮷野家')).toEqual(['𠮷野', '野家']);
  });
});

describe('given a runtime without Intl.Segmenter', () => {
  const saved = Intl.Segmenter;
  afterEach(() => {
    (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter = saved;
  });

  it('reads Japanese by character pairs', () => {
    (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter = undefined;
    expect(words('表示されない', 'ja')).toEqual(['表示', '示さ', 'され', 'れな', 'ない']);
    expect(words('表', 'ja')).toEqual(['表']);
    expect(words('sign in', 'ja')).toEqual(['sign', 'in']);
  });
});

describe('given letters with accents or without a decomposition', () => {
  it.each([
    ['Café', 'cafe'],
    ['Überschreitet', 'uberschreitet'],
    ['Größe', 'grosse'],
    ['ẞ', 'ss'],
    ['Æble', 'aeble'],
    ['cœur', 'coeur'],
    ['Søknad', 'soknad'],
    ['Łódź', 'lodz'],
    ['Đorđe', 'dorde'],
    ['Þing', 'thing'],
    ['hıza', 'hiza'],
    ['İstanbul', 'istanbul'],
    ['ｌｏｇｉｎ', 'login'],
    ['ﾛｸﾞｲﾝ', 'ログイン'],
    ['ガ', 'ガ'],
    ['كَلِمَة', 'كلمة'],
    ['شـــكرا', 'شكرا'],
    ['שָׁלוֹם', 'שלום'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it('reads a letter typed with a separate accent as one word', () => {
    expect(words('cafe\u0301 au lait')).toEqual(['cafe', 'au', 'lait']);
  });
});

describe('given the language of the index', () => {
  it('stems English when the index names no locale, as before', () => {
    expect(terms('arriving arrives disconnected')).toEqual(['arriv', 'arriv', 'disconnect']);
  });

  it('stems German with its own rules, with or without umlauts typed', () => {
    expect(terms('Passwörter Passworter Passwort', 'de')).toEqual(['passwort', 'passwort', 'passwort']);
    expect(terms('Verbindungen Verbindung', 'de-AT')).toEqual(['verbind', 'verbind']);
  });

  it('drops German function words and Japanese particles as stop words', () => {
    const german = searchLanguage('de');
    expect(['die', 'nicht', 'uber', 'fur'].every((word) => german.isStopWord(word))).toBe(true);
    expect(german.isStopWord('sitzung')).toBe(false);
    const japanese = searchLanguage('ja');
    expect(['は', 'が', 'を', 'に', 'で', 'と', 'も', 'の'].every((word) => japanese.isStopWord(word))).toBe(true);
    expect(japanese.isStopWord('表示')).toBe(false);
  });

  it('reads Latin words in an index of another script as English', () => {
    expect(terms('Webhooks الإشعارات', 'ar')).toEqual(['webhook', 'الاشعارات']);
  });

  it('only folds a language it has no rules for', () => {
    expect(terms('Connexions refusées', 'fr')).toEqual(['connexions', 'refusees']);
  });
});

describe('given the keys the split index files terms under', () => {
  it('keys a word by its first three characters, a character outside the basic plane counted as one', () => {
    expect(termKey('𠮷野家の牛丼')).toBe('𠮷野家');
    expect(termKey('表示')).toBe('表示');
  });

  it('reaches every key a one-character Japanese word being typed begins', () => {
    const ranges = queryKeyRanges('表', searchLanguage('ja'));
    const reaches = (key: string) => ranges.some(([from, to]) => from <= key && key < to);
    expect(['表', '表示', '表示名', '𠮷'].map(reaches)).toEqual([true, true, true, false]);
    expect(queryKeyRanges('𠮷', searchLanguage('ja')).some(([from, to]) => from <= '𠮷野家' && '𠮷野家' < to)).toBe(true);
  });

  it('reaches the keys of a long word\'s character pairs, which search reads when the word is not in the index', () => {
    const ranges = queryKeyRanges('サインインできない', searchLanguage('ja'));
    const reaches = (key: string) => ranges.some(([from, to]) => from <= key && key < to);
    for (const token of tokenize('サインインできない', searchLanguage('ja'))) {
      for (const part of token.parts ?? []) expect(reaches(part)).toBe(true);
    }
  });
});
