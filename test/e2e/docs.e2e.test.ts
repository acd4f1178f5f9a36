// The docs site as a reader meets it: the project's Storybook built to a temporary folder and
// served on 127.0.0.1. Every docs page renders its heading with the help panel on it and no error,
// with axe at 0 violations; on a page the docs' help center knows, the panel opens its article,
// and the article's link to another docs page takes the reader there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, openContext } from './browser';

const root = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves a built folder as a static host would (index.html for a folder, 404 for anything else). */
function serveFolder(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

let out: string;
let site: { server: Server; url: string };
let docsPages: { id: string; title: string }[];
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'help-panel-docs-site-'));
  const built = spawnSync(process.execPath, [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '--quiet', '--output-dir', out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (built.status !== 0) throw new Error(`storybook build failed:\n${built.stdout}\n${built.stderr}`);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string; title: string }> };
  docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.id.startsWith('docs-'));
  site = await serveFolder(out);
  browser = await launchChromium();
  ({ context, page } = await openContext(browser, 'desktop'));
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  site?.server.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** A docs page alone, as the manager's preview frame shows it. */
const docsFrame = (id: string) => `${site.url}/iframe.html?id=${id}&viewMode=docs`;

describe('given the built docs site', () => {
  it('has at least 12 docs pages', () => {
    expect(docsPages.length).toBeGreaterThanOrEqual(12);
  });

  it('renders every docs page with its heading, the help button and no error, axe at 0 violations', async () => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    for (const { id, title } of docsPages) {
      await page.goto(docsFrame(id));
      const heading = page.locator('#storybook-docs h1').first();
      await heading.waitFor();
      expect((await heading.textContent())?.trim(), id).toBeTruthy();
      await page.getByRole('button', { name: /help/i }).first().waitFor();
      await expect(page.locator('.sb-errordisplay:visible, #error-message:visible').count(), id).resolves.toBe(0);
      expect(await axeViolations(page), `${title}`).toEqual([]);
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('opens the article of the page a reader is on, and its link to another page takes the reader there', async () => {
    await page.goto(`${site.url}/?path=/docs/docs-api-reference-react-components--docs`);
    const frame = page.frameLocator('#storybook-preview-iframe');
    await frame.locator('#storybook-docs h1').first().waitFor();
    await frame.getByRole('button', { name: /help/i }).first().click();
    const panel = frame.getByRole('dialog');
    await panel.getByRole('heading', { name: 'A part says it must be inside HelpProvider', level: 3 }).waitFor();
    await panel.getByRole('button', { name: 'Read the full article' }).click();
    await panel.getByRole('link', { name: 'Theming and composing' }).click();
    await page.waitForURL(/path=\/docs\/docs-theming-and-composing--docs/);
    await expect.poll(() => frame.locator('#storybook-docs h1').first().textContent()).toMatch(/Theming and composing/);
  });
});
