import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openContext } from './browser';
import { settleDiagnostics } from './settle-diagnostics';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLE = 'oxvo/troubleshoot-common-issues.md';
const EDITED_CHECK = 'Send a controlled test message.';

let content: string;
let server: ViteDevServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;

beforeAll(async () => {
  // A copy of the sample content, so the edit never touches the repository.
  content = mkdtempSync(join(tmpdir(), 'help-panel-hmr-'));
  cpSync(join(repo, 'content'), content, { recursive: true });
  process.env.HELP_PANEL_DEMO_CONTENT = content;
  server = await createServer({
    configFile: join(repo, 'stories/demo/vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the demo dev server has no TCP address');
  base = `http://127.0.0.1:${address.port}`;
  browser = await launchChromium();
  ({ context, page } = await openContext(browser, 'desktop'));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  delete process.env.HELP_PANEL_DEMO_CONTENT;
  rmSync(content, { recursive: true, force: true });
});

describe('given the demo in dev with the panel open on a symptom', () => {
  it('shows an edited article in place: no page reload, same screen, ticked checks kept', async () => {
    await page.goto(`${base}/inboxes/support-inbox?center=oxvo`);
    await page.locator('[data-demo-raise="error"]').click();
    const symptom = page.getByRole('dialog').locator('[data-help-part="symptom"]');
    await symptom.getByText(EDITED_CHECK).waitFor();
    // The demo's diagnostics tick the checks they pass: a click before they have answered races them.
    await settleDiagnostics(page);
    const first = symptom.locator('[data-help-part="check"]').first();
    await first.locator('input[type="checkbox"]').check();
    // A full reload would lose this.
    await page.evaluate(() => Object.assign(window, { __beforeEdit: true }));

    const file = join(content, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(EDITED_CHECK, 'Send a test message from an outside address.'));

    await symptom.getByText('Send a test message from an outside address.').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { __beforeEdit?: boolean }).__beforeEdit)).toBe(true);
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    expect(await first.getAttribute('data-state')).toBe('checked');
  });
});
