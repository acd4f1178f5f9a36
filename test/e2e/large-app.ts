/**
 * A host app over a large generated help center, built and served as a new
 * user would ship it: the README's Vite setup and quick start unchanged
 * (`import index from 'virtual:help-panel'`, `<HelpProvider index={index}>`),
 * over about 1,000 realistic articles from bench/generate-kb.ts. The browser
 * test (split-index.e2e.test.ts) and the bench both use it, so it imports
 * nothing from vitest.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview, type InlineConfig } from 'vite';
import { generateKnowledgeBase, type GeneratedKb } from '../../bench/generate-kb';
import { helpPanel } from '../../src/vite';

/**
 * The repository's root: the nearest folder up from this module whose
 * package.json is help-panel's (the bench bundles this module into
 * node_modules/.cache, so a fixed `../..` would miss it there).
 */
function findRepo(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'help-panel') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('large app: cannot find the help-panel repository above this module');
    dir = parent;
  }
}

const repo = findRepo();

/** Where the help center's split files are emitted, relative to the build's output folder. */
export const HELP_ASSETS = 'assets/help-panel/help';

export interface LargeApp {
  /** Where the built app is served, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** The built app (index.html, assets/…). */
  outDir: string;
  /** The JavaScript files index.html loads (its module scripts and module preloads), paths relative to `outDir`. */
  entryFiles: string[];
  /** The generated content the app was built over (its files, contexts and queries). */
  kb: GeneratedKb;
  /** How long `vite build` took, in ms. */
  buildMs: number;
  /** Stops the server and removes the temporary app. */
  close: () => Promise<void>;
}

export interface LargeAppOptions {
  /** How many generated articles. @default 1000 */
  articles?: number;
  /** The generator's seed. @default 1 */
  seed?: number;
  /** The plugin's `output`: `'inline'` builds today's single-file form, for a baseline. @default 'split' */
  output?: 'split' | 'inline';
}

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Large help center host</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.tsx"></script>
  </body>
</html>
`;

/** The host app, written as the README's quick start: the same import and the same provider. */
const mainTsx = (src: string) => `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HelpPanel, HelpProvider, useHelp } from ${JSON.stringify(join(src, 'index.ts'))};
import ${JSON.stringify(join(src, 'styles.css'))};
import index from 'virtual:help-panel';

/** What the app's error handling does: tells the panel. The timing harness calls it as a failed request would. */
function ReportsErrors() {
  const help = useHelp();
  (window as { __helpReportError?: (error: unknown) => void }).__helpReportError = help.reportError;
  return null;
}

function App() {
  return (
    <HelpProvider index={index}>
      <main>
        <h1>Large host app</h1>
        <p>The page at {window.location.pathname}.</p>
      </main>
      <ReportsErrors />
      <HelpPanel />
    </HelpProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

/** The module scripts and module preloads an HTML page names. */
function scriptsOf(html: string): string[] {
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) files.add(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) files.add(match[1]!);
  return [...files].map((file) => file.replace(/^\//, ''));
}

/**
 * Writes the generated content and the host app into a temporary folder
 * (inside the repository's node_modules/.cache, so that `react` resolves as
 * for any app), builds it with `vite build` and serves it with
 * `vite preview` on a free port of 127.0.0.1.
 */
export async function buildLargeApp(options: LargeAppOptions = {}): Promise<LargeApp> {
  const kb = generateKnowledgeBase(options.articles ?? 1000, options.seed ?? 1);
  const cache = join(repo, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const root = mkdtempSync(join(cache, 'help-panel-large-app-'));
  const outDir = join(root, 'dist');
  try {
    for (const file of kb.files) {
      const path = join(root, 'help', file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    writeFileSync(join(root, 'index.html'), INDEX_HTML);
    writeFileSync(join(root, 'main.tsx'), mainTsx(join(repo, 'src')));

    const config: InlineConfig = {
      configFile: false,
      root,
      logLevel: 'warn',
      // Every path is a client-side route of the host: index.html answers them all.
      appType: 'spa',
      plugins: [react(), helpPanel({ content: join(root, 'help'), output: options.output ?? 'split' })],
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2048 },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    };
    // A production build, as the host ships it: under vitest NODE_ENV is 'test',
    // and Vite would then bundle React's development build and the dev JSX runtime.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const start = performance.now();
    try {
      await build(config);
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    const buildMs = performance.now() - start;
    const server = await preview(config);
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') {
      await server.close();
      throw new Error('the large app preview server has no TCP address');
    }
    const entryFiles = scriptsOf(readFileSync(join(outDir, 'index.html'), 'utf8'));
    return {
      url: `http://127.0.0.1:${address.port}`,
      outDir,
      entryFiles,
      kb,
      buildMs,
      close: async () => {
        await server.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** A page's requests, as paths in order, and whether it has been quiet (nothing in flight) for a while. */
function trackRequests(page: Page) {
  const requests: string[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const onRequest = (request: { url: () => string }) => {
    requests.push(new URL(request.url()).pathname);
    inFlight += 1;
    lastActivity = Date.now();
  };
  const onDone = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  return {
    requests,
    quietFor: (ms: number) => inFlight <= 0 && Date.now() - lastActivity >= ms,
    stop() {
      page.off('request', onRequest);
      page.off('requestfinished', onDone);
      page.off('requestfailed', onDone);
    },
  };
}

/** A fresh page whose network is throttled as Chrome's DevTools would (0 kbit/s: not throttled). */
export async function throttledPage(browser: Browser, network: { latency: number; kbps: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (network.kbps > 0) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: network.latency, downloadThroughput: (network.kbps * 1000) / 8, uploadThroughput: (network.kbps * 1000) / 8 });
  }
  return { context, page };
}

/** The kinds of a split index's files, by the letter their names start with (`other`: a JSON file there of no known kind). */
export type HelpFileKind = 'manifest' | 'keys' | 'match' | 'early' | 'table' | 'chunk' | 'shard' | 'records' | 'other';

/** Whether a request's path is one of the help center's split files (under `/help-panel/`), and which kind. */
export function helpFileKind(path: string): HelpFileKind | undefined {
  if (!path.includes('/help-panel/')) return undefined;
  const name = path.split('/').pop() ?? '';
  if (/^manifest\.[\da-f]+\.json$/.test(name)) return 'manifest';
  const kind = /^([mcsrktx])\d+\.[\da-f]+\.json$/.exec(name)?.[1];
  if (kind === 'k') return 'keys';
  if (kind === 't') return 'table';
  if (kind === 'm') return 'match';
  if (kind === 'x') return 'early';
  if (kind === 'c') return 'chunk';
  if (kind === 's') return 'shard';
  if (kind === 'r') return 'records';
  return name.endsWith('.json') ? 'other' : undefined;
}

export interface OpenMeasure {
  /** From the click on the panel's trigger to its checklist in the DOM and visible, in ms (the page's clock). */
  openMs: number;
  /** Every request's path, in order, from the navigation until the checklist showed. */
  requests: string[];
  /** The requests made before the click (a prefix of `requests`). */
  beforeOpen: string[];
  /** Durations (ms) of every long task since the page started. */
  longTasks: number[];
  /** Durations (ms) of the long tasks that ended after the manifest's request started: the ones the help content may cause. */
  longTasksAfterManifest: number[];
}

declare global {
  interface Window {
    __helpLongTasks?: { start: number; duration: number }[];
  }
}

const TRIGGER = '[data-help-part="trigger"]';
const CHECKLIST = '[role="dialog"] [data-help-part="checklist"]';

/**
 * Loads `route` of the app at `url`, waits until the manifest and the best
 * match's chunk have arrived (no request in flight for half a second after
 * the manifest), then clicks the panel's trigger and times the click to the
 * checklist being visible, in the page. Long tasks are collected from the
 * page's start. Use a fresh page: it installs an init script.
 */
export async function measureOpen(page: Page, route: string, url?: string): Promise<OpenMeasure> {
  await page.addInitScript(() => {
    window.__helpLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__helpLongTasks!.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // A browser without long task timing reports none.
    }
  });
  const network = trackRequests(page);
  const { requests } = network;
  try {
    const manifest = page.waitForResponse((response) => helpFileKind(new URL(response.url()).pathname) === 'manifest');
    const target = url === undefined ? route : new URL(route, url).href;
    await page.goto(target, { waitUntil: 'load' });
    await manifest;
    // Network idle after the manifest: the best match's chunk has been prefetched by then.
    const deadline = Date.now() + 10_000;
    while (!network.quietFor(500)) {
      if (Date.now() > deadline) throw new Error(`the page at ${route} never went quiet after its help manifest loaded`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const beforeOpen = [...requests];

    // Watch for the checklist from the click on, with the page's own clock.
    const shown = page.evaluate(
      ({ trigger, checklist }) =>
        new Promise<number>((resolve, reject) => {
          if (!document.querySelector(trigger)) return reject(new Error('no help trigger on the page'));
          let clickedAt: number | undefined;
          const check = () => {
            const element = document.querySelector(checklist);
            if (clickedAt === undefined || !element || !element.checkVisibility()) return false;
            observer.disconnect();
            resolve(performance.now() - clickedAt);
            return true;
          };
          const observer = new MutationObserver(check);
          // On the window, in the capture phase: before any of the page's own handlers.
          window.addEventListener(
            'click',
            () => {
              clickedAt = performance.now();
              observer.observe(document.body, { childList: true, subtree: true, attributes: true });
              check();
            },
            { capture: true, once: true },
          );
          setTimeout(() => reject(new Error('the checklist did not show within 10 s of the click')), 10_000);
        }),
      { trigger: TRIGGER, checklist: CHECKLIST },
    );
    await page.locator(TRIGGER).click();
    const openMs = await shown;

    const { tasks, manifestStart } = await page.evaluate(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((resource) => /\/help-panel\/.*\/manifest\.[\da-f]+\.json$/.test(new URL(resource.name).pathname));
      return { tasks: window.__helpLongTasks ?? [], manifestStart: entry?.startTime ?? 0 };
    });
    return {
      openMs,
      requests: [...requests],
      beforeOpen,
      longTasks: tasks.map((task) => task.duration),
      longTasksAfterManifest: tasks.filter((task) => task.start + task.duration > manifestStart).map((task) => task.duration),
    };
  } finally {
    network.stop();
  }
}

/** An error as a page would have it: a plain object, or an `Error` with `code` (and `status`). */
export type PageError = { code?: string; status?: number; message?: string; asError?: boolean };

/** The error the timing harness reports for a generated context, in a form that crosses into the page. */
export function pageError(error: unknown): PageError | undefined {
  if (error == null) return undefined;
  const { code, status, message } = error as { code?: string; status?: number; message?: string };
  return { code, status, message, asError: error instanceof Error };
}

export interface FirstOpenMeasure {
  /** From the click on the trigger to a visible checklist, in ms (the page's clock). */
  openMs: number;
  /** Every request's path from the navigation until the checklist showed. */
  requests: string[];
}

/**
 * The first open after an error. Cold: `route` loads, the page's `load` event fires, the app reports
 * `error` to the panel and the user clicks Help in the same moment, nothing of the help fetched yet.
 * Warm: the error comes at the `load` event, and the click a moment later, once the page has gone
 * quiet (what the error and the idle time prefetch is in). Times the click to the checklist being
 * visible, in the page. Use a fresh page.
 */
export async function measureFirstOpen(page: Page, context: { route: string; error?: PageError }, url: string, options: { warm?: boolean } = {}): Promise<FirstOpenMeasure> {
  const network = trackRequests(page);
  const { requests } = network;
  try {
    await page.goto(new URL(context.route, url).href, { waitUntil: 'load' });
    const report = (error: PageError | undefined) =>
      page.evaluate((facts) => {
        const hook = (window as { __helpReportError?: (error: unknown) => void }).__helpReportError;
        if (!hook) throw new Error('no error hook on the page');
        if (!facts) return;
        const { asError, ...rest } = facts;
        hook(asError ? Object.assign(new Error(rest.message ?? rest.code ?? 'failed'), rest) : rest);
      }, error);
    if (options.warm) {
      await report(context.error);
      const deadline = Date.now() + 15_000;
      // The idle prefetch (the runtime, the drawer, the manifest, the route's match files) done, then quiet.
      while (!requests.some((path) => helpFileKind(path) === 'manifest') || !network.quietFor(800)) {
        if (Date.now() > deadline) throw new Error(`the page at ${context.route} never went quiet`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const openMs = await page.evaluate(
      ({ trigger, checklist, error }) =>
        new Promise<number>((resolve, reject) => {
          const button = document.querySelector<HTMLElement>(trigger);
          const report = (window as { __helpReportError?: (error: unknown) => void }).__helpReportError;
          if (!button || !report) return reject(new Error('no help trigger or error hook on the page'));
          const observer = new MutationObserver(() => check());
          let clickedAt = 0;
          const check = () => {
            const element = document.querySelector(checklist);
            if (!element || !element.checkVisibility()) return;
            observer.disconnect();
            resolve(performance.now() - clickedAt);
          };
          if (error) {
            const { asError, ...facts } = error;
            report(asError ? Object.assign(new Error(facts.message ?? facts.code ?? 'failed'), facts) : facts);
          }
          clickedAt = performance.now();
          (window as { __clickedAt?: number }).__clickedAt = clickedAt;
          observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          button.click();
          check();
          setTimeout(() => reject(new Error('the checklist did not show within 10 s of the click')), 10_000);
        }),
      { trigger: TRIGGER, checklist: CHECKLIST, error: options.warm ? undefined : context.error },
    );
    return { openMs, requests: [...requests] };
  } finally {
    network.stop();
  }
}
