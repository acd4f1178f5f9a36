import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHelpIndex, type LazyHelpEngine } from '../../src/engine/split/index-loader';
import { axeViolations } from './axe';
import { launchChromium, openContext } from './browser';
import { buildLargeApp, HELP_ASSETS, helpFileKind, measureOpen, type LargeApp, type OpenMeasure } from './large-app';

let app: LargeApp;
let browser: Browser;
let manifestName: string;
/** An engine over the built files, read from disk: what the test expects the page to show. */
let engine: LazyHelpEngine;

/** Opens the built index from disk, logging each file it reads into `read`. */
function openFromDisk(read: string[] = []): Promise<LazyHelpEngine> {
  const folder = join(app.outDir, HELP_ASSETS);
  return openHelpIndex(async (name) => {
    const file = /^manifest(\.[\da-f]+)?\.json$/.test(name) ? manifestName : name;
    read.push(file);
    return JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown;
  });
}

/** The file(s) a fresh engine reads to load an article or symptom, besides the manifest: its chunk. */
async function chunkFilesOf(id: string): Promise<string[]> {
  const read: string[] = [];
  const fresh = await openFromDisk(read);
  const from = read.length;
  await fresh.lazy.load(id);
  return read.slice(from).filter((name) => helpFileKind(`/help-panel/${name}`) === 'chunk');
}

beforeAll(async () => {
  [app, browser] = await Promise.all([buildLargeApp({ articles: 1000 }), launchChromium()]);
  console.log(`large app: ${app.kb.files.length} Markdown files built in ${(app.buildMs / 1000).toFixed(1)} s`);
  manifestName = readdirSync(join(app.outDir, HELP_ASSETS)).find((name) => helpFileKind(`/help-panel/${name}`) === 'manifest')!;
  engine = await openFromDisk();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The help files (manifest, key pages, match files, chunk tables, chunks, shards, record groups) among request paths, by file name. */
const helpFiles = (paths: string[]) => paths.filter((path) => helpFileKind(path) !== undefined).map((path) => path.split('/').pop()!);
const ofKind = (paths: string[], kind: ReturnType<typeof helpFileKind>) => paths.filter((path) => helpFileKind(path) === kind);

/**
 * Contexts that a route alone opens on one named symptom: route-only
 * contexts whose expected id is a symptom's (`article#symptom`), on a route
 * that no other context sends elsewhere.
 */
function routeContexts(kind: 'symptom' | 'article') {
  const { contexts } = app.kb;
  return contexts.filter(
    (context) =>
      context.route !== undefined &&
      context.error === undefined &&
      context.expectId.includes('#') === (kind === 'symptom') &&
      contexts.every((other) => other.route !== context.route || other.expectId === context.expectId),
  ) as { route: string; expectId: string }[];
}

/** Prints what one open measured, for the log (the bench reports these figures). */
function report(route: string, measure: OpenMeasure) {
  const before = helpFiles(measure.beforeOpen);
  const after = helpFiles(measure.requests.slice(measure.beforeOpen.length));
  console.log(
    `large app at ${route}: open to checklist ${measure.openMs.toFixed(1)} ms; ` +
      `${measure.beforeOpen.length} requests before the click (${before.length} help files: ${before.join(', ')}), ` +
      `${measure.requests.length - measure.beforeOpen.length} after it (${measure.requests.slice(measure.beforeOpen.length).join(', ') || 'none'}; ` +
      `${after.length} help files); long tasks (ms): [${measure.longTasks.map((ms) => ms.toFixed(0)).join(', ')}], ` +
      `since the manifest's request: [${measure.longTasksAfterManifest.map((ms) => ms.toFixed(0)).join(', ')}]`,
  );
}

/**
 * Before the click: the manifest, the match files for the route and the one
 * chunk that holds `id` (a thousand articles' keys ride in the manifest, and
 * the match files name their articles' chunks: no key page, no chunk table),
 * no search file; after it, no help file at all.
 */
async function expectPrefetchOnly(measure: OpenMeasure, id: string) {
  const before = measure.beforeOpen;
  const name = (path: string) => path.split('/').pop();
  expect(ofKind(before, 'manifest').map(name)).toEqual([manifestName]);
  const chunk = await chunkFilesOf(id);
  expect(chunk).toHaveLength(1);
  expect(ofKind(before, 'chunk').map(name)).toEqual(chunk);
  expect(ofKind(before, 'match').length).toBeGreaterThan(0);
  expect(ofKind(before, 'keys')).toEqual([]);
  expect(ofKind(before, 'table')).toEqual([]);
  expect(ofKind(before, 'shard')).toEqual([]);
  expect(ofKind(before, 'records')).toEqual([]);
  expect(ofKind(before, 'other')).toEqual([]);
  // Opening needs no further help file.
  expect(helpFiles(measure.requests.slice(before.length))).toEqual([]);
}

/** Plain sentences and titles of the generated articles, long enough to be unmistakable. */
function distinctiveTexts(): string[] {
  const articles = app.kb.files.filter((file) => !file.path.endsWith('_index.md'));
  const titles = articles
    .map((file) => /^title: "([^"\\]{30,})"$/m.exec(file.text)?.[1])
    .filter((title): title is string => title !== undefined);
  const sentences = articles.flatMap((file) =>
    file.text
      .split('\n')
      .filter((line) => /^[A-Z][a-z][A-Za-z ,]{70,160}\.$/.test(line) && !line.includes('  ')),
  );
  const step = (list: string[], count: number) => Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]!);
  return [...step(titles, 6), ...step(sentences, 6)];
}

describe('given a host app built with the README’s Vite setup over 1,000 generated articles', () => {
  it('ships no article text in the entry chunk, and emits the manifest and its files as assets', () => {
    expect(app.entryFiles.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(0);
    const entry = app.entryFiles.map((file) => readFileSync(join(app.outDir, file), 'utf8')).join('\n');
    console.log(
      `large app entry: ${app.entryFiles.join(', ')}, ${(entry.length / 1024).toFixed(0)} kB raw, ` +
        `${(app.entryFiles.reduce((sum, file) => sum + gzipSync(readFileSync(join(app.outDir, file))).length, 0) / 1024).toFixed(1)} kB gzip`,
    );

    const folder = join(app.outDir, HELP_ASSETS);
    const names = readdirSync(folder);
    const kinds = names.map((name) => helpFileKind(`/help-panel/${name}`));
    expect(kinds.filter((kind) => kind === 'manifest')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'chunk').length).toBeGreaterThan(1);
    expect(kinds.filter((kind) => kind === 'shard').length).toBeGreaterThan(1);
    expect(kinds.filter((kind) => kind === 'records').length).toBeGreaterThan(1);
    expect(kinds.filter((kind) => kind === undefined || kind === 'other')).toEqual([]);

    const texts = distinctiveTexts();
    expect(texts).toHaveLength(12);
    // Each of them is content the build carries: in the help assets …
    const assets = names.map((name) => readFileSync(join(folder, name), 'utf8')).join('\n');
    expect(texts.filter((text) => !assets.includes(text))).toEqual([]);
    // … and none in what index.html loads; the entry only names the manifest.
    expect(texts.filter((text) => entry.includes(text))).toEqual([]);
    expect(entry.includes(manifestName)).toBe(true);
  });

  describe('when a user visits a route that a generated context names', () => {
    let context: BrowserContext;
    let page: Page;
    let measure: OpenMeasure;
    let expected: { route: string; id: string; title: string };

    beforeAll(async () => {
      const candidates = routeContexts('symptom');
      expect(candidates.length).toBeGreaterThan(0);
      const chosen = candidates[Math.floor(candidates.length / 2)]!;
      await engine.lazy.load(chosen.expectId);
      const symptom = engine.symptom(chosen.expectId);
      expect(symptom, chosen.expectId).toBeDefined();
      expected = { route: chosen.route, id: symptom!.id, title: symptom!.title };
      ({ context, page } = await openContext(browser, 'desktop'));
      measure = await measureOpen(page, expected.route, app.url);
      report(expected.route, measure);
    });

    afterAll(async () => {
      await context?.close();
    });

    it('opens the panel on that context’s symptom, with its checklist', async () => {
      const symptom = page.getByRole('dialog').locator(`[data-help-part="symptom"][data-symptom-id="${expected.id}"]`);
      await symptom.waitFor({ state: 'visible' });
      expect((await symptom.locator('[data-help-part="screen-title"]').textContent())?.trim()).toBe(expected.title);
      const checks = symptom.locator('[data-help-part="checklist"] [data-help-part="check"]');
      expect(await checks.count()).toBeGreaterThan(0);
      await expect.poll(() => checks.first().isVisible()).toBe(true);
    });

    it('fetched before the click only the manifest, the route’s match files and the chunk of the symptom’s article, and nothing more to open', async () => {
      await expectPrefetchOnly(measure, expected.id);
    });

    it('shows the checklist within a generous bound of the click (the bench reports the figure)', () => {
      expect(measure.openMs).toBeGreaterThan(0);
      expect(measure.openMs).toBeLessThan(1000);
    });

    it('holds the main thread for no long task over 200 ms once the help content loads', () => {
      expect(measure.longTasksAfterManifest.filter((ms) => ms > 200)).toEqual([]);
    });

    it('has no axe violations on the open panel', async () => {
      expect(await axeViolations(page)).toEqual([]);
    });

    it('fetches only search shards and record groups for a search', async () => {
      const requests: string[] = [];
      const onRequest = (request: { url: () => string }) => requests.push(new URL(request.url()).pathname);
      page.on('request', onRequest);
      try {
        // The symptom screen leads back to the home screen, where the search box is.
        const panel = page.getByRole('dialog');
        let search = panel.getByRole('combobox');
        for (let i = 0; i < 3 && (await search.count()) === 0; i += 1) {
          await panel.getByRole('button', { name: /back|home|all help/i }).first().click();
          search = panel.getByRole('combobox');
        }
        const query = expected.title.split(' ').slice(0, 3).join(' ').toLowerCase();
        await search.fill(query);
        await panel.getByRole('option').first().waitFor();
      } finally {
        page.off('request', onRequest);
      }
      const files = helpFiles(requests);
      console.log(`large app search: ${requests.length} requests, help files: ${files.join(', ')}`);
      expect(ofKind(requests, 'shard').length).toBeGreaterThan(0);
      expect(requests.filter((path) => helpFileKind(path) !== undefined && !['shard', 'records'].includes(helpFileKind(path)!))).toEqual([]);
    });
  });

  describe('when a user visits a route that a generated context gives to a whole article', () => {
    it('opens the panel on one of that article’s symptoms, from the one chunk prefetched', async () => {
      const candidates = routeContexts('article');
      expect(candidates.length).toBeGreaterThan(0);
      const chosen = candidates[Math.floor(candidates.length / 3)]!;
      const { context, page } = await openContext(browser, 'desktop');
      try {
        const measure = await measureOpen(page, chosen.route, app.url);
        report(chosen.route, measure);
        const symptom = page.getByRole('dialog').locator('[data-help-part="symptom"]');
        await symptom.waitFor({ state: 'visible' });
        const id = await symptom.getAttribute('data-symptom-id');
        expect(id?.startsWith(`${chosen.expectId}#`), `${id} in ${chosen.expectId}`).toBe(true);
        await engine.lazy.load(id!);
        expect((await symptom.locator('[data-help-part="screen-title"]').textContent())?.trim()).toBe(engine.symptom(id!)?.title);
        expect(await symptom.locator('[data-help-part="checklist"] [data-help-part="check"]').count()).toBeGreaterThan(0);
        await expectPrefetchOnly(measure, chosen.expectId);
        expect(measure.openMs).toBeLessThan(1000);
      } finally {
        await context.close();
      }
    });
  });
});
