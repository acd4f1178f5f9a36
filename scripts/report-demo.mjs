// `npm run report:demo`: builds the demo, drives it through scripted sessions in
// Chromium (test/e2e/demo-sessions.ts, the same ones the e2e test checks), and
// runs `help-panel report` on the events the demo collected, as a host would.
// Writes node_modules/.cache/help-panel-report-demo/{events.ndjson,report.html}.
//
//   --screenshot <file.png>   also save a screenshot of the HTML report (the README's)
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build, preview, runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { screenshot: { type: 'string' } } });
const outDir = join(root, 'node_modules/.cache/help-panel-report-demo');
const siteDir = join(outDir, 'site');
const log = 'events';
const events = join(outDir, `${log}.ndjson`);
const html = join(outDir, 'report.html');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
// Read by stories/demo/vite.config.ts: the demo's collector appends to <dir>/<log>.ndjson.
process.env.HELP_PANEL_DEMO_EVENTS = outDir;

const configFile = join(root, 'stories/demo/vite.config.ts');
await build({ configFile, configLoader: 'runner', logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } });
const server = await preview({
  configFile,
  configLoader: 'runner',
  logLevel: 'warn',
  build: { outDir: siteDir },
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: process.env.HELP_PANEL_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const { module: sessions } = await runnerImport(join(root, 'test/e2e/demo-sessions.ts'));
  const url = (path) => `http://127.0.0.1:${port}${path}?center=ochre&log=${log}`;
  // The beacons of the last page need a moment before the browser context closes.
  await sessions.runDemoSessions(browser, url, () => new Promise((done) => setTimeout(done, 1500)));

  const { module: report } = await runnerImport(join(root, 'src/report/run-report.ts'));
  const status = await report.runReport(
    [
      join(root, 'content/ochre'),
      '--events', events,
      '--routes', join(root, 'stories/demo/ochre-routes.txt'),
      '--errors', join(root, 'stories/demo/ochre-errors.json'),
      '--html', html,
    ],
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  );
  process.exitCode = status;

  if (values.screenshot) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`file://${html}`);
    await page.screenshot({ path: resolve(values.screenshot), fullPage: false });
    process.stderr.write(`report:demo: saved ${values.screenshot}\n`);
  }
  process.stderr.write(`report:demo: events in ${events}\nreport:demo: open ${html}\n`);
} finally {
  await browser.close();
  await server.close();
}
