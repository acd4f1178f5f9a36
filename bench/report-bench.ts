import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileContent } from '../src/compiler/compile-content';
import type { HelpEventEnvelope } from '../src/engine/events/event-batcher';
import type { HelpEvent } from '../src/engine/events/events';
import type { HelpIndex } from '../src/schema/help-index';
import { buildReport } from '../src/report/build-report';
import { createRandom } from './generate-corpus';

/** `npm run bench` runs from the repository root (the bench is bundled elsewhere, so not relative to this file). */
const CONTENT = resolve('content/ochre');

/** What people type into a help search box: real questions, typos, and a long tail of one-offs. */
const QUERIES = [
  'stripe', 'strpe not showing', 'slack', 'widget not loading', 'ai drafts', 'refund policy', 'export csv', 'invoice',
  'linear disconnect', 'import stuck', 'no replies', 'dark mode', 'api rate limit', 'sso', 'delete account', 'webhook',
];
const UNMATCHED_ERRORS = [
  { code: 'EXPORT_TIMEOUT', message: 'Export timed out' },
  { status: 429, message: 'Too many requests' },
  { name: 'TypeError', message: "Cannot read properties of undefined (reading 'id')" },
];

/**
 * Writes `events` envelopes of plausible sessions: most open the panel on a
 * matched error or route, look at a symptom, tick some checks; some search
 * (with and without results), vote, run diagnostics or escalate.
 */
async function writeLog(path: string, events: number, index: HelpIndex, seed: number): Promise<void> {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const symptoms = index.symptoms.filter((symptom) => symptom.checks.length > 0);
  if (symptoms.length === 0) throw new Error(`no symptoms in ${CONTENT}; run the bench from the repository root`);
  const out = createWriteStream(path);
  let written = 0;
  let time = Date.parse('2026-02-01T00:00:00Z');
  let sessionNumber = 0;
  let buffer: string[] = [];
  const flush = async () => {
    if (!out.write(buffer.join(''))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    buffer = [];
  };
  while (written < events) {
    const session = `s${(sessionNumber++).toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;
    const list: HelpEvent[] = [];
    const symptom = pick(symptoms);
    if (random() < 0.3) {
      const unmatched = random() < 0.3;
      list.push({
        type: 'error-seen',
        route: `/customers/cus_${Math.floor(random() * 900)}`,
        error: unmatched ? pick(UNMATCHED_ERRORS) : { code: `E_${symptom.slug.slice(0, 12).toUpperCase()}` },
        matches: unmatched ? [] : [{ symptomId: symptom.id, articleId: symptom.articleId }],
      });
    }
    list.push({ type: 'panel-opened', by: pick(['button', 'shortcut', 'error', 'api'] as const) });
    for (let s = 0, searches = Math.floor(random() * 3); s < searches; s++) {
      const query = random() < 0.1 ? `${pick(QUERIES)} ${Math.floor(random() * 1000)}` : pick(QUERIES);
      list.push({ type: 'search', query, resultCount: random() < 0.25 ? 0 : 1 + Math.floor(random() * 8) });
    }
    list.push({ type: 'article-viewed', articleId: symptom.articleId, symptomId: symptom.id });
    for (const check of symptom.checks) {
      if (random() < 0.6) list.push({ type: 'check-toggled', symptomId: symptom.id, checkId: check.id, checked: true, by: 'user' });
      if (check.diagnostic && random() < 0.5) {
        list.push({
          type: 'diagnostic-finished',
          symptomId: symptom.id,
          checkId: check.id,
          diagnostic: check.diagnostic,
          status: pick(['passed', 'failed', 'unknown'] as const),
          durationMs: Math.floor(random() * 300),
        });
      }
    }
    if (random() < 0.4) list.push({ type: 'feedback', articleId: symptom.articleId, symptomId: symptom.id, helpful: random() < 0.7, hasComment: false });
    if (random() < 0.15) {
      list.push({
        type: 'escalation-sent',
        articleId: symptom.articleId,
        symptomId: symptom.id,
        channel: 'callback',
        hasNote: random() < 0.5,
        checksDone: 1,
        checksTotal: symptom.checks.length,
      });
    }
    list.push({ type: 'panel-closed' });
    for (const event of list.slice(0, events - written)) {
      time += 1 + Math.floor(random() * 4000);
      const envelope: HelpEventEnvelope = {
        v: 1,
        session,
        at: new Date(time).toISOString(),
        helpCenter: index.helpCenter.id,
        build: index.hash,
        event,
      };
      buffer.push(`${JSON.stringify(envelope)}\n`);
      written++;
    }
    if (buffer.length >= 5_000) await flush();
  }
  await flush();
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Runs the report over `path`, sampling RSS as it streams; returns the time and the peak growth over the RSS before it. */
async function measure(path: string): Promise<{ ms: number; cpuMs: number; growthMb: number; sessions: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const report = await buildReport({ contentDir: CONTENT, events: [path] });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { ms, cpuMs, growthMb: (peak - before) / 2 ** 20, sessions: report.events.sessions };
}

/**
 * `help-panel report` over a 1,000,000-event log, and over a tenth of it:
 * time, and peak RSS growth. Streaming means the growth barely moves when the
 * log is ten times bigger (what grows is per-session flags, not events).
 */
export async function benchReport(): Promise<boolean> {
  const { index } = await compileContent(CONTENT);
  const dir = mkdtempSync(join(tmpdir(), 'help-panel-report-bench-'));
  try {
    const small = join(dir, 'small.ndjson');
    const large = join(dir, 'large.ndjson');
    await writeLog(small, 100_000, index, 11);
    await writeLog(large, 1_000_000, index, 7);
    await measure(small); // warm-up: JIT and the content compile
    const tenth = await measure(small);
    const full = await measure(large);
    const sizeMb = (file: string) => `${(statSync(file).size / 2 ** 20).toFixed(0)} MB`;
    const pass = full.ms <= 5_000;
    console.log('\nreport (help-panel report over an NDJSON event log, streamed)');
    console.log(`| events    | log size | sessions | time       | CPU time   | peak RSS growth | target  | result |`);
    console.log(`| --------- | -------- | -------- | ---------- | ---------- | --------------- | ------- | ------ |`);
    const row = (events: string, size: string, m: typeof full, target: string, ok: boolean | null) =>
      console.log(
        `| ${events.padEnd(9)} | ${size.padEnd(8)} | ${String(m.sessions).padEnd(8)} | ${`${(m.ms / 1000).toFixed(2)} s`.padEnd(10)} | ${`${(m.cpuMs / 1000).toFixed(2)} s`.padEnd(10)} | ${`${m.growthMb.toFixed(0)} MB`.padEnd(15)} | ${target.padEnd(7)} | ${ok === null ? '' : ok ? 'pass' : 'FAIL'}${' '.repeat(ok === null ? 6 : 2)} |`,
      );
    row('100,000', sizeMb(small), tenth, '', null);
    row('1,000,000', sizeMb(large), full, '≤ 5 s', pass);
    return pass;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
