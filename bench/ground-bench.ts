/**
 * Grounding (issue 19): does `engine.ground` put the right article among the
 * passages for a question in the user's own words, how fast is it on a large
 * split index, and how big does a grounding get?
 *
 * - Recall: the paraphrased questions of bench/ground-questions.ts (no title
 *   word used, which is checked here) over the sample help centers and the
 *   shared Longhorn knowledge base (skipped when its folder is absent), against
 *   plain search's top five for the same question.
 * - Speed: `ground()` on the 10,000-article split index generated as in
 *   bench/split-index.ts, every file it needs already loaded, beside plain
 *   split search for the same questions.
 * - Size: the largest grounding's text (`passageChars`), and the largest prompt
 *   `buildAskMessages` makes of one.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildAskMessages } from '../src/ask/build-ask-messages';
import { compileContent } from '../src/compiler/compile-content';
import { splitIndex } from '../src/compiler/split-index';
import { createHelpEngine } from '../src/engine/create-help-engine';
import { createGround, DEFAULT_GROUND_MAX_CHARS, passageChars, type GroundingPassage, type GroundOptions } from '../src/engine/ground';
import { createLazyEngine, MANIFEST_FILE, validateManifest } from '../src/engine/split/index-loader';
import { createSplitSearch } from '../src/engine/split/split-search';
import type { HelpEngine } from '../src/engine/types';
import type { HelpIndex } from '../src/schema/help-index';
import { generateKnowledgeBase } from './generate-kb';
import { LONGHORN_QUESTIONS, OCHRE_QUESTIONS, OXVO_QUESTIONS, titleWordsIn, type GroundQuestion } from './ground-questions';
import { ms, percentile } from './timing';

export interface GroundRow {
  measure: string;
  corpus: string;
  plain: string;
  ground: string;
  target?: string;
  pass?: boolean;
}

/** `npm run bench` runs from the repository root (the bench is bundled elsewhere, so not relative to this file). */
const LONGHORN = resolve(process.env.LONGHORN_KB ?? '../shared/corpora/longhorn-kb');
const RECALL_TARGET = 0.95;
const P95_TARGET_MS = 10;

const percent = (part: number, whole: number) => `${whole === 0 ? '–' : ((100 * part) / whole).toFixed(1)} %`;

/** Whether a passage or hit is the one the question is about: its symptom for a symptom id, its article otherwise. */
const isExpected = (expect: string, id: string, articleId: string) => (expect.includes('#') ? id === expect : articleId === expect);

interface RecallTally {
  questions: number;
  plain: number;
  ground: number;
  titleWords: string[];
  largest: number;
  largestPrompt: number;
}

async function recallOver(engine: HelpEngine, questions: readonly GroundQuestion[], tally: RecallTally): Promise<void> {
  for (const { question, expect } of questions) {
    const article = engine.article(expect.split('#')[0]!);
    if (!article) {
      tally.titleWords.push(`${expect}: no such article`);
      continue;
    }
    const titles = [article.title, ...article.symptomIds.map((id) => engine.symptom(id)?.title ?? '')];
    const used = titleWordsIn(question, titles);
    if (used.length > 0) tally.titleWords.push(`${expect}: ${used.join(', ')}`);
    tally.questions++;
    if (engine.search(question, { limit: 5 }).some((hit) => isExpected(expect, hit.symptom?.id ?? hit.article.id, hit.article.id))) tally.plain++;
    const passages = await engine.ground(question);
    if (passages.some((passage) => isExpected(expect, passage.id, passage.articleId))) tally.ground++;
    tally.largest = Math.max(tally.largest, passages.reduce((sum, passage) => sum + passageChars(passage), 0));
    tally.largestPrompt = Math.max(tally.largestPrompt, buildAskMessages(question, passages).reduce((sum, message) => sum + message.content.length, 0));
  }
}

function recallRows(corpus: string, tally: RecallTally, rows: GroundRow[], withTarget: boolean): void {
  const share = tally.questions === 0 ? 0 : tally.ground / tally.questions;
  rows.push({
    measure: `right article among the passages (${tally.questions} paraphrased questions)`,
    corpus,
    plain: `${percent(tally.plain, tally.questions)} (search top 5)`,
    ground: percent(tally.ground, tally.questions),
    ...(withTarget ? { target: '≥ 95 %', pass: share >= RECALL_TARGET } : {}),
  });
}

/** Writes the generated Markdown to a temporary content folder, as authors would have it. */
async function compileGenerated(articleCount: number): Promise<{ index: HelpIndex; queries: string[]; contexts: GroundOptions[] }> {
  const kb = generateKnowledgeBase(articleCount);
  const dir = mkdtempSync(join(tmpdir(), 'help-panel-bench-ground-'));
  try {
    for (const file of kb.files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
    const { index } = await compileContent(dir);
    return { index, queries: kb.queries, contexts: kb.contexts.map(({ route, error }) => ({ route, error })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The generated queries as a stuck user writes them to an assistant: a sentence around the words. */
function asQuestions(queries: readonly string[]): string[] {
  const frames = [
    (q: string) => `why is ${q} happening to us since the last update?`,
    (q: string) => `${q}, what should I check first?`,
    (q: string) => `hi, we have a problem: ${q}. how do we fix it?`,
    (q: string) => q,
  ];
  return queries.map((query, i) => frames[i % frames.length]!(query));
}

async function speedRows(rows: GroundRow[]): Promise<number> {
  const articleCount = Number(process.env.BENCH_GROUND_ARTICLES ?? 10_000);
  const label = articleCount.toLocaleString('en-US');
  const { index, queries, contexts } = await compileGenerated(articleCount);
  const split = splitIndex(index);
  const texts = new Map(split.files.map((file) => [file.name, file.text]));
  texts.set(MANIFEST_FILE, split.manifestText);
  const load = async (name: string) => JSON.parse(texts.get(name) ?? 'null') as unknown;
  const engine = createLazyEngine(validateManifest(await load(MANIFEST_FILE)), load);
  const search = createSplitSearch(engine);
  const ground = createGround(engine, search);
  const questions = asQuestions(queries);
  // Some questions asked on a screen, or with an error, as the panel asks them.
  const cases = questions.map((question, i) => ({ question, options: i % 3 === 0 ? (contexts[i % Math.max(1, contexts.length)] ?? {}) : {} }));

  // Every file each question needs, loaded first (the first ask of each fetches them).
  let largest = 0;
  for (const { question, options } of cases) {
    const passages = await ground(question, options);
    largest = Math.max(largest, passages.reduce((sum, passage: GroundingPassage) => sum + passageChars(passage), 0));
  }
  const timeEach = async (run: (question: string, options: GroundOptions) => unknown) => {
    const samples: number[] = [];
    for (const { question, options } of cases) {
      const runs: number[] = [];
      for (let r = 0; r < 5; r++) {
        const start = performance.now();
        await run(question, options);
        runs.push(performance.now() - start);
      }
      samples.push(percentile(runs, 0.5));
    }
    return samples;
  };
  const groundTimes = await timeEach((question, options) => ground(question, options));
  const searchTimes = await timeEach((question, options) => search(question, { limit: 10, context: { route: options.route ?? null, error: options.error } }));
  const p95 = percentile(groundTimes, 0.95);
  rows.push({
    measure: `ground() p50 / p95, split index, files loaded (ms, ${cases.length} questions)`,
    corpus: `${label} articles`,
    plain: `${ms(percentile(searchTimes, 0.5))} / ${ms(percentile(searchTimes, 0.95))} (split search)`,
    ground: `${ms(percentile(groundTimes, 0.5))} / ${ms(p95)}`,
    target: `≤ ${P95_TARGET_MS} ms`,
    pass: p95 <= P95_TARGET_MS,
  });
  return largest;
}

export async function benchGround(rows: GroundRow[]): Promise<void> {
  const all: RecallTally = { questions: 0, plain: 0, ground: 0, titleWords: [], largest: 0, largestPrompt: 0 };
  const corpora: [string, string, readonly GroundQuestion[]][] = [
    ['content/oxvo', resolve('content/oxvo'), OXVO_QUESTIONS],
    ['content/ochre', resolve('content/ochre'), OCHRE_QUESTIONS],
  ];
  if (existsSync(LONGHORN)) corpora.push(['Longhorn KB', LONGHORN, LONGHORN_QUESTIONS]);
  else console.log(`(Longhorn KB not found at ${LONGHORN}: its ${LONGHORN_QUESTIONS.length} questions are skipped)`);
  for (const [name, dir, questions] of corpora) {
    const engine = createHelpEngine((await compileContent(dir)).index);
    const tally: RecallTally = { questions: 0, plain: 0, ground: 0, titleWords: [], largest: 0, largestPrompt: 0 };
    await recallOver(engine, questions, tally);
    recallRows(name, tally, rows, false);
    all.questions += tally.questions;
    all.plain += tally.plain;
    all.ground += tally.ground;
    all.titleWords.push(...tally.titleWords);
    all.largest = Math.max(all.largest, tally.largest);
    all.largestPrompt = Math.max(all.largestPrompt, tally.largestPrompt);
  }
  recallRows('all of them', all, rows, true);
  rows.push({
    measure: 'questions that use a title word (must be none)',
    corpus: 'all of them',
    plain: '',
    ground: all.titleWords.length === 0 ? '0' : all.titleWords.join('; '),
    target: '0',
    pass: all.titleWords.length === 0,
  });
  const largestGenerated = await speedRows(rows);
  const largest = Math.max(all.largest, largestGenerated);
  rows.push({
    measure: 'largest grounding (characters of passage text)',
    corpus: 'all questions above',
    plain: '',
    ground: `${largest.toLocaleString('en-US')} (prompt ${all.largestPrompt.toLocaleString('en-US')} with the rules)`,
    target: `≤ ${DEFAULT_GROUND_MAX_CHARS.toLocaleString('en-US')}`,
    pass: largest <= DEFAULT_GROUND_MAX_CHARS,
  });
}

export function printGroundTable(rows: GroundRow[]): void {
  const header = ['measure', 'corpus', 'plain baseline', 'ground()', 'target', 'result'];
  const body = rows.map((r) => [r.measure, r.corpus, r.plain, r.ground, r.target ?? '', r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of body) console.log(line(row));
}
