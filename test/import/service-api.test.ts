import { readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/index';
import { runImport } from '../../src/import/run-import';
import { capture } from '../cli/capture';
import { importCorpus, readTree, temporaryFolder } from './helpers';

/**
 * A local server that answers as the three services' APIs do, from the
 * corpus: their paths, their paging (Zendesk's next_page addresses, Intercom's
 * pages.next as an address and as a cursor, Help Scout's page and pages), their
 * authentication, and a rate limit answered once with 429 and Retry-After.
 */
const FIXTURES = 'test/fixtures/import';
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as Record<string, unknown>;

let server: Server;
let base: string;
const requests: { path: string; authorization: string | undefined }[] = [];
let answer: (request: IncomingMessage, url: URL) => { status: number; body: unknown; headers?: Record<string, string> } = () => ({ status: 404, body: {} });

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    requests.push({ path: `${url.pathname}${url.search}`, authorization: request.headers.authorization });
    const { status, body, headers } = answer(request, url);
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

let folder: string;
beforeEach(() => {
  folder = temporaryFolder('api');
  requests.length = 0;
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function importFrom(kind: string, env: Record<string, string>, extra: string[] = []) {
  const io = capture();
  const out = join(folder, 'content');
  const status = await runImport([kind, '--url', base, '--out', out, ...extra], io, { env });
  return { status, out, stdout: io.out, stderr: io.err };
}

describe('given a Zendesk help center behind its API', () => {
  const token = `Basic ${Buffer.from('agent@parcelwise.example/token:zd-secret').toString('base64')}`;
  let limited: boolean;
  beforeEach(() => {
    limited = false;
    const pages = [read('zendesk/articles-en-us-page-1.json'), read('zendesk/articles-en-us-page-2.json')];
    const sections = read('zendesk/sections.json').sections;
    const categories = read('zendesk/categories.json').categories;
    const translations = (read('zendesk/translations-de.json').translations as Record<string, unknown>[]).map((translation) => ({ ...translation, id: translation.source_id, source_locale: 'en-us', outdated: false }));
    const german = [...(read('zendesk/articles-de-page-1.json').articles as unknown[]), ...translations];
    answer = (request, url) => {
      if (request.headers.authorization !== token) return { status: 401, body: { error: 'Couldn\'t authenticate you' } };
      if (url.pathname === '/api/v2/help_center/locales.json') return { status: 200, body: { locales: ['en-us', 'de'], default_locale: 'en-us' } };
      const page = Number(url.searchParams.get('page') ?? '1');
      if (url.pathname === '/api/v2/help_center/en-us/articles.json') {
        if (page === 2 && !limited) {
          limited = true;
          return { status: 429, body: {}, headers: { 'Retry-After': '0' } };
        }
        // Sideloaded as ?include=sections,categories asks.
        const body = { ...pages[page - 1], sections, categories };
        return { status: 200, body: { ...body, next_page: page === 1 ? `${base}/api/v2/help_center/en-us/articles.json?page=2&per_page=100&include=sections,categories` : null } };
      }
      if (url.pathname === '/api/v2/help_center/de/articles.json') return { status: 200, body: { articles: german, next_page: null } };
      return { status: 404, body: { error: 'InvalidEndpoint' } };
    };
  });

  it('reads every page, waiting out a rate limit, and writes what the exported files give', async () => {
    const result = await importFrom('zendesk', { ZENDESK_EMAIL: 'agent@parcelwise.example', ZENDESK_API_TOKEN: 'zd-secret' });
    expect(result.stderr).not.toContain('error');
    expect(result.status).toBe(0);
    expect(requests.map((request) => request.path)).toEqual([
      '/api/v2/help_center/locales.json',
      '/api/v2/help_center/en-us/articles.json?per_page=100&include=sections,categories',
      '/api/v2/help_center/en-us/articles.json?page=2&per_page=100&include=sections,categories',
      '/api/v2/help_center/en-us/articles.json?page=2&per_page=100&include=sections,categories',
      '/api/v2/help_center/de/articles.json?per_page=100&include=sections,categories',
    ]);
    const fromFiles = await importCorpus('zendesk', { out: join(folder, 'from-files') });
    const api = readTree(result.out);
    const files = readTree(fromFiles.out);
    expect([...api.keys()].sort()).toEqual([...files.keys()].sort());
    // The English articles are the same files; the German ones differ only where the translations list said one is outdated.
    for (const [path, text] of files) if (!path.startsWith('de/')) expect(api.get(path), path).toBe(text);
    const compiled = await compileContent(result.out);
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.level !== 'info')).toEqual([]);
  }, 60_000);

  it('stops with the status and what to check when the token is refused, and writes nothing', async () => {
    const result = await importFrom('zendesk', { ZENDESK_EMAIL: 'agent@parcelwise.example', ZENDESK_API_TOKEN: 'wrong' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/locales\.json:1:1: error: the API answered 401 Unauthorized\. The token was refused: check it and what it may read\. \[api-error\]/);
    expect(result.stderr).not.toContain('wrong');
    expect(readTree(folder).size).toBe(0);
  });

  it('asks for the email when only the API token is set', async () => {
    const result = await importFrom('zendesk', { ZENDESK_API_TOKEN: 'zd-secret' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Set ZENDESK_EMAIL too');
    expect(requests).toEqual([]);
  });
});

describe('given an Intercom workspace behind its API', () => {
  beforeEach(() => {
    const pages = [read('intercom/articles-page-1.json'), read('intercom/articles-page-2.json')];
    answer = (request, url) => {
      if (request.headers.authorization !== 'Bearer ic-secret' || request.headers['intercom-version'] === undefined) return { status: 401, body: { type: 'error.list' } };
      if (url.pathname === '/articles') {
        // The first page links to the next by address, the second is reached by its cursor, as newer API versions page.
        if (url.searchParams.get('starting_after') === 'cursor-2') return { status: 200, body: { ...pages[1], pages: { type: 'pages', page: 2, per_page: 25, total_pages: 2 } } };
        return { status: 200, body: { ...pages[0], pages: { type: 'pages', page: 1, per_page: 25, total_pages: 2, next: { per_page: 25, starting_after: 'cursor-2' } } } };
      }
      if (url.pathname === '/help_center/collections') return { status: 200, body: read('intercom/collections.json') };
      return { status: 404, body: {} };
    };
  });

  it('follows the cursor from page to page and writes what the exported files give', async () => {
    const result = await importFrom('intercom', { INTERCOM_ACCESS_TOKEN: 'ic-secret' });
    expect(result.status).toBe(0);
    expect(requests.map((request) => request.path)).toEqual(['/articles?per_page=50', '/articles?per_page=50&starting_after=cursor-2', '/help_center/collections?per_page=50']);
    const fromFiles = await importCorpus('intercom', { out: join(folder, 'from-files') });
    expect(readTree(result.out)).toEqual(readTree(fromFiles.out));
  }, 60_000);

  it('says which variable to set when there is no token, and asks nothing of the network', async () => {
    const result = await importFrom('intercom', {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('set INTERCOM_ACCESS_TOKEN');
    expect(requests).toEqual([]);
  });

  it('never sends the token to another host a page points to', async () => {
    answer = () => ({ status: 200, body: { type: 'list', data: [], pages: { type: 'pages', page: 1, total_pages: 2, next: 'https://evil.example/articles?page=2' } } });
    const result = await importFrom('intercom', { INTERCOM_ACCESS_TOKEN: 'ic-secret' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the API pointed to another host (https://evil.example)');
  });
});

describe('given a Help Scout Docs site behind its API', () => {
  beforeEach(() => {
    const english = [read('helpscout/articles-page-1.json'), read('helpscout/articles-page-2.json')].flatMap((page) => (page.articles as { items: Record<string, unknown>[] }).items);
    const singleFile = [...readTree(join(FIXTURES, 'helpscout')).keys()].find((name) => /^article-\w+\.json$/.test(name)) as string;
    const single = read(`helpscout/${singleFile}`).article as Record<string, unknown>;
    const german = (read('helpscout/articles-de.json').articles as { items: Record<string, unknown>[] }).items;
    const all = [...english, single, ...german];
    const collections = read('helpscout/collections.json');
    const categories = (read('helpscout/categories.json').categories as { items: Record<string, unknown>[] }).items;
    const key = `Basic ${Buffer.from('hs-secret:X').toString('base64')}`;
    answer = (request, url) => {
      if (request.headers.authorization !== key) return { status: 401, body: {} };
      const page = Number(url.searchParams.get('page') ?? '1');
      if (url.pathname === '/v1/collections') return { status: 200, body: collections };
      const match = /^\/v1\/collections\/([^/]+)\/(articles|categories)$/.exec(url.pathname);
      if (match) {
        const inCollection = (match[2] === 'articles' ? all : categories).filter((item) => item.collectionId === match[1]);
        const items = inCollection.slice((page - 1) * 25, page * 25).map((item) => (match[2] === 'articles' ? { id: item.id, number: item.number, collectionId: item.collectionId, name: item.name, status: item.status } : item));
        return { status: 200, body: { [match[2] as string]: { page, pages: Math.max(1, Math.ceil(inCollection.length / 25)), count: inCollection.length, items } } };
      }
      const article = /^\/v1\/articles\/(\w+)$/.exec(url.pathname);
      const found = article ? all.find((item) => item.id === article[1]) : undefined;
      return found ? { status: 200, body: { article: found } } : { status: 404, body: {} };
    };
  });

  it('lists each collection\'s pages, asks for each article, and writes what the exported files give', async () => {
    const result = await importFrom('helpscout', { HELPSCOUT_DOCS_API_KEY: 'hs-secret' }, ['--collection-locale', 'parcelwise-hilfe=de']);
    expect(result.status).toBe(0);
    expect(requests.some((request) => request.path.includes('/articles?page=2'))).toBe(true);
    expect(requests.filter((request) => request.path.startsWith('/v1/articles/'))).toHaveLength(44 + 10);
    const fromFiles = await importCorpus('helpscout', { out: join(folder, 'from-files') });
    expect(readTree(result.out)).toEqual(readTree(fromFiles.out));
  }, 60_000);
});
