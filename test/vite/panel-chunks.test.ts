import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { helpPanel } from '../../src/vite';
import { article, contentFixture, recordingLogger, type ContentFixture } from './content-fixture';

const src = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'src');
let fixture: ContentFixture | undefined;
afterEach(() => {
  fixture?.remove();
  fixture = undefined;
});

/** An app of the panel built from this checkout's src/, React left to the host, as `vite build` would split it. */
async function buildApp(output: Record<string, unknown> = {}, preserveEntrySignatures?: 'strict') {
  fixture = contentFixture({
    'help/sync.md': article('Sync stops half way', 'Sync stalls'),
    'main.js': `import { createElement } from 'react';\nimport { HelpPanel, HelpProvider } from ${JSON.stringify(join(src, 'index.ts'))};\nimport index from 'virtual:help-panel';\nexport const app = createElement(HelpProvider, { index }, createElement(HelpPanel));\n`,
  });
  const result = await build({
    root: fixture.root,
    configFile: false,
    logLevel: 'silent',
    customLogger: recordingLogger(),
    plugins: [helpPanel({ content: 'help' })],
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: `${fixture.root}/main.js`, external: [/^react(-dom)?(\/|$)/], output, ...(preserveEntrySignatures ? { preserveEntrySignatures } : {}) },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result as Rollup.RollupOutput]).flatMap((each) => each.output).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const page = new Set<string>();
  const visit = (name: string) => {
    if (page.has(name) || !byName.has(name)) return;
    page.add(name);
    for (const imported of byName.get(name)!.imports) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  const modulesOf = (chunk: Rollup.OutputChunk) => Object.keys(chunk.modules).map((id) => id.replaceAll('\\', '/').replace(`${src.replaceAll('\\', '/')}/`, 'src/'));
  const chunkWith = (module: string) => chunks.find((chunk) => modulesOf(chunk).includes(module));
  return { chunks, page: chunks.filter((chunk) => page.has(chunk.fileName)), modulesOf, chunkWith };
}

describe('given an app that builds the panel with the Vite plugin', () => {
  it('splits the panel’s lazy code into a few chunks by when it is needed, and leaves what the page loads as it was', async () => {
    const { page, modulesOf, chunkWith } = await buildApp();
    const onPage = page.flatMap(modulesOf);
    expect(onPage).toContain('src/react/help-provider.tsx');
    for (const lazy of ['src/react/help-runtime.tsx', 'src/react/drawer.tsx', 'src/engine/split/index-loader.ts', 'src/engine/match/match.ts', 'src/engine/search/search.ts']) {
      expect(onPage, lazy).not.toContain(lazy);
    }
    // The runtime and the drawer together, the loader and matching apart (the content's chain starts with it).
    expect(chunkWith('src/react/help-runtime.tsx')?.fileName).toMatch(/^assets\/help-panel-runtime-/);
    expect(chunkWith('src/react/drawer.tsx')).toBe(chunkWith('src/react/help-runtime.tsx'));
    expect(chunkWith('src/engine/split/index-loader.ts')?.fileName).toMatch(/^assets\/help-panel-loader-/);
    expect(chunkWith('src/engine/match/match.ts')).toBe(chunkWith('src/engine/split/index-loader.ts'));
    expect(chunkWith('src/engine/search/search.ts')?.fileName).toMatch(/^assets\/help-panel-search-/);
    expect(chunkWith('src/react/support/escalation-form.tsx')?.fileName).toMatch(/^assets\/help-panel-support-/);
    // Radix comes with the drawer, as nothing but the panel imports it.
    expect(modulesOf(chunkWith('src/react/drawer.tsx')!).some((id) => id.includes('@radix-ui/react-dialog'))).toBe(true);
    // The answer screen, with the Markdown parser it reads answers with, apart: only a panel with `ask` loads it.
    expect(chunkWith('src/react/answer-markdown.ts')?.fileName).toMatch(/^assets\/help-panel-ask-/);
    expect(modulesOf(chunkWith('src/react/answer-markdown.ts')!).some((id) => id.includes('mdast-util-from-markdown'))).toBe(true);
    expect(modulesOf(chunkWith('src/react/help-runtime.tsx')!).some((id) => id.includes('micromark'))).toBe(false);
    // Each label pack stays a chunk of its own.
    expect(modulesOf(chunkWith('src/locales/de.ts')!)).toEqual(['src/locales/de.ts']);
  }, 60_000);

  it('leaves a build that keeps its entries’ exports (a library) as Vite splits it', async () => {
    const { chunks } = await buildApp({}, 'strict');
    expect(chunks.some((chunk) => /^assets\/help-panel-(runtime|loader)-/.test(chunk.fileName))).toBe(false);
  }, 60_000);

  it('keeps the app’s own splitting when it has one', async () => {
    const { chunks, chunkWith } = await buildApp({ codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } });
    expect(chunks.some((chunk) => /^assets\/help-panel-(runtime|loader|search|support)-/.test(chunk.fileName))).toBe(false);
    expect(chunkWith('src/engine/split/index-loader.ts')).toBeDefined();
  }, 60_000);
});
