// The docs' examples that run without a browser, run: the engine and compiler samples against the
// sample content and the docs' own example help centers, the servers against real requests, the
// import against its example export. What a page shows is code that does what the page says.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli';
import { compileContent, splitIndex } from '../../src/compiler/index';
import type { HelpIndex } from '../../src/schema/help-index';
import { createHelpEngine } from '../../src/engine/index';
import { passagesFor } from '../../docs/examples/ask/ground-a-question';
import { askWith } from '../../docs/examples/ask/own-model';
import { escalate } from '../../docs/examples/diagnostics-and-escalation/without-react';
import { collectHelpEvents } from '../../docs/examples/events-and-the-report/collector';
import { explainMatch } from '../../docs/examples/routes-and-errors/explain-match';
import { helpForFailedRequest } from '../../docs/examples/routes-and-errors/read-error-body';
import { mark, searchHelp } from '../../docs/examples/search/search-with-highlights';
import { openHelp } from '../../docs/examples/search/search-later';
import { helpForRoute } from '../../docs/examples/split-index-and-hosting/open-from-disk';
import { serveHelp } from '../../docs/examples/split-index-and-hosting/serve-help';
import { checkHelp } from '../../docs/examples/writing-help-content/check-content';

const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'docs/examples');
let ochre: HelpIndex;
let oxvo: HelpIndex;
const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'help-panel-docs-'));
  temporary.push(dir);
  return dir;
};

beforeAll(async () => {
  [ochre, oxvo] = await Promise.all([compileContent(join(root, 'content/ochre')), compileContent(join(root, 'content/oxvo'))]).then((all) => all.map((r) => r.index));
});
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('given the content of Writing help content', () => {
  const dir = join(examples, 'writing-help-content/content');

  it('compiles without an error or a warning, finding one symptom of each form the page shows', async () => {
    const { index, diagnostics } = await compileContent(dir, { knownDiagnostics: ['webhook-endpoint-reachable'] });
    expect(diagnostics).toEqual([]);
    expect(index.helpCenter.title).toBe('Acme help');
    expect(index.symptoms.map((symptom) => symptom.id).sort()).toEqual([
      'chat-widget#the-chat-widget-is-missing-on-your-site',
      'first-pass#five-minute-first-pass',
      'linear-disconnects#linear-disconnects',
      'troubleshoot-common-issues#webhooks-not-firing',
    ]);
    const webhooks = index.symptoms.find((symptom) => symptom.id === 'troubleshoot-common-issues#webhooks-not-firing')!;
    expect(webhooks.checks[0]?.diagnostic).toBe('webhook-endpoint-reachable');
    expect(index.articles.find((article) => article.id === 'troubleshoot-common-issues')?.escalation?.details.map((detail) => detail.label)).toEqual([
      'Your workspace slug.',
      'The exact time the issue started, in your local time zone.',
    ]);
  });

  it('checkHelp passes it, and fails a folder with a broken link at the link\'s line', async () => {
    const lines: string[] = [];
    expect(await checkHelp(dir, (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual(['4 articles, 4 symptoms']);

    const broken = tempDir();
    writeFileSync(join(broken, 'a.md'), '# A\n\nSee [the other](./missing.md).\n');
    const errors: string[] = [];
    expect(await checkHelp(broken, (line) => errors.push(line))).toBe(1);
    expect(errors[0]).toMatch(/a\.md:3:\d+: error: .*missing\.md.*\[broken-link\]/);
  });
});

describe('given the examples of Routes and errors', () => {
  it('compiles the billing article, whose error table and message pattern open its symptoms', async () => {
    const { compileSources } = await import('../../src/compiler/index');
    const text = readFileSync(join(examples, 'routes-and-errors/billing-errors.md'), 'utf8');
    const { index, diagnostics } = compileSources([{ path: 'billing-errors.md', text }], { root: 'help' });
    expect(diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    const engine = createHelpEngine(index);
    expect(engine.match({ route: '/checkout/pay', error: 'Your card was declined.' })[0]?.symptom.id).toBe('billing-errors#the-card-is-declined');
    expect(engine.match({ error: { status: 422, code: 'validation_failed', message: 'Card number is invalid' } })[0]?.article.id).toBe('billing-errors');
    expect(engine.match({ route: '/reports' })).toEqual([]);
  });

  it('explainMatch names the code a Stripe error matched on a customer page', () => {
    const [first] = explainMatch(ochre, '/customers/cus_42', { code: 'STRIPE_NOT_CONNECTED', message: 'Stripe is not connected' });
    expect(first).toMatch(/^stripe-not-showing#customer-360-shows-no-stripe-data \(\d+(\.\d+)?\): .*STRIPE_NOT_CONNECTED/);
  });

  it('helpForFailedRequest reads the code out of a JSON body the status alone would not give', async () => {
    const engine = createHelpEngine(oxvo);
    const response = new Response(JSON.stringify({ code: 'WEBHOOK_DELIVERY_FAILED', message: 'Delivery failed' }), {
      status: 502,
      headers: { 'content-type': 'application/json' },
    });
    expect((await helpForFailedRequest(engine, response, '/'))?.id).toBe('troubleshoot-common-issues#webhooks-not-firing');
  });
});

describe('given the examples of Search', () => {
  it('marks the matched text of each hit, typo and all', () => {
    expect(mark({ field: 'title', value: 'Webhooks not firing', ranges: [[0, 8]] })).toBe('[Webhooks] not firing');
    const results = searchHelp(oxvo, 'webhok');
    expect(results[0]).toContain('[Webhooks]');
  });

  it('matches at once and searches on the first query with the core', () => {
    const help = openHelp(oxvo);
    expect(help.match({ route: '/settings/storage' })[0]?.symptom.id).toBe('troubleshoot-common-issues#high-load-or-storage-growth');
    expect(help.search('webhooks')[0]?.symptom?.id).toBe('troubleshoot-common-issues#webhooks-not-firing');
  });
});

describe('given the help center of Languages', () => {
  it('pairs the German translation with its source: same ids, the source\'s routes, its own words', async () => {
    const { locales, diagnostics } = await compileContent(join(examples, 'languages/content'));
    expect(diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    const de = locales!.locales.de!;
    const en = locales!.locales.en!;
    expect(de.symptoms.map((s) => s.id)).toEqual(en.symptoms.map((s) => s.id));
    expect(de.symptoms[0]?.checks.map((c) => c.id)).toEqual(en.symptoms[0]?.checks.map((c) => c.id));
    expect(de.helpCenter.title).toBe('Acme-Hilfe');
    expect(createHelpEngine(de).match({ error: 'WEBHOOK_DELIVERY_FAILED' })[0]?.symptom.title).toBe('Zustellungen schlagen fehl');
  });
});

describe('given the examples of Split index and hosting', () => {
  let folder: string;
  let url: string;
  let server: Server;
  beforeAll(async () => {
    folder = tempDir();
    // What `help-panel build content/oxvo --out-dir <folder>` writes.
    expect(await main(['build', join(root, 'content/oxvo'), '--out-dir', folder], { stdout: () => {}, stderr: () => {} })).toBe(0);
    server = serveHelp(folder);
    url = await listen(server);
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('helpForRoute opens the folder from disk and loads the best match with its checks', async () => {
    const { symptom } = await helpForRoute(join(folder, 'en'), '/settings/storage');
    expect(symptom?.id).toBe('troubleshoot-common-issues#high-load-or-storage-growth');
    expect(symptom?.checks.length).toBeGreaterThan(0);
  });

  it('serveHelp serves the manifest uncached, hashed files for good, and nothing outside the folder', async () => {
    const manifest = await fetch(`${url}/manifest.json`);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    const named = (await manifest.json()) as { locales: Record<string, string> };
    const english = await fetch(`${url}/${named.locales.en}`);
    expect(english.status).toBe(200);
    expect(english.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${url}/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${url}/nothing.json`)).status).toBe(404);
  });

  it('serves what openHelpIndex needs over HTTP, as a CDN would', async () => {
    const { openHelpIndex } = await import('../../src/engine/index');
    const engine = await openHelpIndex(`${url}/en/`);
    await engine.lazy.prepareMatch({ route: '/login/mfa' });
    expect(engine.match({ route: '/login/mfa' })[0]?.symptom.id).toBe('troubleshoot-common-issues#user-cannot-sign-in-after-mfa-prompt');
  });
});

describe('given the examples of Diagnostics and escalation', () => {
  it('escalate runs the bound diagnostics and builds what support reads', async () => {
    const result = await escalate(oxvo, 'troubleshoot-common-issues#webhooks-not-firing', {
      'webhook-endpoint-reachable': async () => ({ ok: false, detail: 'https://hooks.example.com did not answer.' }),
    }, 'Nothing arrives since Monday.');
    expect(result?.payload.diagnostics).toEqual([
      expect.objectContaining({ diagnostic: 'webhook-endpoint-reachable', status: 'failed', detail: 'https://hooks.example.com did not answer.' }),
    ]);
    expect(result?.payload.checks.done).toEqual([]);
    expect(result?.summary).toContain('Nothing arrives since Monday.');
    expect(result?.summary).toContain('Webhooks not firing');
    expect(await escalate(oxvo, 'no-such#symptom', {}, '')).toBeNull();
  });

  it('binds the check of bind-a-check.md to its diagnostic', async () => {
    const { compileSources } = await import('../../src/compiler/index');
    const text = readFileSync(join(examples, 'diagnostics-and-escalation/bind-a-check.md'), 'utf8');
    const { index, diagnostics } = compileSources([{ path: 'webhooks.md', text }], { root: 'help', knownDiagnostics: ['webhook-endpoint-reachable'] });
    expect(diagnostics).toEqual([]);
    expect(index.symptoms[0]?.checks.map((check) => check.diagnostic ?? null)).toEqual(['webhook-endpoint-reachable', null]);
  });
});

describe('given the collector of Events and the report', () => {
  it('appends what the batcher posts to the log the report reads', async () => {
    const log = join(tempDir(), 'help-events.ndjson');
    const server = collectHelpEvents(log);
    const url = await listen(server);
    try {
      const { createEventBatcher } = await import('../../src/engine/index');
      const sent: Promise<Response>[] = [];
      const events = createEventBatcher({
        send: (batch) => sent.push(fetch(url, { method: 'POST', body: batch.map((envelope) => JSON.stringify(envelope)).join('\n') })),
      });
      events.onEvent({ type: 'search', query: 'zapier', resultCount: 0 }, { helpCenter: 'ochre', build: ochre.hash });
      events.onEvent({ type: 'panel-closed' }, { helpCenter: 'ochre', build: ochre.hash });
      events.flush();
      expect((await Promise.all(sent)).map((response) => response.status)).toEqual([204]);
      const lines = readFileSync(log, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { event: { type: string } });
      expect(lines.map((line) => line.event.type)).toEqual(['search', 'panel-closed']);
      expect((await fetch(url)).status).toBe(405);

      // And the report reads it.
      const out: string[] = [];
      expect(await main(['report', join(root, 'content/ochre'), '--events', log, '--json'], { stdout: (text) => out.push(text), stderr: () => {} })).toBe(0);
      expect(JSON.parse(out.join('')).searches.noResults).toEqual([{ query: 'zapier', count: 1 }]);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});

describe('given the examples of Ask in plain words', () => {
  it('passagesFor grounds a question in the user\'s words on the symptom that answers it, and a stray one on nothing', async () => {
    const passages = await passagesFor(ochre, 'my customers write to us but nothing turns up in the inbox');
    expect(passages[0]).toBe('[1] Customers send replies but nothing shows up in the inbox (not-getting-replies#customers-send-replies-but-nothing-shows-up-in-the-inbox)');
    expect(await passagesFor(ochre, 'how do I bake sourdough bread?')).toEqual([]);
  });

  it('askWith sends the prompt the panel would, through a client of your own', async () => {
    const seen: { role: string; content: string }[][] = [];
    const ask = askWith(async (messages) => {
      seen.push(messages);
      return 'Check DKIM [1].';
    });
    const passages = await createHelpEngine(ochre).ground('replies do not arrive in the inbox');
    expect(await ask({ question: 'replies do not arrive in the inbox', passages, locale: 'de' }, new AbortController().signal)).toBe('Check DKIM [1].');
    expect(seen[0]?.map((message) => message.role)).toEqual(['system', 'user']);
    expect(seen[0]?.[0]?.content).toContain('German');
  });
});

describe('given the export of Importing a help center', () => {
  it('imports as the page says: a checklist from Problem and Steps, a working link, the script dropped; and the folder builds', async () => {
    const out = join(tempDir(), 'content');
    const stderr: string[] = [];
    const io = { stdout: () => {}, stderr: (text: string) => stderr.push(text) };
    const args = ['import', 'zendesk', join(examples, 'importing/articles.json'), '--sections', join(examples, 'importing/sections.json'), '--out', out];
    expect(await main(args, io)).toBe(0);
    expect(stderr.join('')).toContain('<script>');
    const labels = readFileSync(join(out, 'labels-print-blank.md'), 'utf8');
    expect(labels).toContain('bucket: Printing');
    expect(labels).toContain('(./set-up-a-label-printer.md)');
    const { index, diagnostics } = await compileContent(out);
    expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(index.symptoms.find((symptom) => symptom.articleId === 'labels-print-blank')?.checks).toHaveLength(3);
  });
});
