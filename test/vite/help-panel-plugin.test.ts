import { build, createServer, type HotPayload, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { splitFileName, type HelpIndex } from '../../src/schema/help-index';
import { helpPanel, type HelpPanelPluginOptions } from '../../src/vite';
import { article, contentFixture, recordingLogger, type ContentFixture } from './content-fixture';

const DUPLICATE = (title: string) => `---\nid: same\n---\n# ${title}\n\nSome text.\n`;

let fixture: ContentFixture | undefined;
let server: ViteDevServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  fixture?.remove();
  fixture = undefined;
});

async function devServer(files: Record<string, string>, options: Partial<HelpPanelPluginOptions> = {}) {
  fixture = contentFixture(files);
  const logger = recordingLogger();
  server = await createServer({
    root: fixture.root,
    configFile: false,
    logLevel: 'silent',
    customLogger: logger,
    server: { middlewareMode: true, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    // The inline form, so these tests can read the index the module holds; the split form is tested below.
    plugins: [helpPanel({ content: 'help', output: 'inline', ...options })],
  });
  return { server, fixture, logger };
}

async function loadIndex(dev: ViteDevServer, id = 'virtual:help-panel') {
  const module = (await dev.ssrLoadModule(id)) as { default: HelpIndex };
  return module.default;
}

/**
 * Puts a module that imports the index into the client module graph, as a
 * page's `main.tsx` would: not self-accepting, so an update that reached it
 * would reload the page.
 */
async function openPage(dev: ViteDevServer, fix: ContentFixture) {
  fix.write('main.js', "import index from 'virtual:help-panel';\ndocument.title = index.helpCenter.title;\n");
  await dev.environments.client.transformRequest('/main.js');
  // The browser then fetches the index module itself; until it has, Vite has nothing to update.
  await dev.environments.client.transformRequest('virtual:help-panel');
  const sent: HotPayload[] = [];
  vi.spyOn(dev.environments.client.hot, 'send').mockImplementation((payload: unknown) => {
    sent.push(payload as HotPayload);
  });
  return sent;
}

/** Builds an app of `files` with the plugin's default (split) output, in memory. */
async function buildApp(files: Record<string, string>) {
  fixture = contentFixture(files);
  const output = await build({
    root: fixture.root,
    configFile: false,
    logLevel: 'silent',
    customLogger: recordingLogger(),
    plugins: [helpPanel({ content: 'help' })],
    build: { write: false, minify: false, rollupOptions: { input: `${fixture.root}/main.js` } },
  });
  return (Array.isArray(output) ? output[0] : output) as { output: { type: string; fileName: string; code?: string; source?: unknown }[] };
}

/** Tells Vite a file changed, as its file watcher would (the watcher is off so the test decides when). */
function touch(dev: ViteDevServer, event: 'change' | 'add' | 'unlink', file: string) {
  dev.watcher.emit(event, file);
}

describe('given one content folder', () => {
  it('serves its compiled index as virtual:help-panel and as virtual:help-panel/<folder name>', async () => {
    const { server: dev } = await devServer({ 'help/sync.md': article('Sync', 'Sync stops half way') });
    const index = await loadIndex(dev);
    expect(index.helpCenter.id).toBe('help');
    expect(index.symptoms.map((symptom) => symptom.title)).toContain('Sync stops half way');
    expect((await loadIndex(dev, 'virtual:help-panel/help')).hash).toBe(index.hash);
  });

  it('answers an unknown help center id with the ids it knows', async () => {
    const { server: dev } = await devServer({ 'help/sync.md': article('Sync', 'Sync stops half way') });
    await expect(loadIndex(dev, 'virtual:help-panel/billing')).rejects.toThrow(
      /Unknown help center "billing".*virtual:help-panel\/help/,
    );
  });
});

describe('given help centers named in an object', () => {
  it('serves each under its own id, the first one also as virtual:help-panel', async () => {
    const { server: dev } = await devServer(
      { 'docs/a/one.md': article('One', 'First problem'), 'docs/b/two.md': article('Two', 'Second problem') },
      { content: { alpha: 'docs/a', beta: 'docs/b' } },
    );
    const alpha = await loadIndex(dev, 'virtual:help-panel/alpha');
    const beta = await loadIndex(dev, 'virtual:help-panel/beta');
    expect(alpha.helpCenter.id).toBe('alpha');
    expect(beta.symptoms.map((symptom) => symptom.title)).toEqual(['Second problem']);
    expect((await loadIndex(dev)).hash).toBe(alpha.hash);
  });

});

describe('given content with an error', () => {
  it('fails the import with path:line:column and prints the same line through Vite’s logger', async () => {
    const { server: dev, logger } = await devServer({ 'help/a.md': DUPLICATE('A'), 'help/b.md': DUPLICATE('B') });
    await expect(loadIndex(dev)).rejects.toThrow(/help\/[ab]\.md:\d+:\d+: error: .*\[duplicate-id\]/);
    expect(logger.lines.some((line) => /^error: help\/[ab]\.md:\d+:\d+: error: /.test(line))).toBe(true);
  });

  it('fails vite build', async () => {
    fixture = contentFixture({
      'help/a.md': DUPLICATE('A'),
      'help/b.md': DUPLICATE('B'),
      'main.js': "import index from 'virtual:help-panel';\nconsole.log(index);\n",
    });
    await expect(
      build({
        root: fixture.root,
        configFile: false,
        logLevel: 'silent',
        customLogger: recordingLogger(),
        plugins: [helpPanel({ content: 'help' })],
        build: { write: false, rollupOptions: { input: `${fixture.root}/main.js` } },
      }),
    ).rejects.toThrow(/duplicate-id/);
  });
});

describe('given content with only a warning', () => {
  const files = { 'help/sync.md': article('Sync', 'Sync stops half way', 'Text with <b>raw</b> HTML.') };

  it('prints the warning and still serves the index', async () => {
    const { server: dev, logger } = await devServer(files);
    expect((await loadIndex(dev)).articles).toHaveLength(1);
    expect(logger.lines.some((line) => /^warn: help\/sync\.md:\d+:\d+: warning: .*\[raw-html\]/.test(line))).toBe(true);
  });

  it('fails the import when strict', async () => {
    const { server: dev } = await devServer(files, { strict: true });
    await expect(loadIndex(dev)).rejects.toThrow(/raw-html/);
  });
});

describe('given a page that imports the index in dev', () => {
  it('hot-updates the index module itself when an article is edited, not its importer, and serves the new text', async () => {
    const { server: dev, fixture: fix } = await devServer({ 'help/sync.md': article('Sync', 'Sync stops half way') });
    const sent = await openPage(dev, fix);
    const file = fix.write('help/sync.md', article('Sync', 'Sync never starts'));
    touch(dev, 'change', file);
    await vi.waitFor(() => expect(sent.some((payload) => payload.type === 'update')).toBe(true));
    const update = sent.find((payload) => payload.type === 'update');
    // The index module accepts its own update (and hands the new index to HelpProvider): the page is not reloaded.
    expect(update?.type === 'update' && update.updates.map((u) => u.path)).toEqual([expect.stringMatching(/virtual:help-panel\/help$/)]);
    expect(sent.some((payload) => payload.type === 'full-reload')).toBe(false);
    expect((await loadIndex(dev)).symptoms.map((symptom) => symptom.title)).toEqual(['Sync never starts']);
  });

  it('hot-updates when an article is added or removed', async () => {
    const { server: dev, fixture: fix } = await devServer({ 'help/sync.md': article('Sync', 'Sync stops half way') });
    const sent = await openPage(dev, fix);
    touch(dev, 'add', fix.write('help/login.md', article('Login', 'Cannot sign in')));
    await vi.waitFor(() => expect(sent.filter((payload) => payload.type === 'update')).toHaveLength(1));
    expect((await loadIndex(dev)).articles).toHaveLength(2);
  });

  it('shows a broken edit in the overlay with its location, keeps the old index, and recovers on the fix', async () => {
    const { server: dev, fixture: fix } = await devServer({ 'help/a.md': DUPLICATE('A'), 'help/b.md': article('B', 'Bee') });
    fix.write('help/a.md', article('A', 'Ay'));
    const sent = await openPage(dev, fix);
    const broken = fix.write('help/b.md', DUPLICATE('B'));
    fix.write('help/a.md', DUPLICATE('A'));
    touch(dev, 'change', broken);
    await vi.waitFor(() => expect(sent.some((payload) => payload.type === 'error')).toBe(true));
    const error = sent.find((payload) => payload.type === 'error');
    expect(error?.type === 'error' && error.err.loc?.file).toMatch(/help\/[ab]\.md$/);
    expect(error?.type === 'error' && error.err.message).toMatch(/:\d+:\d+: error: /);
    expect(sent.some((payload) => payload.type === 'update')).toBe(false);

    touch(dev, 'change', fix.write('help/b.md', article('B', 'Bee again')));
    await vi.waitFor(() => expect(sent.some((payload) => payload.type === 'update')).toBe(true));
  });

  it('ignores files that are not Markdown', async () => {
    const { server: dev, fixture: fix } = await devServer({ 'help/sync.md': article('Sync', 'Sync stops half way') });
    const sent = await openPage(dev, fix);
    touch(dev, 'change', fix.write('help/diagram.txt', 'not an article'));
    touch(dev, 'change', fix.write('help/sync.md', article('Sync', 'Changed')));
    await vi.waitFor(() => expect(sent.some((payload) => payload.type === 'update')).toBe(true));
    expect(sent.filter((payload) => payload.type === 'custom')).toHaveLength(1);
  });
});

describe('given the default split output', () => {
  const files = {
    'help/sync.md': article('Sync', 'Sync stops half way'),
    'help/login.md': article('Login', 'Cannot sign in'),
    'main.js': "import index from 'virtual:help-panel';\nwindow.helpIndex = index;\n",
  };

  it('emits the manifest, chunks and shards as assets, and the module only names the manifest', async () => {
    const bundle = await buildApp(files);
    const assets = bundle.output.filter((item) => item.type === 'asset').map((item) => item.fileName);
    const manifest = assets.find((name) => /^assets\/help-panel\/help\/manifest\.[0-9a-f]{8}\.json$/.test(name));
    expect(manifest).toBeDefined();
    expect(assets.some((name) => /^assets\/help-panel\/help\/c0\.[0-9a-f]{8}\.json$/.test(name))).toBe(true);
    expect(assets.some((name) => /^assets\/help-panel\/help\/s0\.[0-9a-f]{8}\.json$/.test(name))).toBe(true);
    const entry = bundle.output.find((item) => item.type === 'chunk')!;
    // No article text in the app's code, only the manifest's URL.
    expect(entry.code).not.toContain('Sync stops half way');
    expect(entry.code).toContain(manifest!.split('/').pop());
    const chunkText = String(bundle.output.find((item) => item.fileName.includes('/c0.'))!.source);
    expect(chunkText).toContain('Sync stops half way');
  });

  it('emits an exact code\'s early file, and the module names its bucket count and tag for the shell', async () => {
    const bundle = await buildApp({ ...files, 'help/payouts.md': '---\nerrors: [PAYOUT_ACCOUNT_MISSING]\n---\n# Payouts\n\nSymptom: the payout never arrives\nChecks:\n- [ ] A bank account is connected\n' });
    const assets = bundle.output.filter((item) => item.type === 'asset').map((item) => item.fileName);
    const early = assets.filter((name) => /^assets\/help-panel\/help\/x\d+\.[0-9a-f]{8}\.json$/.test(name));
    expect(early.length).toBeGreaterThan(0);
    const tag = early[0]!.split('.').at(-2)!;
    const entry = bundle.output.find((item) => item.type === 'chunk')!;
    expect(String(entry.code).replace(/\s+/g, '')).toContain(`"early":{"":{"buckets":${early.length},"tag":"${tag}"}}`);
  });

  it('serves the same files from the dev server, the previous build\'s too, and hot-updates the module on an edit', async () => {
    await devServer(files, { output: 'split' });
    if (!server || !fixture) throw new Error('the dev server did not start');
    const reference = (await server.ssrLoadModule('virtual:help-panel')) as { default: { kind: string; manifest: string; helpCenter: { id: string } } };
    expect(reference.default).toMatchObject({ kind: 'reference', helpCenter: { id: 'help' } });
    expect(reference.default.manifest).toMatch(/^\/@help-panel\/help\/manifest\.[0-9a-f]{8}\.json$/);
    // The dev server's own request handling, as a browser's fetch meets it.
    const http = await import('node:http');
    const listener = http.createServer(server.middlewares);
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const address = listener.address() as { port: number };
    const get = async (url: string) => {
      const response = await fetch(`http://127.0.0.1:${address.port}${url}`);
      return { status: response.status, body: await response.text() };
    };
    onTestFinished(() => new Promise<void>((resolve) => listener.close(() => resolve())));
    const manifest = await get(reference.default.manifest);
    expect(manifest.status).toBe(200);
    const parsed = JSON.parse(manifest.body) as { chunks: string; counts: { articles: number } };
    expect(parsed.counts.articles).toBe(2);
    const table = JSON.parse((await get(`/@help-panel/help/${splitFileName('t', 0, parsed.chunks)}`)).body) as { hashes: string };
    expect((await get(`/@help-panel/help/${splitFileName('c', 0, table.hashes)}`)).body).toContain('Sync stops half way');
    expect((await get('/@help-panel/help/c9.0000000000.json')).status).toBe(404);

    // An edit: a new manifest, and the old one is still served for a page that has it.
    await server.environments.client.transformRequest('virtual:help-panel');
    fixture.write('help/sync.md', article('Sync', 'Sync stops at the very end'));
    touch(server, 'change', `${fixture.root}/help/sync.md`);
    await vi.waitFor(async () => {
      const next = (await server!.ssrLoadModule('virtual:help-panel')) as { default: { manifest: string } };
      expect(next.default.manifest).not.toBe(reference.default.manifest);
      expect((await get(next.default.manifest)).status).toBe(200);
    });
    expect((await get(reference.default.manifest)).status).toBe(200);
  });
});

describe('given a help center with a German translation', () => {
  const files = {
    'help/sync.md': article('Sync', 'Sync stops half way'),
    'help/login.md': article('Login', 'Cannot sign in'),
    'help/de/sync.md': article('Synchronisierung', 'Die Synchronisierung hält auf halbem Weg an'),
    'main.js': "import index from 'virtual:help-panel';\nwindow.helpIndex = index;\n",
  };

  it('emits a split index per locale in its own folder, and the module names each locale’s manifest', async () => {
    const bundle = await buildApp(files);
    const assets = bundle.output.filter((item) => item.type === 'asset');
    const manifestOf = (tag: string) => assets.find((item) => new RegExp(`^assets/help-panel/help/${tag}/manifest\\.[0-9a-f]{8}\\.json$`).test(item.fileName));
    expect(manifestOf('en')).toBeDefined();
    expect(manifestOf('de')).toBeDefined();
    const texts = (tag: string) => assets.filter((item) => item.fileName.startsWith(`assets/help-panel/help/${tag}/`)).map((item) => String(item.source)).join('\n');
    expect(texts('de')).toContain('Die Synchronisierung hält');
    // The untranslated article comes along in German, from English.
    expect(texts('de')).toContain('Cannot sign in');
    expect(texts('en')).not.toContain('Die Synchronisierung hält');
    const entry = bundle.output.find((item) => item.type === 'chunk')!;
    expect(entry.code).not.toContain('Sync stops half way');
    expect(entry.code).toMatch(/defaultLocale"?:\s*"en"/);
    for (const tag of ['en', 'de']) expect(entry.code).toContain(manifestOf(tag)!.fileName.split('/').pop());
  });

  it('serves each locale’s files from the dev server under its folder, and the inline form carries every locale', async () => {
    await devServer(files, { output: 'split' });
    if (!server) throw new Error('the dev server did not start');
    const reference = (await server.ssrLoadModule('virtual:help-panel')) as { default: { manifest: string; defaultLocale: string; locales: Record<string, string> } };
    expect(reference.default.defaultLocale).toBe('en');
    expect(reference.default.locales.de).toMatch(/^\/@help-panel\/help\/de\/manifest\.[0-9a-f]{8}\.json$/);
    expect(reference.default.manifest).toBe(reference.default.locales.en);
    const http = await import('node:http');
    const listener = http.createServer(server.middlewares);
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => listener.close(() => resolve())));
    const response = await fetch(`http://127.0.0.1:${(listener.address() as { port: number }).port}${reference.default.locales.de}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { helpCenter: { locale: string } }).helpCenter.locale).toBe('de');

    await server.close();
    await devServer(files);
    const set = (await server!.ssrLoadModule('virtual:help-panel')) as { default: { kind: string; locales: Record<string, HelpIndex> } };
    expect(set.default.kind).toBe('locales');
    expect(set.default.locales.de?.articles.find((a) => a.id === 'sync')?.title).toBe('Synchronisierung');
  });
});
