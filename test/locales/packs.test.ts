import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { es } from '../../src/locales/es';
import { fr } from '../../src/locales/fr';
import { it as italian } from '../../src/locales/it';
import { ja } from '../../src/locales/ja';
import { ko } from '../../src/locales/ko';
import { nl } from '../../src/locales/nl';
import { pl } from '../../src/locales/pl';
import { ptBR } from '../../src/locales/pt-BR';
import { tr } from '../../src/locales/tr';
import { zhHans } from '../../src/locales/zh-Hans';
import { pickLocale } from '../../src/engine/base/locale';
import { packIntl } from '../../src/locales/pack-intl';
import { defaultLabels } from '../../src/react/default-labels';
import type { HelpLabels, HelpLocalePack } from '../../src/react/labels';
import { localePacks } from '../../scripts/locale-pack-sizes.mjs';

/**
 * Every English label, `calloutTitle` included: typed `Required`, so a new label
 * without an English text fails to compile here, and a new key fails every pack below.
 */
const english: Required<HelpLabels> = {
  ...defaultLabels,
  calloutTitle: (kind) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
};

type FunctionKey = { [K in keyof HelpLabels]-?: NonNullable<HelpLabels[K]> extends (...args: never[]) => string ? K : never }[keyof HelpLabels];

/** Arguments to call each function label with; a new function label must be added here (it is typed). */
const calls: { [K in FunctionKey]: Parameters<NonNullable<HelpLabels[K]>>[] } = {
  resultCount: [[0], [1], [2], [3], [11], [100], [1234]],
  noResults: [['xyz']],
  suggestedForError: [['E_Ω42'], [undefined]],
  suggestedForSearch: [['webhook'], ['']],
  suggestedBecause: [[['ρ1', 'ρ2', 'ρ3']], [['ρ1']]],
  checkedCount: [[0, 5], [1, 5], [3, 5]],
  calloutTitle: [['note'], ['tip'], ['info'], ['important'], ['warning'], ['caution'], ['danger']],
  shownInLanguage: [['Ελληνικά', 'el']],
  moreArticles: [[1], [2], [3], [11], [100], [480]],
  unknownReason: [['reported-unknown'], ['threw'], ['rejected'], ['invalid-result'], ['timeout'], ['aborted']],
  checkingCount: [[0], [1], [2], [3], [11], [100]],
  checkSummary: [[{ passed: 0, failed: 0, unknown: 0 }], [{ passed: 1, failed: 2, unknown: 1 }], [{ passed: 11, failed: 0, unknown: 0 }]],
  required: [['Ω-field:'], ['Ω-field']],
};

const packs: HelpLocalePack[] = [de, fr, es, ptBR, ja, ar, zhHans, ko, italian, nl, pl, tr];

/** Every text a pack can produce: its string labels, and each function label on every sample call. */
function texts(labels: Required<HelpLabels>): { key: string; text: string }[] {
  return Object.entries(labels).flatMap(([key, value]) => {
    if (typeof value === 'string') return [{ key, text: value }];
    const samples = calls[key as FunctionKey] as unknown[][];
    return samples.map((args) => ({ key: `${key}(${JSON.stringify(args)})`, text: (value as (...a: unknown[]) => string)(...args) }));
  });
}

describe('given the label packs in src/locales', () => {
  it('has one pack module per tag, each tested here', () => {
    const tags = localePacks(fileURLToPath(new URL('../../src/locales/', import.meta.url)), '.ts').map((pack) => pack.tag);
    expect(tags).toEqual(packs.map((pack) => pack.locale).sort());
  });

  it('exports each pack both by name and as the default export', async () => {
    for (const pack of packs) {
      const module = (await import(`../../src/locales/${pack.locale}.ts`)) as Record<string, unknown>;
      expect(module.default).toBe(pack);
      expect(Object.values(module).filter((value) => value === pack)).toHaveLength(2);
    }
  });
});

describe.each(packs.map((pack) => [pack.locale, pack] as const))('given the %s pack', (tag, pack) => {
  it('translates every key of the English labels, and nothing else', () => {
    expect(Object.keys(pack.labels).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof HelpLabels)[]) {
      expect(typeof pack.labels[key], key).toBe(typeof english[key]);
    }
  });

  it('gives non-empty text for every label and every sample call', () => {
    for (const { key, text } of texts(pack.labels)) {
      expect(typeof text, key).toBe('string');
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('is right to left only when it is Arabic', () => {
    expect(pack.dir).toBe(tag === 'ar' ? 'rtl' : 'ltr');
  });

  it('leaves no English behind', () => {
    const englishTexts = new Map(texts(english).map(({ key, text }) => [key, text]));
    // Words the English labels use that none of these languages shares with English.
    // Whole words only: "resultó" is Spanish, not "result".
    const englishWords = /(?<!\p{L})(the|and|of|for|you|your|help|search|results?|loading|could|please|checked|checking|failed|passed|shown|copy|send|still|stuck)(?!\p{L})/iu;
    for (const { key, text } of texts(pack.labels)) {
      expect(text, key).not.toMatch(englishWords);
      // The same word can be right in two languages ("Info", "Important", "Danger", "(optional)"), never whole sentences.
      if (text.length > 12) expect(text, key).not.toBe(englishTexts.get(key));
    }
  });

  it('quotes a field without the colon of its label', () => {
    expect(pack.labels.required('Ω-field:')).toBe(pack.labels.required('Ω-field'));
    expect(pack.labels.required('Ω-field:')).toContain('Ω-field');
    expect(pack.labels.required('Ω-field:')).not.toContain('Ω-field:');
  });

  it('names the language an untranslated article is shown in', () => {
    const language = new Intl.DisplayNames(tag, { type: 'language' }).of('en') ?? '';
    expect(pack.labels.shownInLanguage(language, 'en')).toContain(language);
  });

  it('keeps the query, the error code and the reasons it is given', () => {
    expect(pack.labels.noResults('xyz')).toContain('xyz');
    expect(pack.labels.suggestedForError('WEBHOOK_DELIVERY_FAILED')).toContain('WEBHOOK_DELIVERY_FAILED');
    const because = pack.labels.suggestedBecause(['ρ1', 'ρ2', 'ρ3']);
    expect(because).toContain('ρ1');
    expect(because).toContain('ρ2');
    expect(because).not.toContain('ρ3');
  });
});

describe('given the packs whose scripts are not Latin', () => {
  const script: Record<string, RegExp> = {
    ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
    ar: /\p{Script=Arabic}/u,
    ko: /\p{Script=Hangul}/u,
    'zh-Hans': /\p{Script=Han}/u,
  };
  it.each([ja, ar, ko, zhHans])('writes every label of $locale in its script', (pack) => {
    for (const { key, text } of texts(pack.labels)) expect(text, key).toMatch(script[pack.locale]!);
  });

  it('writes Korean in Hangul alone, as Korean software does, without Chinese characters', () => {
    for (const { key, text } of texts(ko.labels)) expect(text, key).not.toMatch(/\p{Script=Han}/u);
  });

  it('writes Chinese in Simplified characters, none of the Traditional forms of those it uses', () => {
    // The Traditional forms of characters the pack uses (帮 幫, 关 關; 搜 and 查 are the same in both and left out).
    const traditional = /[幫關閉載試時無於結與這個請項檢錯誤應讀選擇標頁開連複製確認籤發給團隊獲資訊內務裡擊撥說]/u;
    for (const { key, text } of texts(zhHans.labels)) expect(text, key).not.toMatch(traditional);
  });
});

describe('given the way each language quotes', () => {
  const marks: Record<string, [string, string]> = {
    de: ['„', '“'],
    fr: ['«\u00A0', '\u00A0»'],
    es: ['«', '»'],
    'pt-BR': ['“', '”'],
    ja: ['「', '」'],
    ar: ['«', '»'],
    'zh-Hans': ['“', '”'],
    ko: ['‘', '’'],
    it: ['«', '»'],
    nl: ['‘', '’'],
    pl: ['„', '”'],
    tr: ['“', '”'],
  };
  it.each(packs.map((pack) => [pack.locale, pack] as const))('quotes the query and the field in %s marks', (tag, pack) => {
    const [open, close] = marks[tag]!;
    expect(pack.labels.noResults('xyz')).toContain(`${open}xyz${close}`);
    expect(pack.labels.required('Ω-field:')).toContain(`${open}Ω-field${close}`);
  });
});

describe('given Turkish and Korean, whose suffixes and particles follow the sound of the word before', () => {
  // What a pack inserts: a query, a field's label, a language's name, a number.
  const inserted = (labels: Required<HelpLabels>, language: string) => [
    labels.noResults('xyz'),
    labels.required('Ω-field'),
    labels.shownInLanguage(language, 'el'),
    ...[1, 3, 10, 1234].flatMap((n) => [labels.resultCount(n), labels.moreArticles(n), labels.checkingCount(n), labels.checkedCount(n, 20)]),
    labels.checkSummary({ passed: 2, failed: 3, unknown: 6 }),
  ];
  const value = (language: string) => `(?:xyz|Ω-field|${language}|\\d)`;

  it('attaches no Turkish suffix to an inserted word or number, quoted or not', () => {
    const language = new Intl.DisplayNames('tr', { type: 'language' }).of('el')!;
    for (const text of inserted(tr.labels, language)) expect(text).not.toMatch(new RegExp(`${value(language)}[”’]?['’]?\\p{L}`, 'u'));
  });

  it('puts no Korean particle that depends on the last sound right after an inserted word or number', () => {
    const language = new Intl.DisplayNames('ko', { type: 'language' }).of('el')!;
    for (const text of inserted(ko.labels, language)) expect(text).not.toMatch(new RegExp(`${value(language)}’?(?:이|가|을|를|은|는|과|와|으로|로)`, 'u'));
  });
});

describe('given a user who asks for a language the packs cover', () => {
  const tags = packs.map((pack) => pack.locale);

  it('chooses the Simplified Chinese pack for zh, zh-CN, zh-SG and zh-Hans-*', () => {
    for (const requested of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK', 'zh-Hans-MY']) {
      expect(pickLocale(tags, requested, ''), requested).toBe('zh-Hans');
    }
  });

  it('chooses no pack for Traditional Chinese, rather than Simplified labels', () => {
    for (const requested of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW']) expect(pickLocale(tags, requested, ''), requested).toBe('');
  });

  it('chooses each new pack for its language, whatever the region', () => {
    const asked: Record<string, string> = { 'ko-KR': 'ko', 'it-CH': 'it', 'nl-BE': 'nl', 'pl-PL': 'pl', 'tr-CY': 'tr', it: 'it' };
    for (const [requested, tag] of Object.entries(asked)) expect(pickLocale(tags, requested, ''), requested).toBe(tag);
  });
});

describe('given counts in each language', () => {
  it('gives Arabic all six plural forms', () => {
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).toHaveLength(6);
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.labels.resultCount(n))).toEqual([
      'لا توجد نتائج',
      'نتيجة واحدة',
      'نتيجتان',
      '3 نتائج',
      '11 نتيجة',
      '100 نتيجة',
    ]);
    expect([1, 2, 3, 10, 11, 99, 100, 103].map((n) => ar.labels.checkingCount(n))).toEqual([
      'جارٍ التحقق من بند واحد…',
      'جارٍ التحقق من بندين…',
      'جارٍ التحقق من 3 بنود…',
      'جارٍ التحقق من 10 بنود…',
      'جارٍ التحقق من 11 بندًا…',
      'جارٍ التحقق من 99 بندًا…',
      'جارٍ التحقق من 100 بند…',
      'جارٍ التحقق من 103 بنود…',
    ]);
  });

  it('gives Japanese one form, with the counter 件 and grouped digits', () => {
    expect(new Intl.PluralRules('ja').resolvedOptions().pluralCategories).toEqual(['other']);
    expect([1, 2, 1234].map((n) => ja.labels.resultCount(n))).toEqual(['1件の結果', '2件の結果', '1,234件の結果']);
    expect(ja.labels.checkedCount(3, 5)).toBe('5件中3件完了');
  });

  it('treats zero as plural in Brazilian Portuguese, though its plural rules call 0 "one"', () => {
    expect(new Intl.PluralRules('pt-BR').select(0)).toBe('one');
    expect([0, 1, 2].map((n) => ptBR.labels.resultCount(n))).toEqual(['Nenhum resultado', '1 resultado', '2 resultados']);
    expect([0, 1, 2].map((n) => ptBR.labels.checkingCount(n))).toEqual(['Verificando 0 itens…', 'Verificando 1 item…', 'Verificando 2 itens…']);
    expect(ptBR.labels.checkSummary({ passed: 0, failed: 1, unknown: 1 })).toBe('0 aprovadas, 1 com falha, 1 não verificada.');
    expect(ptBR.labels.checkSummary({ passed: 1, failed: 0, unknown: 2 })).toBe('1 aprovada, 0 com falha, 2 não verificadas.');
    expect(ptBR.labels.resultCount(1_000_000)).toBe('1.000.000 de resultados');
  });

  it('uses German singular and plural, with German digit grouping', () => {
    expect([0, 1, 2, 1234].map((n) => de.labels.resultCount(n))).toEqual(['Keine Ergebnisse', '1 Ergebnis', '2 Ergebnisse', '1.234 Ergebnisse']);
    expect([1, 3].map((n) => de.labels.checkingCount(n))).toEqual(['1 Punkt wird geprüft…', '3 Punkte werden geprüft…']);
    expect(de.labels.checkedCount(1234, 2000)).toBe('1.234 von 2.000 erledigt');
  });

  it('uses French "one" for 0 and 1 and "de" before a million', () => {
    expect([0, 1, 2].map((n) => fr.labels.resultCount(n))).toEqual(['Aucun résultat', '1 résultat', '2 résultats']);
    expect(fr.labels.resultCount(1_000_000)).toMatch(/^1\s000\s000 de résultats$/u);
    expect([0, 1, 2].map((n) => fr.labels.checkedCount(n, 5))).toEqual(['0 sur 5 cochée', '1 sur 5 cochée', '2 sur 5 cochées']);
    expect(fr.labels.checkSummary({ passed: 1, failed: 1, unknown: 2 })).toBe('1 réussie, 1 en échec, 2 impossibles à vérifier.');
  });

  it('gives Polish one, few and many for whole numbers and the genitive singular for fractions', () => {
    expect(new Intl.PluralRules('pl').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other']);
    expect([0, 1, 2, 4, 5, 12, 14, 21, 22, 25, 112, 1.5].map((n) => pl.labels.resultCount(n))).toEqual([
      'Brak wyników',
      '1 wynik',
      '2 wyniki',
      '4 wyniki',
      '5 wyników',
      '12 wyników',
      '14 wyników',
      '21 wyników',
      '22 wyniki',
      '25 wyników',
      '112 wyników',
      '1,5 wyniku',
    ]);
    expect([1, 3, 5, 1.5].map((n) => pl.labels.moreArticles(n))).toEqual([
      '…i jeszcze 1 artykuł. Można go znaleźć, korzystając z wyszukiwania.',
      '…i jeszcze 3 artykuły. Można je znaleźć, korzystając z wyszukiwania.',
      '…i jeszcze 5 artykułów. Można je znaleźć, korzystając z wyszukiwania.',
      '…i jeszcze 1,5 artykułu. Można je znaleźć, korzystając z wyszukiwania.',
    ]);
    // After "Sprawdzanie" the genitive: singular for 1, plural for every other whole number.
    expect([1, 2, 5, 22].map((n) => pl.labels.checkingCount(n))).toEqual([
      'Sprawdzanie 1 elementu…',
      'Sprawdzanie 2 elementów…',
      'Sprawdzanie 5 elementów…',
      'Sprawdzanie 22 elementów…',
    ]);
  });

  it('groups Polish digits with a no-break space from five digits on', () => {
    expect(pl.labels.resultCount(1234)).toBe('1234 wyniki');
    expect(pl.labels.resultCount(12_345)).toBe('12\u00A0345 wyników');
    expect(pl.labels.checkedCount(12_345, 20_000)).toBe('Sprawdzono 12\u00A0345 z 20\u00A0000');
  });

  it('uses Italian singular, plural and "di" before a million', () => {
    expect([0, 1, 2, 1.5].map((n) => italian.labels.resultCount(n))).toEqual(['Nessun risultato', '1 risultato', '2 risultati', '1,5 risultati']);
    expect([1234, 12_345, 1_000_000].map((n) => italian.labels.resultCount(n))).toEqual(['1234 risultati', '12.345 risultati', '1.000.000 di risultati']);
    expect([1, 480].map((n) => italian.labels.moreArticles(n))).toEqual([
      '… e 1 altro articolo, che si trova con la ricerca.',
      '… e altri 480 articoli, che si trovano con la ricerca.',
    ]);
    expect(italian.labels.checkSummary({ passed: 1, failed: 2, unknown: 1 })).toBe('1 superata, 2 non superate, 1 non verificabile.');
    expect(italian.labels.checkSummary({ passed: 0, failed: 1, unknown: 3 })).toBe('0 superate, 1 non superata, 3 non verificabili.');
  });

  it('uses Dutch singular and plural, with Dutch digit grouping', () => {
    expect([0, 1, 2, 1234].map((n) => nl.labels.resultCount(n))).toEqual(['Geen resultaten', '1 resultaat', '2 resultaten', '1.234 resultaten']);
    expect([1, 2].map((n) => nl.labels.moreArticles(n))).toEqual(['… en nog 1 artikel. Zoek om het te vinden.', '… en nog 2 artikelen. Zoek om ze te vinden.']);
    expect([1, 3].map((n) => nl.labels.checkingCount(n))).toEqual(['1 punt wordt gecontroleerd…', '3 punten worden gecontroleerd…']);
    expect(nl.labels.checkedCount(1234, 2000)).toBe('1.234 van 2.000 afgevinkt');
  });

  it('keeps the Turkish noun singular after every number, though its plural rules tell 1 apart', () => {
    expect(new Intl.PluralRules('tr').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
    expect([0, 1, 2, 1234].map((n) => tr.labels.resultCount(n))).toEqual(['Sonuç yok', '1 sonuç', '2 sonuç', '1.234 sonuç']);
    expect([1, 3].map((n) => tr.labels.checkingCount(n))).toEqual(['1 öğe kontrol ediliyor…', '3 öğe kontrol ediliyor…']);
    expect(tr.labels.moreArticles(480)).toBe('…ve 480 makale daha. Aramayla bulabilirsiniz.');
    expect(tr.labels.checkedCount(3, 5)).toBe('5 kontrolden 3 tanesi tamamlandı');
  });

  it('gives Korean one form, with the counter 개 and grouped digits', () => {
    expect(new Intl.PluralRules('ko').resolvedOptions().pluralCategories).toEqual(['other']);
    expect([0, 1, 2, 1234].map((n) => ko.labels.resultCount(n))).toEqual(['결과 없음', '결과 1개', '결과 2개', '결과 1,234개']);
    expect(ko.labels.checkedCount(3, 5)).toBe('5개 중 3개 완료');
    expect(ko.labels.checkingCount(3)).toBe('항목 3개를 확인하는 중…');
    expect(ko.labels.checkSummary({ passed: 2, failed: 1, unknown: 1 })).toBe('통과 2개, 실패 1개, 확인 불가 1개.');
  });

  it('gives Chinese one form, with the measure word of each noun and grouped digits', () => {
    expect(new Intl.PluralRules('zh-Hans').resolvedOptions().pluralCategories).toEqual(['other']);
    expect([0, 1, 2, 1234].map((n) => zhHans.labels.resultCount(n))).toEqual(['没有结果', '1 条结果', '2 条结果', '1,234 条结果']);
    expect(zhHans.labels.moreArticles(480)).toBe('…另有 480 篇文章，可通过搜索查找。');
    expect(zhHans.labels.checkingCount(3)).toBe('正在检查 3 项…');
    expect(zhHans.labels.checkedCount(3, 5)).toBe('共 5 项，已完成 3 项');
    expect(zhHans.labels.checkSummary({ passed: 2, failed: 1, unknown: 0 })).toBe('2 项通过，1 项未通过。');
  });

  it('uses Spanish singular, plural and "de" before a million', () => {
    expect([0, 1, 2].map((n) => es.labels.resultCount(n))).toEqual(['Sin resultados', '1 resultado', '2 resultados']);
    expect(es.labels.resultCount(1_000_000)).toBe('1.000.000 de resultados');
    expect([1, 2].map((n) => es.labels.checkingCount(n))).toEqual(['Comprobando 1 elemento…', 'Comprobando 2 elementos…']);
  });
});

describe('given the Intl objects a pack uses', () => {
  // `Intl.PluralRules` is typed read-only; the test swaps it for a counting subclass and back.
  const intlObject = Intl as { PluralRules: typeof Intl.PluralRules; NumberFormat: typeof Intl.NumberFormat };
  const RealPluralRules = Intl.PluralRules;
  const RealNumberFormat = Intl.NumberFormat;
  afterEach(() => {
    intlObject.PluralRules = RealPluralRules;
    intlObject.NumberFormat = RealNumberFormat;
  });

  it('creates them on first use and only once', () => {
    const made: string[] = [];
    intlObject.PluralRules = class extends RealPluralRules {
      constructor(...args: ConstructorParameters<typeof RealPluralRules>) {
        super(...args);
        made.push('plural');
      }
    } as typeof Intl.PluralRules;
    intlObject.NumberFormat = class extends RealNumberFormat {
      constructor(...args: ConstructorParameters<typeof RealNumberFormat>) {
        super(...args);
        made.push('number');
      }
    } as typeof Intl.NumberFormat;
    const intl = packIntl('de');
    expect(made).toEqual([]);
    for (const n of [1, 2, 3]) intl.count(n, { one: (s) => `${s} Ergebnis`, other: (s) => `${s} Ergebnisse` });
    expect(made.sort()).toEqual(['number', 'plural']);
  });
});
