// `npm run docs:screenshots`: the pictures of the docs site and the README, taken from the demo
// product as it ships. Builds the demo, serves it on a free port of 127.0.0.1, drives Debian's
// chromium (never a downloaded browser) through each screen, and writes docs/images/<name>.png.
//
//   node scripts/docs-screenshots.mjs [name…]   only these pictures (home, search, symptom, …)
//
// The report's picture comes from `npm run report:demo -- --screenshot docs/images/report.png`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = resolve(import.meta.dirname, '..');
const imagesDir = join(root, 'docs/images');
const configFile = join(root, 'stories/demo/vite.config.ts');

const panel = (page) => page.getByRole('dialog');

/** Each picture: how to get the demo to that screen. The viewport is what the reader sees. */
const shots = {
  async home(page, url) {
    await page.goto(url('/?center=ochre'));
    await page.locator('[data-help-part="trigger"]').click();
    await panel(page).getByRole('combobox').waitFor();
  },
  async search(page, url) {
    await shots.home(page, url);
    await panel(page).getByRole('combobox').fill('stripe missing');
    await panel(page).locator('[data-help-part="results"] [role="option"]').first().waitFor();
  },
  async symptom(page, url) {
    await page.goto(url('/customers/cus_81?center=ochre'));
    await page.locator('[data-demo-raise="error"]').click();
    await panel(page).locator('[data-help-part="diagnostics-summary"][data-status="done"]').waitFor();
    await panel(page).locator('[data-help-part="check"][data-state="unchecked"] input[type="checkbox"]').first().check();
  },
  async article(page, url) {
    await page.goto(url('/?center=oxvo&help=troubleshoot-common-issues'));
    await panel(page).locator('[data-help-part="article"]').waitFor();
  },
  async escalation(page, url) {
    await shots.symptom(page, url);
    await panel(page).locator('[data-help-part="contact-support"]').first().click();
    await panel(page).getByRole('textbox').first().fill('Reconnected Stripe an hour ago; the customer page still shows nothing.');
  },
  async answer(page, url) {
    await shots.home(page, url);
    await panel(page).getByRole('combobox').fill('my customers write to us but nothing turns up in the inbox');
    await panel(page).getByRole('button', { name: 'Ask' }).click();
    await panel(page).getByText('Answer ready.').waitFor({ timeout: 30_000 });
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in shots));
if (unknown.length > 0) {
  console.error(`docs-screenshots: unknown picture ${unknown.join(', ')}. Allowed: ${Object.keys(shots).join(', ')}.`);
  process.exit(2);
}

const outDir = mkdtempSync(join(tmpdir(), 'help-panel-docs-shots-'));
let server;
let browser;
try {
  await build({ configFile, configLoader: 'runner', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    configFile,
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port } = server.httpServer.address();
  const url = (path) => `http://127.0.0.1:${port}${path}`;
  browser = await chromium.launch({
    executablePath: process.env.HELP_PANEL_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  for (const name of wanted.length > 0 ? wanted : Object.keys(shots)) {
    // A fresh context for each: no ticks or notes carried over from the picture before.
    const context = await browser.newContext({ viewport: { width: 1120, height: 720 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    try {
      await shots[name](page, url);
      // Let focus rings and the last frame settle.
      await page.waitForTimeout(300);
      const file = join(imagesDir, `${name}.png`);
      await page.screenshot({ path: file });
      console.log(`docs-screenshots: wrote ${relative(root, file)}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
}
