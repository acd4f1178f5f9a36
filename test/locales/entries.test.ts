import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { localePacks, measureLocalePacks } from '../../scripts/locale-pack-sizes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const packs = localePacks(join(root, 'src/locales'), '.ts');
const tags = packs.map((pack) => pack.tag);

describe('given the package.json of the library', () => {
  const exports = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports as Record<string, unknown>;

  it('exports every pack as help-panel/locales/<tag>, with its types', () => {
    expect(tags).toEqual(['ar', 'de', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt-BR', 'tr', 'zh-Hans']);
    for (const tag of tags) {
      expect(exports[`./locales/${tag}`], tag).toEqual({ types: `./dist/locales/${tag}.d.ts`, import: `./dist/locales/${tag}.js` });
    }
  });

  it('exports nothing else under locales/ (the packs’ shared helper stays private)', () => {
    expect(Object.keys(exports).filter((key) => key.startsWith('./locales/')).sort()).toEqual(tags.map((tag) => `./locales/${tag}`).sort());
  });
});

describe('given the library build', () => {
  let chunks: Rollup.OutputChunk[] = [];
  beforeAll(async () => {
    const output = await build({ configFile: join(root, 'vite.config.ts'), root, logLevel: 'silent', build: { write: false } });
    chunks = (Array.isArray(output) ? output : [output as Rollup.RollupOutput])
      .flatMap((result) => result.output)
      .filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  }, 120_000);

  it('writes each pack as an entry of its own, dist/locales/<tag>.js', () => {
    for (const tag of tags) {
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.fileName === `locales/${tag}.js`);
      expect(entry, tag).toBeDefined();
      // The named export is the tag without its hyphens: `ptBR`, `zhHans`.
      expect(entry!.exports.sort(), tag).toEqual(['default', tag.replace(/-/g, '')].sort());
    }
  });

  it('imports nothing into a pack but the packs’ small shared helper', () => {
    for (const tag of tags) {
      const entry = chunks.find((chunk) => chunk.fileName === `locales/${tag}.js`)!;
      expect(entry.dynamicImports, tag).toEqual([]);
      for (const imported of entry.imports) {
        const chunk = chunks.find((c) => c.fileName === imported)!;
        expect(Object.keys(chunk.modules).map((id) => id.replace(`${root}/`, '')), `${tag} imports ${imported}`).toEqual(['src/locales/pack-intl.ts']);
      }
    }
  });

  it('keeps every pack out of the other entries, but for the panel loading the user’s pack on demand', () => {
    const packChunks = new Set(chunks.filter((chunk) => Object.keys(chunk.modules).some((id) => id.includes('/src/locales/'))).map((chunk) => chunk.fileName));
    // The packs and their one helper, among the library's many files.
    expect(packChunks.size).toBe(tags.length + 1);
    expect(chunks.some((chunk) => chunk.isEntry && chunk.fileName === 'index.js')).toBe(true);
    for (const chunk of chunks.filter((c) => !c.fileName.startsWith('locales/'))) {
      expect(chunk.imports.filter((name) => packChunks.has(name)), chunk.fileName).toEqual([]);
      const loadsPacks = chunk.dynamicImports.filter((name) => packChunks.has(name));
      expect(loadsPacks, chunk.fileName).toEqual(chunk.fileName === 'react/panel-chunks.js' ? tags.map((tag) => `locales/${tag}.js`) : []);
    }
  });
});

describe('given an app that imports one pack', () => {
  it('bundles the pack and its helper, and nothing of the panel, React or any package', async () => {
    for (const size of await measureLocalePacks(root, packs)) {
      expect(size.modules.sort(), size.tag).toEqual([`src/locales/${size.tag}.ts`, 'src/locales/pack-intl.ts'].sort());
    }
  }, 60_000);
});
