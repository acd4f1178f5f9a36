import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertArticle, type ConvertContext, type ConvertJob } from '../../src/import/convert-article';
import type { convertAll as ConvertAll } from '../../src/import/convert-pool';
import { readZendeskFiles } from '../../src/import/zendesk';
import { CORPUS_ARGS } from './helpers';

/**
 * The worker threads only exist built (dist/import-worker.js beside the CLI):
 * this builds the pool and its worker the way the library build does, into a
 * folder inside the repository (so their imports resolve), and checks that
 * articles converted on workers are exactly the ones converted on this thread.
 */
let outDir: string;
let convertAll: typeof ConvertAll;
let jobs: ConvertJob[];
let context: ConvertContext;

beforeAll(async () => {
  mkdirSync('node_modules/.cache', { recursive: true });
  outDir = mkdtempSync(join('node_modules/.cache', 'help-panel-import-pool-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: true,
      outDir,
      target: 'node20',
      minify: false,
      rollupOptions: { input: { pool: 'src/import/convert-pool.ts', 'import-worker': 'src/import/import-worker.ts' }, output: { entryFileNames: '[name].js' } },
    },
  });
  ({ convertAll } = (await import(pathToFileURL(join(outDir, 'pool.js')).href)) as { convertAll: typeof ConvertAll });
  const { articles } = await readZendeskFiles({ articles: CORPUS_ARGS.zendesk.filter((arg) => arg.includes('/articles-')) });
  // Six copies of the corpus: enough batches that both workers get several.
  jobs = Array.from({ length: 6 }, () => articles).flat().map((article) => ({
    html: article.html,
    ...(article.url ? { baseUrl: article.url } : {}),
    title: article.title,
    locale: article.locale ?? 'en',
    from: { serviceId: article.serviceId },
  }));
  context = { kind: 'zendesk', token: 'https://placeholder.invalid/', targets: articles.map(({ origin, serviceId, url }) => ({ origin, serviceId, ...(url ? { url } : {}) })) };
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('given the import built with its worker', () => {
  it('converts articles on worker threads exactly as on this thread, in the jobs\' order', async () => {
    const onWorkers = await convertAll(jobs, context, { workers: 'always' });
    expect(jobs.length).toBeGreaterThanOrEqual(300);
    expect(onWorkers).toEqual(jobs.map((job) => convertArticle(job, context)));
  }, 120_000);

  it('says so when a worker fails, instead of hanging', async () => {
    const broken = [{ ...(jobs[0] as ConvertJob), html: undefined as unknown as string }];
    await expect(convertAll(broken, context, { workers: 'always' })).rejects.toThrow();
  }, 60_000);
});
