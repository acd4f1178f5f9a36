import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile-content';
import type { HelpEventEnvelope } from '../../src/engine/events/event-batcher';
import type { HelpEvent } from '../../src/engine/events/events';
import { buildReport, type HelpReport } from '../../src/report/build-report';
import { renderHtml } from '../../src/report/render-html';
import { renderText } from '../../src/report/render-text';

const contentDir = fileURLToPath(new URL('../fixtures/report/content', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'help-panel-ask-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let build = '';
let clock = Date.parse('2026-04-01T09:00:00Z');
const session = (id: string, events: HelpEvent[]): HelpEventEnvelope[] =>
  events.map((event) => ({ v: 1, session: id, at: new Date((clock += 1000)).toISOString(), helpCenter: 'content', build, event }));

const card = 'billing#card-declined';
const asked = (question: string, passages: number): HelpEvent => ({ type: 'ask-started', question, passages });
const answered = (question: string, citations: string[], grounded: boolean, passages = 2): HelpEvent => ({
  type: 'ask-answered',
  question,
  passages,
  citations,
  grounded,
  durationMs: 900,
});

describe('given sessions that asked questions in their own words', () => {
  let report: HelpReport;
  beforeAll(async () => {
    build = (await compileContent(contentDir)).index.hash;
    const lines = [
      // A question the billing article answers, cited twice over two sessions, said helpful once.
      ...session('a1', [asked('why was my card refused?', 2), answered('why was my card refused?', [card, 'billing#invoice-missing'], true)]),
      ...session('a2', [
        asked('Why was my card refused?', 1),
        answered('Why was my card refused?', [card], true),
        { type: 'ask-feedback', question: 'Why was my card refused?', helpful: true, citations: [card] },
      ]),
      // No article covers it: no passage, no model asked.
      ...session('a3', [asked('How do I export to Excel?', 0), answered('How do I export to Excel?', [], false, 0)]),
      // Asked again with other spacing; and an answer that cited nothing it was given.
      ...session('a4', [
        asked('how do i  export to excel?', 0),
        answered('how do i  export to excel?', [], false, 0),
        asked('can I pay by bank transfer?', 2),
        answered('can I pay by bank transfer?', [], true),
        { type: 'ask-feedback', question: 'can I pay by bank transfer?', helpful: false, citations: [] },
      ]),
      // One failed, one stopped.
      ...session('a5', [
        asked('why are webhooks late?', 1),
        { type: 'ask-failed', question: 'why are webhooks late?', reason: 'error', message: 'The model server answered 500.', durationMs: 40 },
        asked('why are webhooks late?', 1),
        { type: 'ask-failed', question: 'why are webhooks late?', reason: 'stopped', message: 'Stopped', durationMs: 10 },
      ]),
    ];
    const log = join(scratch, 'asks.ndjson');
    writeFileSync(log, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    report = await buildReport({ contentDir, events: [log] });
  });

  it('counts questions asked, answered, citing the help center, failed and stopped', () => {
    expect(report.asks).toMatchObject({ asked: 7, answered: 5, cited: 2, failed: 1, stopped: 1, helpful: { yes: 1, no: 1 } });
  });

  it('lists the questions the content did not cover, most asked first, however they were typed', () => {
    expect(report.asks.notCovered).toEqual([
      { query: 'how do i export to excel?', count: 2 },
      { query: 'can i pay by bank transfer?', count: 1 },
    ]);
  });

  it('counts, per symptom, how many answers cited it, with its title', () => {
    expect(report.asks.citedBy).toEqual([
      { id: card, articleId: 'billing', title: 'Card declined', count: 2 },
      { id: 'billing#invoice-missing', articleId: 'billing', title: 'Invoice missing', count: 1 },
    ]);
  });

  it('prints both lists in the text report and the page', () => {
    const text = renderText(report);
    expect(text).toContain('Questions the content did not cover (articles to write next)');
    expect(text).toMatch(/2 {2}"how do i export to excel\?"/);
    expect(text).toContain('Card declined [billing#card-declined]');
    const html = renderHtml(report);
    expect(html).toContain('Questions the content did not cover: the articles to write next');
    expect(html).toContain('<td>how do i export to excel?</td><td>2</td>');
  });
});

describe('given sessions that never asked', () => {
  it('leaves the questions sections out of the text report', async () => {
    build = (await compileContent(contentDir)).index.hash;
    const log = join(scratch, 'quiet.ndjson');
    writeFileSync(log, `${session('q', [{ type: 'panel-opened', by: 'button' }]).map((line) => JSON.stringify(line)).join('\n')}\n`);
    const report = await buildReport({ contentDir, events: [log] });
    expect(report.asks).toMatchObject({ asked: 0, answered: 0, notCovered: [], citedBy: [] });
    expect(renderText(report)).not.toContain('Questions the content did not cover');
  });
});

describe('given content whose only diagnostics are notes', () => {
  it('counts problems without them, and names the problems there are', async () => {
    build = (await compileContent(contentDir)).index.hash;
    const log = join(scratch, 'notes.ndjson');
    writeFileSync(log, `${session('n', [{ type: 'panel-opened', by: 'button' }]).map((line) => JSON.stringify(line)).join('\n')}\n`);
    const report = await buildReport({ contentDir, events: [log] });
    const at = { file: 'a.md', line: 1, column: 1 };
    const note = { ...at, level: 'info' as const, code: 'missing-translations', message: 'de: 1 article not translated' };
    const warning = { ...at, level: 'warning' as const, code: 'broken-link', message: 'no such article' };
    expect(renderText({ ...report, contentDiagnostics: [note] } as HelpReport)).not.toContain('The content has');
    expect(renderText({ ...report, contentDiagnostics: [note, warning] } as HelpReport)).toContain('The content has 1 problem;');
  });
});
