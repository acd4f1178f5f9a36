import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { HelpEventEnvelope } from '../../src/engine/events/event-batcher';
import { buildReport, type HelpReport } from '../../src/report/build-report';
import { renderHtml } from '../../src/report/render-html';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import {
  ESCALATED_SYMPTOM,
  NO_RESULT_QUERY,
  NO_RESULT_SESSIONS,
  runDemoSessions,
  SOLVING_ARTICLE,
  UNKNOWN_ERROR_CODE,
} from './demo-sessions';

const demoUrl = inject('demoUrl');
const root = fileURLToPath(new URL('../..', import.meta.url));
// Where the demo's event-log plugin appends (stories/demo/vite.config.ts), under a name of this run's own.
const eventsDir = process.env.HELP_PANEL_DEMO_EVENTS ?? join(root, 'node_modules/.cache/help-panel-demo-events');
const logName = `report-e2e-${process.pid}-${Date.now().toString(36)}`;
const logFile = join(eventsDir, `${logName}.ndjson`);
const url = (path: string) => `${demoUrl}${path}?center=ochre&log=${logName}`;

/** Waits until the log stops growing: beacons sent on pagehide arrive a little after the page is gone. */
async function settledLog(): Promise<string> {
  let last = -1;
  for (let quiet = 0; quiet < 4; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const size = existsSync(logFile) ? statSync(logFile).size : 0;
    quiet = size === last && size > 0 ? quiet + 1 : 0;
    last = size;
  }
  return readFileSync(logFile, 'utf8');
}

let browser: Browser;
let envelopes: HelpEventEnvelope[];
let report: HelpReport;
const scratch = mkdtempSync(join(tmpdir(), 'help-panel-report-e2e-'));

beforeAll(async () => {
  browser = await launchChromium();
  let log = '';
  await runDemoSessions(browser, url, async () => {
    log = await settledLog();
  });
  envelopes = log
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as HelpEventEnvelope);
  report = await buildReport({ contentDir: join(root, 'content/ochre'), events: [logFile] });
});
afterAll(async () => {
  await browser?.close();
  rmSync(logFile, { force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('given sessions recorded by driving the demo in Chromium', () => {
  it('collected versioned envelopes with a session, a time, the help center and its build', () => {
    const sessions = new Set(envelopes.map((envelope) => envelope.session));
    expect(sessions.size).toBe(NO_RESULT_SESSIONS + 3);
    for (const envelope of envelopes) {
      expect(envelope).toMatchObject({ v: 1, helpCenter: 'ochre', build: report.build });
      expect(Number.isNaN(Date.parse(envelope.at))).toBe(false);
    }
    // Everything the report counts came from the content's own build: nothing reported apart.
    expect(report.events).toMatchObject({ counted: envelopes.length, malformed: 0, otherBuilds: [] });
  });

  it('lists the query that found nothing with the number of sessions that typed it', () => {
    expect(report.searches.noResults).toContainEqual({ query: NO_RESULT_QUERY, count: NO_RESULT_SESSIONS });
  });

  it('counts the escalation on its symptom, after its ticked check', () => {
    const symptom = report.symptoms.find((s) => s.id === ESCALATED_SYMPTOM);
    expect(symptom).toMatchObject({ escalated: 1, escalatedAfterChecks: 1 });
    expect(symptom!.shown).toBeGreaterThanOrEqual(1);
    expect(report.funnel.escalated).toBe(1);
  });

  it('counts every session in the funnel and the vote that said it helped', () => {
    expect(report.funnel.opened).toBe(NO_RESULT_SESSIONS + 3);
    expect(report.funnel.helpfulYes).toBe(1);
    expect(report.funnel.symptomShown).toBe(2);
  });

  it('lists a search with results that no one opened', () => {
    expect(report.searches.noClick.map((q) => q.query)).toContain('slack');
  });

  it('reports the error no article names, and the pattern that would have opened the article that solved it', () => {
    expect(report.coverage.unmatchedErrors).toContainEqual(
      expect.objectContaining({ error: expect.objectContaining({ code: UNKNOWN_ERROR_CODE }), count: 1, sessions: 1 }),
    );
    expect(report.suggestedPatterns).toContainEqual(
      expect.objectContaining({ articleId: SOLVING_ARTICLE, pattern: `code:${UNKNOWN_ERROR_CODE}`, count: 1 }),
    );
  });
});

describe('given the HTML report of those sessions', () => {
  it('opens in Chromium offline, with no console errors, no requests, and no axe violations', async () => {
    const file = join(scratch, 'report.html');
    writeFileSync(file, renderHtml(report));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);
      await page.getByRole('heading', { name: 'Help report: Ochre' }).waitFor();
      expect(await page.getByRole('img', { name: /Deflection funnel/ }).count()).toBe(1);
      expect(await page.getByRole('cell', { name: NO_RESULT_QUERY, exact: true }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
    } finally {
      await context.close();
    }
  });
});
