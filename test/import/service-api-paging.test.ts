import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport, type RunImportOptions } from '../../src/import/run-import';
import { redactUrls } from '../../src/import/service-api';
import { capture } from '../cli/capture';
import { temporaryFolder } from './helpers';

let server: Server;
let base: string;
let requests = 0;
/** The next_page a Zendesk articles page gives, from the page asked. */
let nextPage: (page: number) => string | null = () => null;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests++;
    const url = new URL(request.url ?? '/', base);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    if (url.pathname === '/api/v2/help_center/locales.json') return response.end(JSON.stringify({ locales: ['en-us'], default_locale: 'en-us' }));
    const page = Number(url.searchParams.get('page') ?? '1');
    response.end(JSON.stringify({ articles: [{ id: page, title: `Article ${page}`, body: '<p>Text.</p>', locale: 'en-us' }], next_page: nextPage(page) }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

let folder: string;
beforeEach(() => {
  folder = temporaryFolder('api-paging');
  requests = 0;
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function importFrom(url: string, options: RunImportOptions = {}) {
  const io = capture();
  const out = join(folder, 'content');
  const status = await runImport(['zendesk', '--url', url, '--out', out, '--prune'], io, { env: {}, ...options });
  return { status, out, stderr: io.err };
}

describe('given an API whose pages never end', () => {
  it('stops after the page cap with an error, and writes nothing', async () => {
    nextPage = (page) => `${base}/api/v2/help_center/en-us/articles.json?page=${page + 1}`;
    const result = await importFrom(base, { maxPages: 5 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/stopped after 5 pages: the service kept giving a next page/);
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(result.out)).toBe(false);
  });

  it('stops at once on a next page already read', async () => {
    nextPage = (page) => `${base}/api/v2/help_center/en-us/articles.json?page=2`;
    const result = await importFrom(base);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/stopped after 2 pages: the service kept giving a next page/);
    expect(requests).toBe(3);
    expect(existsSync(result.out)).toBe(false);
  });
});

describe('given --url with a user and password in it', () => {
  it('never prints the password', async () => {
    nextPage = () => null;
    const result = await importFrom(base.replace('http://', 'http://agent:hunter2@'));
    expect(result.stderr).not.toContain('hunter2');
    expect(result.stderr).not.toContain('agent:');
  });

  it('redacts the userinfo of every address in a message', () => {
    expect(redactUrls('could not reach https://me:secret@acme.example/api and http://tok@x.example')).toBe('could not reach https://***@acme.example/api and http://***@x.example');
  });
});
