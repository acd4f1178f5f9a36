// What each label pack (`help-panel/locales/<tag>`) costs the app that imports it:
// `import pack from '…/de'` bundled as a consumer's production build would
// (minified, whatever the pack imports included), then gzipped. Shared by
// `scripts/size.mjs` (against dist/) and the benchmark (against src/).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** A pack's file name is its BCP 47 tag (`de`, `pt-BR`); the folder's other modules are shared helpers. */
export const LOCALE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

/** The packs in `dir` (`src/locales` or `dist/locales`), as `{ tag, file }`, by tag. */
export function localePacks(dir, extension) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.endsWith('.d.ts'))
    .map((name) => ({ tag: name.slice(0, -extension.length), file: resolve(dir, name) }))
    .filter(({ tag }) => LOCALE_TAG.test(tag))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * Bundles each pack on its own, as `import pack from '<file>'` in an app's production build.
 * Returns `{ tag, minified, gzip, modules }` per pack: bytes of the minified code, its gzip
 * (level 9), and the source modules that went into it (relative to `root`).
 */
export async function measureLocalePacks(root, packs) {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const work = mkdtempSync(join(root, 'node_modules/.cache/help-panel-packs-'));
  try {
    const results = [];
    for (const { tag, file } of packs) {
      const consumer = join(work, `use-${tag}.js`);
      writeFileSync(consumer, `import pack from ${JSON.stringify(file)};\nexport default pack;\n`);
      const output = await build({
        configFile: false,
        root,
        logLevel: 'silent',
        build: {
          write: false,
          minify: true,
          sourcemap: false,
          target: 'es2022',
          rollupOptions: { input: consumer, preserveEntrySignatures: 'strict' },
        },
      });
      const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((item) => item.type === 'chunk');
      const code = chunks.map((chunk) => chunk.code).join('\n');
      const modules = chunks
        .flatMap((chunk) => Object.keys(chunk.modules))
        .map((id) => id.replace(`${root}/`, ''))
        .filter((id) => id !== consumer.replace(`${root}/`, ''));
      results.push({ tag, minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, modules });
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
