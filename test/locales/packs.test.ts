import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { es } from '../../src/locales/es';
import { fr } from '../../src/locales/fr';
import { ja } from '../../src/locales/ja';
import { ptBR } from '../../src/locales/pt-BR';
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

const packs: HelpLocalePack[] = [de, fr, es, ptBR, ja, ar];

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

describe('given Japanese and Arabic, whose scripts are not Latin', () => {
  const script: Record<string, RegExp> = {
    ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
    ar: /\p{Script=Arabic}/u,
  };
  it.each([ja, ar])('writes every label of $locale in its script', (pack) => {
    for (const { key, text } of texts(pack.labels)) expect(text, key).toMatch(script[pack.locale]!);
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
