import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalLocale, localeChain, pickLocale, sameLanguage, textDirection } from '../../../src/engine/base/locale';
import { openHelpIndex } from '../../../src/engine/split/index-loader';
import { splitIndex, contentHash } from '../../../src/compiler/split-index';
import type { HelpIndex, HelpLocalesManifest } from '../../../src/schema/help-index';
import { compiledSample } from '../fixtures/compiled-samples';

describe('given locale tags', () => {
  it('spells them canonically and refuses what is not a tag', () => {
    expect(canonicalLocale('pt-br')).toBe('pt-BR');
    expect(canonicalLocale('EN_us')).toBe('en-US');
    expect(canonicalLocale('zh-hant-tw')).toBe('zh-Hant-TW');
    for (const bad of ['', '  ', 'not a tag', 'x', 42, null, undefined, '--']) expect(canonicalLocale(bad)).toBeUndefined();
  });

  it('falls back from the most specific tag to the language', () => {
    expect(localeChain('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(localeChain('de-DE-u-co-phonebk')).toEqual(['de-DE', 'de']);
    expect(localeChain('nonsense tag')).toEqual([]);
  });

  it('picks the tag, then a shorter one, then another region of the language, then the default', () => {
    const available = ['en', 'de', 'pt', 'es-419'];
    expect(pickLocale(available, 'de', 'en')).toBe('de');
    expect(pickLocale(available, 'DE-at', 'en')).toBe('de');
    expect(pickLocale(available, 'pt-BR', 'en')).toBe('pt');
    expect(pickLocale(available, 'es', 'en')).toBe('es-419');
    expect(pickLocale(available, 'es-MX', 'en')).toBe('es-419');
    expect(pickLocale(available, 'ja', 'en')).toBe('en');
    expect(pickLocale(available, undefined, 'en')).toBe('en');
    expect(pickLocale(available, '???', 'en')).toBe('en');
    // The answer is spelt as the help center spells its folder.
    expect(pickLocale(['pt-br'], 'pt-BR', 'en')).toBe('pt-br');
  });

  it('prefers, among regions of the language, the one the request implies', () => {
    // `pt` is Brazilian Portuguese and `es` the Spanish of Spain by CLDR's likely subtags.
    expect(pickLocale(['en', 'pt-PT', 'pt-BR'], 'pt', 'en')).toBe('pt-BR');
    expect(pickLocale(['en', 'es-419', 'es-ES'], 'es', 'en')).toBe('es-ES');
    expect(pickLocale(['en', 'pt-PT', 'pt-BR'], 'pt-AO', 'en')).toBe('pt-PT');
  });
});

describe('given a help center in Simplified Chinese, Traditional Chinese, or both', () => {
  const simplified = ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK', 'ZH_cn'];
  const traditional = ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-CN', 'zh-hk'];

  it('gives every request written in Simplified characters the Simplified locale', () => {
    for (const requested of simplified) {
      expect(pickLocale(['en', 'zh-Hans'], requested, 'en'), requested).toBe('zh-Hans');
      expect(pickLocale(['en', 'zh-Hant', 'zh-Hans'], requested, 'en'), requested).toBe('zh-Hans');
      expect(pickLocale(['en', 'zh-TW', 'zh-CN'], requested, 'en'), requested).toBe('zh-CN');
    }
  });

  it('gives every request written in Traditional characters the Traditional locale', () => {
    for (const requested of traditional) {
      expect(pickLocale(['en', 'zh-Hans', 'zh-Hant'], requested, 'en'), requested).toBe('zh-Hant');
      // A bare `zh` folder is Simplified: the Traditional one wins though `zh` is a shorter form of the request.
      expect(pickLocale(['en', 'zh', 'zh-Hant'], requested, 'en'), requested).toBe('zh-Hant');
      expect(pickLocale(['en', 'zh-CN', 'zh-TW'], requested, 'en'), requested).toBe('zh-TW');
    }
  });

  it('gives a reader of one script the fallback, not the other script', () => {
    for (const requested of traditional) {
      expect(pickLocale(['en', 'zh-Hans'], requested, 'en'), requested).toBe('en');
      expect(pickLocale(['en', 'zh'], requested, 'en'), requested).toBe('en');
      expect(pickLocale(['zh-Hans'], requested, ''), requested).toBe('');
    }
    for (const requested of simplified) expect(pickLocale(['en', 'zh-Hant', 'zh-TW'], requested, 'en'), requested).toBe('en');
  });

  it('keeps other languages apart by script too, except Serbian, whose readers take either', () => {
    expect(pickLocale(['en', 'az'], 'az-IR', 'en')).toBe('en');
    expect(pickLocale(['en', 'az', 'az-Arab'], 'az-IR', 'en')).toBe('az-Arab');
    expect(pickLocale(['en', 'pa'], 'pa-PK', 'en')).toBe('en');
    expect(pickLocale(['en', 'sr'], 'sr-Latn', 'en')).toBe('sr');
    expect(pickLocale(['en', 'sr-Latn'], 'sr', 'en')).toBe('sr-Latn');
    expect(pickLocale(['en', 'sr-Cyrl', 'sr-Latn'], 'sr-ME', 'en')).toBe('sr-Latn');
    // `sr` is Cyrillic, `sr-ME` Latin: the shorter tag gives way to the reader's own script.
    expect(pickLocale(['en', 'sr', 'sr-Latn'], 'sr-ME', 'en')).toBe('sr-Latn');
  });

  it('matches a language whose script is unknown by its tags alone', () => {
    expect(pickLocale(['en', 'qaa-x-demo'], 'qaa', 'en')).toBe('qaa-x-demo');
    expect(pickLocale(['en', 'tlh'], 'tlh-Latn', 'en')).toBe('tlh');
  });
});

describe('given locale tags, again', () => {
  it('tells whether two tags are one language', () => {
    expect(sameLanguage('pt-BR', 'pt')).toBe(true);
    expect(sameLanguage('en-GB', 'en-US')).toBe(true);
    expect(sameLanguage('en', 'de')).toBe(false);
    expect(sameLanguage(undefined, 'en')).toBe(false);
  });

  it('runs Arabic, Hebrew, Persian and Urdu right to left, and Latin-script Azerbaijani left to right', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'iw', 'fa-IR', 'ur', 'ps', 'yi', 'ku-Arab', 'az-Arab']) expect(textDirection(tag), tag).toBe('rtl');
    for (const tag of ['en', 'de', 'ja', 'zh-Hant', 'az-Latn', 'tr', 'bad tag', undefined]) expect(textDirection(tag), String(tag)).toBe('ltr');
  });
});

describe('given the split form of a help center in two locales on a static host', () => {
  let english: HelpIndex;
  let files: Map<string, string>;
  beforeAll(async () => {
    english = await compiledSample('ochre');
    const german: HelpIndex = { ...structuredClone(english), helpCenter: { ...english.helpCenter, locale: 'de', locales: ['en', 'de'] } };
    german.articles[0]!.title = 'Erster Artikel';
    files = new Map();
    const locales: Record<string, string> = {};
    for (const [tag, index] of [['en', english], ['de', german]] as const) {
      const split = splitIndex(index);
      for (const file of split.files) files.set(`https://cdn.example.com/help/${tag}/${file.name}`, file.text);
      files.set(`https://cdn.example.com/help/${tag}/${split.manifestName}`, split.manifestText);
      locales[tag] = `${tag}/${split.manifestName}`;
    }
    const root: HelpLocalesManifest = {
      format: 'help-panel-index',
      version: 3,
      kind: 'locales',
      helpCenter: english.helpCenter,
      hash: contentHash(JSON.stringify(locales)),
      defaultLocale: 'en',
      locales,
    };
    files.set('https://cdn.example.com/help/manifest.json', JSON.stringify(root));
  });

  const host = (requested: string[]) =>
    (async (url: string) => {
      requested.push(url);
      const text = files.get(url);
      return new Response(text ?? 'not found', { status: text === undefined ? 404 : 200 });
    }) as unknown as typeof fetch;

  it('opens the asked locale from manifest.json, its files from its own folder', async () => {
    const requested: string[] = [];
    const engine = await openHelpIndex('https://cdn.example.com/help/', { fetch: host(requested), locale: 'de-CH' });
    expect(engine.index.helpCenter.locale).toBe('de');
    const first = english.articles[0]!.id;
    await engine.lazy.load(first);
    expect(engine.article(first)?.title).toBe('Erster Artikel');
    expect(requested[0]).toBe('https://cdn.example.com/help/manifest.json');
    expect(requested.slice(1).every((url) => url.startsWith('https://cdn.example.com/help/de/'))).toBe(true);
  });

  it('opens the default locale for a language it does not have, and again from manifest.json after a deploy', async () => {
    const requested: string[] = [];
    const engine = await openHelpIndex('https://cdn.example.com/help/', { fetch: host(requested), locale: 'ja' });
    expect(engine.index.hash).toBe(english.hash);
    expect(requested[1]).toMatch(/^https:\/\/cdn\.example\.com\/help\/en\/manifest\.[0-9a-f]{8}\.json$/);
    const again = await engine.lazy.reopen();
    expect(requested.filter((url) => url.endsWith('/help/manifest.json'))).toHaveLength(2);
    expect(again.index.hash).toBe(engine.index.hash);
  });

  it('refuses a manifest.json that names a locale file elsewhere', async () => {
    const hostile = new Map(files);
    hostile.set('https://cdn.example.com/help/manifest.json', JSON.stringify({ format: 'help-panel-index', version: 3, kind: 'locales', helpCenter: { id: 'x' }, defaultLocale: 'en', locales: { en: 'https://evil.example/manifest.json' } }));
    const fetchHostile = (async (url: string) => new Response(hostile.get(url) ?? '', { status: hostile.has(url) ? 200 : 404 })) as unknown as typeof fetch;
    await expect(openHelpIndex('https://cdn.example.com/help/', { fetch: fetchHostile })).rejects.toMatchObject({ problem: 'invalid-shape' });
  });
});

describe('given a set of indexes by locale passed where one index is expected', () => {
  it('says which locales it holds and how to pass one', async () => {
    const { createHelpEngine } = await import('../../../src/engine/create-help-engine');
    const english = await compiledSample('ochre');
    const set = { format: 'help-panel-index', version: 1, kind: 'locales', helpCenter: english.helpCenter, defaultLocale: 'en', locales: { en: english, de: english } };
    expect(() => createHelpEngine(set)).toThrow(/several locales \(en, de\).*set\.locales\['en'\]/);
  });
});
