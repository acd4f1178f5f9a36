import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/index';
import { readTree, run, temporaryFolder } from './helpers';

let folder: string;
beforeEach(() => {
  folder = temporaryFolder('locales');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A Zendesk page of one article in each of `locales`, the first its source. */
function zendesk(locales: string[], sourceLocale = locales[0] as string) {
  const articles = locales.map((locale) => ({
    id: 501,
    title: `Reset your password (${locale})`,
    body: `<p>Text in ${locale}.</p>`,
    locale,
    source_locale: sourceLocale,
    html_url: `https://acme.zendesk.com/hc/${locale}/articles/501`,
  }));
  const file = join(folder, 'articles.json');
  writeFileSync(file, JSON.stringify({ articles, next_page: null }));
  return file;
}

async function importLocales(locales: string[], extra: string[] = []) {
  const out = join(folder, 'content');
  const result = await run(['import', 'zendesk', zendesk(locales), '--out', out, ...extra]);
  expect(result.status).toBe(0);
  return { out, files: readTree(out), compiled: await compileContent(out) };
}

describe('given an export in several languages', () => {
  it('writes the default language at the root and a language with one variant as the language alone', async () => {
    const { files, compiled } = await importLocales(['en-us', 'de', 'fr-fr']);
    expect([...files.keys()].sort()).toEqual(['de/reset-your-password-en-us.md', 'fr/reset-your-password-en-us.md', 'reset-your-password-en-us.md']);
    expect(Object.keys(compiled.locales?.locales ?? {})).toEqual(['en', 'de', 'fr']);
  });

  it('keeps the regions of two variants of one language', async () => {
    const { files } = await importLocales(['en-us', 'pt-br', 'pt-pt']);
    expect([...files.keys()].filter((path) => path.includes('/')).sort()).toEqual(['pt-BR/reset-your-password-en-us.md', 'pt-PT/reset-your-password-en-us.md']);
  });

  it('declares a default language other than English in _index.md, where the compiler reads it', async () => {
    const { files, compiled } = await importLocales(['de', 'en-us']);
    expect(files.get('_index.md')).toBe('---\nlocale: de\n---\n');
    expect(files.has('en/reset-your-password-de.md')).toBe(true);
    expect(compiled.locales?.defaultLocale).toBe('de');
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.level !== 'info')).toEqual([]);
  });

  it('takes the default language from --locale', async () => {
    const out = join(folder, 'content');
    writeFileSync(join(folder, 'articles.json'), JSON.stringify({ articles: [{ id: 1, title: 'Bonjour', body: '<p>Texte.</p>', locale: 'fr' }], next_page: null }));
    await run(['import', 'zendesk', join(folder, 'articles.json'), '--out', out, '--locale', 'fr']);
    expect(readTree(out).get('_index.md')).toBe('---\nlocale: fr\n---\n');
  });
});
