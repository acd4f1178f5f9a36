import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli';
import { sourceTextHash } from '../../src/compiler/locales';
import { openHelpIndex } from '../../src/engine/split/index-loader';
import type { HelpIndex, HelpIndexSet, HelpLocalesManifest } from '../../src/schema/help-index';
import { capture } from './capture';


const WEBHOOKS = `---
bucket: Integrations
routes: [/settings/webhooks]
---

# Webhooks

## Webhooks not firing

- [ ] Verify the URL
- [ ] Check the logs
`;
const GERMAN_WEBHOOKS = `---
title: Webhooks
bucket: Integrationen
---

# Webhooks

## Webhooks feuern nicht

- [ ] Die URL prüfen
- [ ] Die Logs ansehen
`;

let work: string;
let content: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'help-panel-locales-'));
  content = join(work, 'acme');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function write(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(content, path)), { recursive: true });
    await writeFile(join(content, path), text, 'utf8');
  }
}

const helpCenter = {
  '_index.md': '---\ntitle: Acme Help\n---\n',
  'webhooks.md': WEBHOOKS,
  'setup.md': '# Setup\n\nFirst steps.\n',
  'de/_index.md': '---\ntitle: Acme Hilfe\n---\n',
  'de/webhooks.md': GERMAN_WEBHOOKS,
  'ja/setup.md': '# セットアップ\n\n最初の手順。\n',
};

describe('help-panel build, given a help center with locale folders', () => {
  it('writes every locale into one file with --out, as a HelpIndexSet', async () => {
    await write(helpCenter);
    const io = capture();
    const out = join(work, 'index.json');
    expect(await main(['build', content, '--out', out], io)).toBe(0);
    const set = JSON.parse(await readFile(out, 'utf8')) as HelpIndexSet;
    expect(set).toMatchObject({ kind: 'locales', defaultLocale: 'en', helpCenter: { title: 'Acme Help', locales: ['en', 'de', 'ja'] } });
    expect(Object.keys(set.locales)).toEqual(['en', 'de', 'ja']);
    expect(set.locales.de?.helpCenter.title).toBe('Acme Hilfe');
    expect(set.locales.ja?.articles.map((article) => [article.id, article.locale])).toEqual([
      ['setup', undefined],
      ['webhooks', 'en'],
    ]);
    expect(io.err).toContain(`${content}/de/: info: 1 of 2 articles are not translated into de yet; they show in en: setup [missing-translations]`);
    expect(io.err).toMatch(/help-panel: 0 errors, 0 warnings, 2 info; wrote .*index\.json \(2 articles, 1 symptom in en; 3 locales: en, de, ja\)/);
  });

  it('writes each locale\'s split index into its own folder and a root manifest naming them, written last', async () => {
    await write(helpCenter);
    const io = capture();
    const out = join(work, 'help');
    expect(await main(['build', content, '--out-dir', out], io)).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['de', 'en', 'ja', 'manifest.json']);
    const root = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as HelpLocalesManifest;
    expect(root).toMatchObject({ format: 'help-panel-index', version: 3, kind: 'locales', defaultLocale: 'en', helpCenter: { id: 'acme', locales: ['en', 'de', 'ja'] } });
    expect(Object.keys(root.locales)).toEqual(['en', 'de', 'ja']);
    expect(root.locales.de).toMatch(/^de\/manifest\.[0-9a-f]{8}\.json$/);
    expect(io.err).toMatch(/wrote .*help \(manifest\.json and a split index in en\/, de\/, ja\/; \d+ new, 0 old removed\)/);

    // Each locale's files open as that locale's index.
    expect(await main(['build', content, '--out', join(work, 'whole.json')], capture())).toBe(0);
    const whole = JSON.parse(await readFile(join(work, 'whole.json'), 'utf8')) as HelpIndexSet;
    const folder = dirname(join(out, root.locales.de as string));
    const engine = await openHelpIndex((name) => readFile(join(folder, name), 'utf8').then(JSON.parse));
    const german = whole.locales.de as HelpIndex;
    for (const article of german.articles) {
      await engine.lazy.load(article.id);
      expect(engine.article(article.id)).toEqual(article);
    }
    expect(engine.article('webhooks')?.symptomIds).toEqual(['webhooks#webhooks-not-firing']);
  });

  it('replaces a one-language build in the same folder, keeping its files one build longer', async () => {
    await write({ 'webhooks.md': WEBHOOKS });
    const out = join(work, 'help');
    expect(await main(['build', content, '--out-dir', out], capture())).toBe(0);
    const single = (await readdir(out)).filter((name) => name !== 'manifest.json');
    await write(helpCenter);
    expect(await main(['build', content, '--out-dir', out], capture())).toBe(0);
    expect(await readdir(out)).toEqual(expect.arrayContaining(single));
    const io = capture();
    expect(await main(['build', content, '--out-dir', out], io)).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['de', 'en', 'ja', 'manifest.json']);
    expect(io.err).toMatch(new RegExp(`${single.length} old removed`));
  });

  it('passes with --strict when the only lines are info', async () => {
    await write(helpCenter);
    expect(await main(['build', content, '--out', join(work, 'index.json'), '--strict'], capture())).toBe(0);
  });

  it('fails with --strict on a translation warning, writing nothing', async () => {
    await write({ ...helpCenter, 'de/nur-deutsch.md': '# Nur Deutsch\n\nText.\n' });
    const io = capture();
    const out = join(work, 'index.json');
    expect(await main(['build', content, '--out', out, '--strict'], io)).toBe(1);
    expect(io.err).toContain(`${content}/de/nur-deutsch.md:1:1: warning: this file is in the de folder but translates no en article`);
    await expect(readFile(out, 'utf8')).rejects.toThrow();
  });
});

describe('help-panel check, given a help center with locale folders', () => {
  it('prints the translation diagnostics and the locales', async () => {
    await write({ ...helpCenter, 'de/webhooks.md': GERMAN_WEBHOOKS.replace('---\ntitle', '---\nsourceHash: "00000000"\ntitle') });
    const io = capture();
    expect(await main(['check', content], io)).toBe(0);
    expect(io.err).toContain(`${content}/de/webhooks.md:2:1: warning: its source "${content}/webhooks.md" changed since this translation was made`);
    expect(io.err).toContain(`${content}/ja/: info: 1 of 2 articles are not translated into ja yet; they show in en: webhooks [missing-translations]`);
    expect(io.err).toMatch(/help-panel: 0 errors, 1 warning, 2 info in 2 articles, 1 symptom in en; 3 locales: en, de, ja\./);
  });

  it('counts info apart in JSON, and lists the locales', async () => {
    await write(helpCenter);
    const io = capture();
    expect(await main(['check', content, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ ok: true, errors: 0, warnings: 0, info: 2, locales: ['en', 'de', 'ja'] });
  });
});

describe('help-panel stamp', () => {
  it('writes the source\'s hash into a YAML translation, changing no other byte', async () => {
    await write(helpCenter);
    const file = join(content, 'de', 'webhooks.md');
    const io = capture();
    expect(await main(['stamp', file], io)).toBe(0);
    const hash = sourceTextHash(WEBHOOKS);
    expect(await readFile(file, 'utf8')).toBe(GERMAN_WEBHOOKS.replace('bucket: Integrationen\n', `bucket: Integrationen\nsourceHash: "${hash}"\n`));
    expect(io.out).toContain(`${file}: stamped sourceHash ${hash}`);
    const check = capture();
    await main(['check', content], check);
    expect(check.err).not.toContain('stale-translation');
  });

  it('replaces an old hash where it stands, in TOML and JSON front matter too', async () => {
    const hash = sourceTextHash(WEBHOOKS);
    const toml = '+++\ntitle = "Webhooks"   # de\nsourceHash = "0badc0de" # stamped\n\n[symptoms.x]\nroutes = ["/a"]\n+++\n\n# Webhooks\n';
    const json = '{\n    "title": "Webhooks"\n}\n\n# Webhooks\n';
    const yaml = '---\r\nsourceHash: 0badc0de\r\ntitle: Webhooks\r\n---\r\n\r\n# Webhooks\r\n';
    await write({ 'webhooks.md': WEBHOOKS, 'de/webhooks.md': toml, 'fr/webhooks.md': json, 'es/webhooks.md': yaml });
    const io = capture();
    expect(await main(['stamp', join(content, 'de/webhooks.md'), join(content, 'fr/webhooks.md'), join(content, 'es/webhooks.md')], io)).toBe(0);
    expect(await readFile(join(content, 'de/webhooks.md'), 'utf8')).toBe(toml.replace('"0badc0de"', `"${hash}"`));
    expect(await readFile(join(content, 'fr/webhooks.md'), 'utf8')).toBe(`{\n    "sourceHash": "${hash}",\n    "title": "Webhooks"\n}\n\n# Webhooks\n`);
    expect(await readFile(join(content, 'es/webhooks.md'), 'utf8')).toBe(yaml.replace('0badc0de', `"${hash}"`));
    expect(io.err).toContain('help-panel stamp: 3 translations stamped.');
  });

  it('adds front matter to a translation that has none, and adds a TOML key before its tables', async () => {
    const hash = sourceTextHash(WEBHOOKS);
    await write({ 'webhooks.md': WEBHOOKS, 'de/webhooks.md': '# Webhooks\n\nText.\n', 'fr/webhooks.md': '+++\n[symptoms.x]\nroutes = ["/a"]\n+++\n# Webhooks\n' });
    expect(await main(['stamp', join(content, 'de/webhooks.md'), join(content, 'fr/webhooks.md')], capture())).toBe(0);
    expect(await readFile(join(content, 'de/webhooks.md'), 'utf8')).toBe(`---\nsourceHash: "${hash}"\n---\n# Webhooks\n\nText.\n`);
    expect(await readFile(join(content, 'fr/webhooks.md'), 'utf8')).toBe(`+++\nsourceHash = "${hash}"\n[symptoms.x]\nroutes = ["/a"]\n+++\n# Webhooks\n`);
  });

  it('refuses a file that is not a translation with one clear line, still stamping the others', async () => {
    await write({ ...helpCenter, 'de/nur-deutsch.md': '# Nur Deutsch\n\nText.\n' });
    const io = capture();
    const code = await main(
      ['stamp', join(content, 'webhooks.md'), join(content, 'de/nur-deutsch.md'), join(content, 'de/webhooks.md'), join(content, 'de/missing.md')],
      io,
    );
    expect(code).toBe(1);
    const lines = io.err.trim().split('\n');
    expect(lines).toEqual([
      `help-panel stamp: ${join(content, 'webhooks.md')} is not a translation: it is not inside a locale folder (such as content/help/de/); only translations record a sourceHash.`,
      expect.stringContaining(`help-panel stamp: ${join(content, 'de/nur-deutsch.md')} is not a translation: it translates no article of`),
      `help-panel stamp: ${join(content, 'de/missing.md')} does not exist; pass the path of a translated .md file.`,
      'help-panel stamp: 1 translation stamped, 3 not.',
    ]);
    expect(await readFile(join(content, 'de/webhooks.md'), 'utf8')).toContain(`sourceHash: "${sourceTextHash(WEBHOOKS)}"`);
    expect(await readFile(join(content, 'webhooks.md'), 'utf8')).toBe(WEBHOOKS);
  });

  it('refuses a source in the default locale\'s folder, saying it is the source', async () => {
    await write({ 'en/webhooks.md': WEBHOOKS, 'de/webhooks.md': GERMAN_WEBHOOKS });
    const io = capture();
    expect(await main(['stamp', join(content, 'en/webhooks.md')], io)).toBe(1);
    expect(io.err).toContain('is not a translation: it is in the default locale');
  });

  it('stamps every translation of a help center with --all, and leaves stamped ones unchanged', async () => {
    await write(helpCenter);
    const io = capture();
    expect(await main(['stamp', content, '--all'], io)).toBe(0);
    expect(await readFile(join(content, 'de/webhooks.md'), 'utf8')).toContain(`sourceHash: "${sourceTextHash(WEBHOOKS)}"`);
    expect(await readFile(join(content, 'ja/setup.md'), 'utf8')).toBe(`---\nsourceHash: "${sourceTextHash('# Setup\n\nFirst steps.\n')}"\n---\n# セットアップ\n\n最初の手順。\n`);
    expect(io.err).toContain('help-panel stamp: 2 translations stamped.');
    const again = capture();
    expect(await main(['stamp', content, '--all'], again)).toBe(0);
    expect(again.out).toContain('already stamped');
    expect(again.err).toContain('help-panel stamp: 0 translations stamped, 2 already up to date.');
  });

  it('reports a file whose front matter cannot be read, and leaves it as it was', async () => {
    const broken = '---\ntitle: [unclosed\n---\n# Webhooks\n';
    await write({ 'webhooks.md': WEBHOOKS, 'de/webhooks.md': broken });
    const io = capture();
    expect(await main(['stamp', join(content, 'de/webhooks.md')], io)).toBe(1);
    expect(io.err).toContain('was not stamped: its front matter is not valid YAML');
    expect(await readFile(join(content, 'de/webhooks.md'), 'utf8')).toBe(broken);
  });

  it('asks for files, and says what --all needs', async () => {
    const io = capture();
    expect(await main(['stamp'], io)).toBe(2);
    expect(io.err).toContain('missing the translations to stamp');
    const all = capture();
    expect(await main(['stamp', 'a', 'b', '--all'], all)).toBe(2);
    expect(all.err).toContain('expected one help center folder, got 2');
  });
});
