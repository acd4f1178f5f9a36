import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli';
import { compileContent } from '../../src/compiler/compile-content';
import type { HelpEventEnvelope } from '../../src/engine/events/event-batcher';
import type { HelpEvent } from '../../src/engine/events/events';
import { buildReport, type HelpReport } from '../../src/report/build-report';
import { readEvents } from '../../src/report/read-events';
import { renderHtml } from '../../src/report/render-html';

const contentDir = fileURLToPath(new URL('../fixtures/report/content', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'help-panel-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let build = '';
beforeAll(async () => {
  build = (await compileContent(contentDir)).index.hash;
});

let clock = Date.parse('2026-03-01T10:00:00Z');
/** A session: its events in order, as the batcher would wrap them. */
function session(id: string, events: HelpEvent[], source: { helpCenter?: string; build?: string } = {}): HelpEventEnvelope[] {
  return events.map((event) => ({
    v: 1,
    session: id,
    at: new Date((clock += 1000)).toISOString(),
    helpCenter: source.helpCenter ?? 'content',
    build: source.build ?? build,
    event,
  }));
}

function writeLog(name: string, lines: (HelpEventEnvelope | string)[]): string {
  const path = join(scratch, name);
  writeFileSync(path, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');
  return path;
}

const open: HelpEvent = { type: 'panel-opened', by: 'button' };
const card = 'billing#card-declined';
const tick = (symptomId: string, checkId: string): HelpEvent => ({ type: 'check-toggled', symptomId, checkId, checked: true, by: 'user' });
const search = (query: string, resultCount: number): HelpEvent => ({ type: 'search', query, resultCount });

/** Sessions whose numbers the tests below know by heart. */
function scriptedSessions(): HelpEventEnvelope[] {
  return [
    // 1: a card error opens its symptom; one check, then escalation.
    ...session('s1', [
      { type: 'error-seen', route: '/billing', error: { code: 'PAYMENT_DECLINED' }, matches: [{ symptomId: card, articleId: 'billing' }] },
      open,
      { type: 'article-viewed', articleId: 'billing', symptomId: card },
      tick(card, 'check-the-card-s-expiry-date'),
      { type: 'escalation-sent', articleId: 'billing', symptomId: card, channel: 'callback', hasNote: false, checksDone: 1, checksTotal: 2 },
    ]),
    // 2: same symptom, every check ticked, helpful.
    ...session('s2', [
      open,
      { type: 'article-viewed', articleId: 'billing', symptomId: card },
      tick(card, 'check-the-card-s-expiry-date'),
      tick(card, 'ask-the-bank-to-allow-the-charge'),
      { type: 'feedback', articleId: 'billing', symptomId: card, helpful: true, hasComment: false },
    ]),
    // 3: an export error no article names; found by search, solved, said helpful.
    ...session('s3', [
      { type: 'error-seen', route: '/exports/91', error: { code: 'EXPORT_TIMEOUT', message: 'Export 91 timed out' }, matches: [] },
      open,
      search('refund policy', 0),
      search('export', 1),
      { type: 'article-viewed', articleId: 'exports', symptomId: 'exports#export-never-arrives' },
      { type: 'feedback', articleId: 'exports', symptomId: 'exports#export-never-arrives', helpful: true, hasComment: false },
    ]),
    // 4: the same no-result search again (other case and spacing), a search nobody clicked, a not-helpful vote with a comment.
    ...session('s4', [
      open,
      search('  Refund   Policy ', 0),
      search('webhook', 2),
      { type: 'panel-closed' },
      { type: 'feedback', articleId: 'webhooks', helpful: false, hasComment: true, comment: 'Nothing about retries' },
      {
        type: 'diagnostic-finished',
        symptomId: 'webhooks#webhooks-not-firing',
        checkId: 'verify-the-endpoint-url',
        diagnostic: 'endpoint-reachable',
        status: 'failed',
        durationMs: 12,
      },
    ]),
    // 5: the third no-result search, and the export error again, solved by ticking every check.
    ...session('s5', [
      { type: 'error-seen', error: { code: 'EXPORT_TIMEOUT', message: 'Export 12 timed out' }, matches: [] },
      open,
      search('refund policy', 0),
      { type: 'article-viewed', articleId: 'exports', symptomId: 'exports#export-never-arrives' },
      tick('exports#export-never-arrives', 'look-in-your-spam-folder'),
      tick('exports#export-never-arrives', 'try-a-smaller-date-range'),
    ]),
  ];
}

describe('given scripted sessions against the content they were built from', () => {
  let report: HelpReport;
  beforeAll(async () => {
    report = await buildReport({ contentDir, events: [writeLog('sessions.ndjson', scriptedSessions())] });
  });

  it('counts the deflection funnel in sessions, each step once per session', () => {
    expect(report.funnel).toEqual({ opened: 5, symptomShown: 4, checkedAny: 3, checkedAll: 2, helpfulYes: 2, escalated: 1 });
  });

  it('lists the no-result query with how often it was asked, however it was typed', () => {
    expect(report.searches.noResults).toEqual([{ query: 'refund policy', count: 3 }]);
  });

  it('lists a search with results that no one opened, with what the content shows for it', () => {
    expect(report.searches.noClick.map(({ query, count }) => ({ query, count }))).toEqual([{ query: 'webhook', count: 1 }]);
    expect(report.searches.noClick[0]!.shown[0]).toMatchObject({ title: 'Webhooks not firing' });
  });

  it('counts the escalation on its symptom, with the funnel of every symptom shown', () => {
    const symptom = report.symptoms.find((s) => s.id === card);
    expect(symptom).toMatchObject({ shown: 2, checkedAny: 2, checkedAll: 1, helpfulYes: 1, helpfulNo: 0, escalated: 1, escalatedAfterChecks: 1 });
    expect(report.escalationAfterChecklist.map((s) => [s.id, s.escalationRateAfterChecks])).toEqual([[card, 50]]);
  });

  it('lists failing diagnostics and not-helpful votes with their comments', () => {
    expect(report.failingDiagnostics).toEqual([
      expect.objectContaining({ diagnostic: 'endpoint-reachable', check: 'Verify the endpoint URL.', failed: 1, runs: 1 }),
    ]);
    expect(report.notHelpful).toEqual([{ articleId: 'webhooks', title: 'Webhooks', count: 1, comments: ['Nothing about retries'] }]);
  });

  it('lists the errors that matched nothing, grouped by the pattern that would name them, with the routes they happened on', () => {
    expect(report.coverage.unmatchedErrors).toEqual([
      {
        error: { code: 'EXPORT_TIMEOUT', message: 'Export 91 timed out' },
        pattern: 'code:EXPORT_TIMEOUT',
        count: 2,
        sessions: 2,
        routes: ['/exports/91'],
      },
    ]);
  });

  it('suggests the pattern that would have opened the article that solved the error', () => {
    expect(report.suggestedPatterns).toEqual([
      { articleId: 'exports', pattern: 'code:EXPORT_TIMEOUT', count: 2, frontMatter: 'errors: [code:EXPORT_TIMEOUT]', file: 'exports.md' },
    ]);
  });

  it('lists every article as reached when a view, match or error got there', () => {
    expect(report.coverage.articlesNeverReached.map((a) => a.id)).toEqual(['webhooks']);
  });

  it('renders a self-contained page: inline SVG, no scripts, no external URLs', () => {
    const html = renderHtml(report);
    expect(html).toContain('<svg role="img"');
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/);
    expect(html).toContain('refund policy');
  });
});

describe('given a log with bad lines and events from another build', () => {
  it('skips and counts each malformed line with its number, and reports other builds apart', async () => {
    const good = session('a', [open]);
    const other = session('b', [open, search('old query', 0)], { build: 'an-older-build' });
    const log = writeLog('mixed.ndjson', [
      good[0]!,
      '{ not json',
      '',
      '{"v":1,"session":"x","at":"2026-01-01T00:00:00Z"}',
      '{"v":9,"session":"x","at":"2026-01-01T00:00:00Z","event":{"type":"panel-opened"}}',
      ...other,
      '[1,2]',
    ]);
    const report = await buildReport({ contentDir, events: [log] });
    expect(report.events).toMatchObject({ read: 3, counted: 1, sessions: 1, malformed: 4 });
    expect(report.events.malformedLines).toEqual([
      { file: log, line: 2, reason: 'not JSON' },
      { file: log, line: 4, reason: 'no "event.type"' },
      { file: log, line: 5, reason: expect.stringMatching(/envelope version 9 is newer/) },
      { file: log, line: 8, reason: 'not a JSON object' },
    ]);
    expect(report.events.otherBuilds).toEqual([
      expect.objectContaining({ helpCenter: 'content', build: 'an-older-build', events: 2, sessions: 1 }),
    ]);
    expect(report.searches.noResults).toEqual([]);
    const all = await buildReport({ contentDir, events: [log], allBuilds: true });
    expect(all.searches.noResults).toEqual([{ query: 'old query', count: 1 }]);
  });

  it('does not suggest a pattern the article already lists, however it is written', async () => {
    // An older build did not name PAYMENT_DECLINED; the content now does (as a bare code).
    const old = session('o1', [
      { type: 'error-seen', error: { code: 'PAYMENT_DECLINED' }, matches: [] },
      { type: 'feedback', articleId: 'billing', helpful: true, hasComment: false },
    ], { build: 'an-older-build' });
    const report = await buildReport({ contentDir, events: [writeLog('old.ndjson', old)], allBuilds: true });
    expect(report.coverage.unmatchedErrors).toHaveLength(1);
    expect(report.suggestedPatterns).toEqual([]);
  });

  it('reads CRLF lines and a last line without a newline', async () => {
    const [first, second] = session('c', [open, search('crlf', 0)]);
    const path = join(scratch, 'crlf.ndjson');
    writeFileSync(path, `${JSON.stringify(first)}\r\n${JSON.stringify(second)}`);
    const seen: string[] = [];
    const stats = await readEvents([path], (envelope) => seen.push(envelope.event.type));
    expect(seen).toEqual(['panel-opened', 'search']);
    expect(stats).toMatchObject({ lines: 2, events: 2, malformed: 0 });
  });

  it('counts a session that comes back after 30 idle minutes as a new one', async () => {
    const at = (minutes: number) => new Date(Date.parse('2026-03-02T09:50:00Z') + minutes * 60_000).toISOString();
    const [first, second, third] = session('idle', [open, open, open]);
    const log = writeLog('idle.ndjson', [
      { ...first!, at: at(0) },
      { ...second!, at: at(29) },
      { ...third!, at: at(60) },
    ]);
    const report = await buildReport({ contentDir, events: [log] });
    expect(report.events.sessions).toBe(2);
    expect(report.funnel.opened).toBe(2);
  });

  it('names a missing log instead of throwing', async () => {
    await expect(readEvents([join(scratch, 'nope.ndjson')], () => {})).rejects.toThrow(/could not read the event log .*nope\.ndjson \(it does not exist\)/);
  });
});

describe('given the report command', () => {
  const run = async (args: string[], confirm?: (question: string) => Promise<boolean>) => {
    let stdout = '';
    let stderr = '';
    const status = await main(['report', ...args], {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      ...(confirm ? { confirm } : {}),
    });
    return { status, stdout, stderr };
  };
  let log = '';
  let routes = '';
  let errors = '';
  beforeAll(() => {
    log = writeLog('cli.ndjson', scriptedSessions());
    routes = join(scratch, 'routes.txt');
    writeFileSync(routes, '/billing\n/settings/webhooks\n/exports\n/reports\n');
    errors = join(scratch, 'errors.json');
    writeFileSync(errors, '["PAYMENT_DECLINED", "EXPORT_TIMEOUT"]');
  });

  it('prints JSON with the documented field names', async () => {
    const { status, stdout } = await run([contentDir, '--events', log, '--routes', routes, '--errors', errors, '--json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as HelpReport;
    expect(Object.keys(json.funnel)).toEqual(['opened', 'symptomShown', 'checkedAny', 'checkedAll', 'helpfulYes', 'escalated']);
    expect(json.searches.noResults[0]).toEqual({ query: 'refund policy', count: 3 });
    expect(json.searches.noClick[0]).toMatchObject({ query: 'webhook', count: 1 });
    expect(json.symptoms[0]).toEqual(expect.objectContaining({ id: card, shown: 2, escalated: 1, helpfulYes: 1, helpfulNo: 0 }));
    expect(json.coverage.routesWithoutArticle).toEqual(['/exports', '/reports']);
    expect(json.coverage.errorsWithoutArticle).toEqual(['EXPORT_TIMEOUT']);
    expect(json.suggestedPatterns[0]).toEqual(expect.objectContaining({ articleId: 'exports', pattern: 'code:EXPORT_TIMEOUT', count: 2 }));
  });

  it('prints a terminal summary and writes the HTML report', async () => {
    const html = join(scratch, 'out', 'report.html');
    const { status, stdout, stderr } = await run([contentDir, '--events', log, '--html', html]);
    expect(status).toBe(0);
    expect(stdout).toContain('Deflection funnel');
    expect(stdout).toMatch(/3 {2}"refund policy"/);
    expect(stderr).toContain('wrote');
    expect(readFileSync(html, 'utf8')).toContain('<!doctype html>');
  });

  it('exits 1 when a coverage is under --fail-under, and 0 when it is not', async () => {
    const under = await run([contentDir, '--events', log, '--routes', routes, '--fail-under', 'route-coverage=80', '--json']);
    expect(under.status).toBe(1);
    expect(under.stderr).toContain('route-coverage is 50%, below 80% (2 of 4 covered)');
    const over = await run([contentDir, '--events', log, '--errors', errors, '--fail-under', 'error-coverage=50', '--json']);
    expect(over.status).toBe(0);
  });

  it('counts events of a help center named otherwise with --help-center, and reports them apart without it', async () => {
    const renamed = writeLog('renamed.ndjson', session('r1', [open, search('refund policy', 0)], { helpCenter: 'acme' }));
    const apart = JSON.parse((await run([contentDir, '--events', renamed, '--json'])).stdout) as HelpReport;
    expect(apart.events.counted).toBe(0);
    expect(apart.events.otherBuilds).toEqual([expect.objectContaining({ helpCenter: 'acme', events: 2 })]);
    const named = JSON.parse((await run([contentDir, '--events', renamed, '--help-center', 'acme', '--json'])).stdout) as HelpReport;
    expect(named.searches.noResults).toEqual([{ query: 'refund policy', count: 1 }]);
  });

  it('reads every log that follows --events, as a shell glob gives them', async () => {
    const second = writeLog('more.ndjson', session('s9', [open, search('refund policy', 0)]));
    const { status, stdout } = await run([contentDir, '--events', log, second, '--json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as HelpReport;
    expect(json.events.files).toEqual([log, second]);
    expect(json.searches.noResults[0]).toEqual({ query: 'refund policy', count: 4 });
  });

  it('answers usage mistakes with the allowed values', async () => {
    expect((await run([contentDir])).stderr).toContain('missing --events');
    const metric = await run([contentDir, '--events', log, '--fail-under', 'speed=3']);
    expect(metric).toMatchObject({ status: 2 });
    expect(metric.stderr).toContain('Allowed metrics: route-coverage, error-coverage');
    expect((await run([contentDir, '--events', log, '--fail-under', 'route-coverage=80'])).stderr).toContain('needs the app\'s routes');
    expect((await run([contentDir, '--events', join(scratch, 'missing.ndjson')])).stderr).toMatch(/could not read the event log/);
  });

  it('writes suggested patterns only after a yes, keeping the rest of the front matter as it was', async () => {
    const copy = join(scratch, 'copy', 'content'); // same folder name: the same help center id
    cpSync(contentDir, copy, { recursive: true });
    const before = readFileSync(join(copy, 'exports.md'), 'utf8');
    const refused = await run([copy, '--events', log, '--write-patterns'], async () => false);
    expect(refused.status).toBe(1);
    expect(readFileSync(join(copy, 'exports.md'), 'utf8')).toBe(before);

    const questions: string[] = [];
    const agreed = await run([copy, '--events', log, '--write-patterns'], async (question) => {
      questions.push(question);
      return true;
    });
    expect(agreed.status).toBe(0);
    expect(questions[0]).toContain('exports.md: errors: [code:EXPORT_TIMEOUT]');
    expect(readFileSync(join(copy, 'exports.md'), 'utf8')).toBe(
      before.replace('aliases: [csv, download data]\n', 'aliases: [csv, download data]\nerrors: [code:EXPORT_TIMEOUT]\n'),
    );
    // The article now opens on the error: compiling it matches.
    const { index, diagnostics } = await compileContent(copy);
    expect(diagnostics).toEqual([]);
    expect(index.articles.find((a) => a.id === 'exports')?.context.errors.map((e) => e.raw)).toEqual(['code:EXPORT_TIMEOUT']);
  });
});

describe('given a help center in several languages', () => {
  it('counts the sessions of users in every language as this build’s, and another build’s apart', async () => {
    const dir = join(scratch, 'content');
    cpSync(contentDir, dir, { recursive: true });
    mkdirSync(join(dir, 'de'));
    writeFileSync(join(dir, 'de', 'billing.md'), readFileSync(join(dir, 'billing.md'), 'utf8').replace(/^# .*$/m, '# Abrechnung'));
    const { locales } = await compileContent(dir);
    const german = locales?.locales.de?.hash;
    expect(german).toBeDefined();
    expect(german).not.toBe(locales?.locales[locales.defaultLocale]?.hash);
    const log = writeLog('languages.ndjson', [
      ...session('en1', [open, { type: 'article-viewed', articleId: 'billing', symptomId: card }], { build: locales!.locales.en!.hash }),
      ...session('de1', [open, { type: 'article-viewed', articleId: 'billing', symptomId: card }], { build: german! }),
      ...session('old', [open], { build: 'an-older-build' }),
    ]);
    const report = await buildReport({ contentDir: dir, events: [log] });
    expect(report.events).toMatchObject({ counted: 4, sessions: 2 });
    expect(report.events.otherBuilds).toEqual([expect.objectContaining({ build: 'an-older-build', sessions: 1 })]);
  });
});
