import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSources } from '../../../src/compiler/index';
import { createHelpEngine } from '../../../src/engine/create-help-engine';
import type { HelpEngine } from '../../../src/engine/types';
import type { HelpIndex } from '../../../src/schema/help-index';
import type { SampleName } from '../fixtures/compiled-samples';
import { localeContexts, localeLabeled, type QueryLocale } from '../fixtures/locale-queries';

const contentDir = (name: SampleName) => fileURLToPath(new URL(`../../../content/${name}`, import.meta.url));

/**
 * The English sources only: the Markdown files at the help center's root, without its locale folders.
 * The labels name symptoms by their English ids, so they are checked against this index.
 */
function compileEnglish(name: SampleName) {
  const dir = contentDir(name);
  const sources = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => ({ path: entry.name, text: readFileSync(join(dir, entry.name), 'utf8') }));
  return compileSources(sources, { root: `content/${name}` });
}

const english = new Map<SampleName, HelpEngine>();
const englishIndexes = new Map<SampleName, HelpIndex>();

beforeAll(() => {
  for (const name of ['oxvo', 'ochre'] as const) {
    const { index, diagnostics } = compileEnglish(name);
    expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    english.set(name, createHelpEngine(index));
    englishIndexes.set(name, index);
  }
});

const engineOf = (name: SampleName): HelpEngine => {
  const engine = english.get(name);
  if (!engine) throw new Error(`content/${name} was not compiled`);
  return engine;
};

const locales: QueryLocale[] = ['de', 'ja'];

describe.each(locales)('given the %s queries for the relevance tests', (locale) => {
  const queries = localeLabeled[locale];

  it('has at least 15 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(15);
  });

  it('labels every query with a symptom id the English source has', () => {
    const unknown = queries.filter(({ help, expected }) => engineOf(help).symptom(expected) === undefined).map((q) => `${q.query} → ${q.expected}`);
    expect(unknown).toEqual([]);
  });

  it('only asks about articles that have a translation in that language', () => {
    const untranslated = queries
      .filter(({ help, expected }) => !existsSync(join(contentDir(help), locale, `${expected.split('#')[0] ?? ''}.md`)))
      .map((q) => `${q.query} → ${q.expected}`);
    expect(untranslated).toEqual([]);
  });

  it('asks about every Oxvo symptom', () => {
    const covered = new Set(queries.filter((q) => q.help === 'oxvo').map((q) => q.expected));
    const missing = (englishIndexes.get('oxvo')?.symptoms ?? []).map((s) => s.id).filter((id) => !covered.has(id));
    expect(englishIndexes.get('oxvo')?.symptoms.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

describe('given the Japanese queries', () => {
  it('are typed as Japanese users type them: without spaces, and most with kana or kanji', () => {
    const spaced = localeLabeled.ja.filter(({ query }) => /\s/.test(query)).map(({ query }) => query);
    expect(spaced).toEqual([]);
    for (const { query } of localeLabeled.ja) expect(query, query).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
  });
});

describe('given the route and error cases for every locale', () => {
  it.each(localeContexts.map((c) => [`${c.help} ${c.route} ${JSON.stringify(c.error ?? null)}`, c] as const))(
    'the English index opens the labeled symptom first for %s',
    (_name, { help, route, error, expected }) => {
      const [best] = engineOf(help).match({ route, error });
      expect(best?.symptom.id).toBe(expected);
    },
  );
});

describe('given the translated indexes the compiler writes', () => {
  const translated = new Map<string, HelpEngine>();
  beforeAll(async () => {
    const { compileContent } = await import('../../../src/compiler/index');
    for (const name of ['oxvo', 'ochre'] as const) {
      const { locales: set } = await compileContent(contentDir(name));
      for (const locale of locales) {
        const index = set?.locales[locale];
        if (!index) throw new Error(`content/${name} has no ${locale} index`);
        translated.set(`${name}/${locale}`, createHelpEngine(index));
      }
    }
  });
  const engineIn = (name: SampleName, locale: QueryLocale) => translated.get(`${name}/${locale}`)!;

  it.each(locales.flatMap((locale) => localeContexts.map((c) => [locale, `${c.help} ${c.route} ${JSON.stringify(c.error ?? null)}`, c] as const)))(
    'the %s index matches what the English one matches, in the same order, for %s',
    (locale, _name, { help, route, error }) => {
      const ids = (engine: HelpEngine) => engine.match({ route, error }).map((m) => [m.symptom.id, m.score]);
      expect(ids(engineIn(help, locale))).toEqual(ids(engineOf(help)));
      expect(ids(engineIn(help, locale)).length).toBeGreaterThan(0);
    },
  );

  it.each(locales.flatMap((locale) => localeLabeled[locale].map((q) => [locale, q.query, q] as const)))(
    'a %s user who types “%s” finds the symptom in the top three',
    (locale, _query, { help, query, expected }) => {
      const top = engineIn(help, locale).search(query, { limit: 3 }).map((hit) => hit.symptom?.id ?? hit.article.id);
      expect(top).toContain(expected);
    },
  );
});
