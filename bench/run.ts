/**
 * `npm run bench`: one table, every figure measured in the same run on the
 * same machine, each next to its plain baseline and its target.
 *
 * BENCH_LARGE=1 adds a 50,000-symptom corpus. BENCH_ONLY=report runs only
 * the report section (a 1,000,000-event log), BENCH_ONLY=locales only the
 * label packs' sizes, BENCH_ONLY=ground only grounding (recall, speed, size),
 * BENCH_ONLY=import only `help-panel import` at 10,000 articles,
 * BENCH_ONLY=errors only the error shapes' top-1 table, BENCH_ONLY=open only the
 * browser's open timings (part of the split table).
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { createHelpEngine } from '../src/engine/create-help-engine';
import { buildSearchData } from '../src/engine/search/search-index';
import { BENCH_QUERIES, generateCorpus, type GeneratedCorpus } from './generate-corpus';
import { compileMarkdown } from './compile-markdown';
import { benchSplitIndex, printSplitTable, type SplitRow } from './split-index';
import { benchOpenTiming } from './open-timing';
import { benchReport } from './report-bench';
import { benchLocalePacks } from './locale-packs';
import { benchLocaleSearch, printLocaleTable, type LocaleRow } from './locale-search';
import { benchGround, printGroundTable, type GroundRow } from './ground-bench';
import { benchImport, printImportTable, type ImportRow } from './import-bench';
import { benchErrorShapes } from './error-shapes';
import { kb, ms, percentile, time } from './timing';

interface Row {
  measure: string;
  corpus: string;
  engine: string;
  fuse?: string;
  minisearch?: string;
  target?: string;
  pass?: boolean;
}

const rows: Row[] = [];

function naiveRecords(corpus: GeneratedCorpus) {
  return corpus.index.symptoms.map((s) => ({ title: s.title, symptom: s.description, checks: s.checks.map((c) => c.text), tags: s.tags }));
}

function benchSize(size: number, options: { fuseRepeats: number; withMatch: boolean; naiveFuse?: boolean }): void {
  const label = size.toLocaleString('en-US');
  const corpus = generateCorpus(size);

  // The index as shipped: search data precomputed at build time, serialised as JSON.
  const buildStart = performance.now();
  const index = { ...corpus.index, search: buildSearchData(corpus.index) };
  const buildMs = performance.now() - buildStart;
  const json = JSON.stringify(index);
  const searchJson = JSON.stringify(index.search);
  const parsed = JSON.parse(json) as unknown;

  const createStart = performance.now();
  const engine = createHelpEngine(parsed);
  const createMs = performance.now() - createStart;
  const firstStart = performance.now();
  engine.search('notificaitons');
  const firstMs = performance.now() - firstStart;

  const engineSamples = time(BENCH_QUERIES, 20, (query) => engine.search(query, { limit: 10 }));

  // Naive Fuse takes seconds a query at 50,000 symptoms; the large run leaves it out to stay usable.
  const fuse =
    options.naiveFuse === false
      ? null
      : new Fuse(naiveRecords(corpus), { keys: ['title', 'symptom', 'checks', 'tags'], threshold: 0.35, ignoreLocation: true });
  const fuseSamples = fuse ? time(BENCH_QUERIES, options.fuseRepeats, (query) => fuse.search(query, { limit: 10 })) : [];

  const mini = new MiniSearch<{ id: number; title: string; symptom: string; checks: string; tags: string }>({
    fields: ['title', 'symptom', 'checks', 'tags'],
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 3, tags: 1.5 } },
  });
  mini.addAll(corpus.index.symptoms.map((s, id) => ({ id, title: s.title, symptom: s.description, checks: s.checks.map((c) => c.text).join('\n'), tags: s.tags.join(' ') })));
  const miniSamples = time(BENCH_QUERIES, 20, (query) => mini.search(query).slice(0, 10));

  const p95 = percentile(engineSamples, 0.95);
  const fuseP95 = percentile(fuseSamples, 0.95);
  const isTarget = size === 10_000;
  rows.push({
    measure: 'search p50 (ms)',
    corpus: label,
    engine: ms(percentile(engineSamples, 0.5)),
    fuse: fuse ? ms(percentile(fuseSamples, 0.5)) : 'skipped',
    minisearch: ms(percentile(miniSamples, 0.5)),
  });
  rows.push({
    measure: 'search p95 (ms)',
    corpus: label,
    engine: ms(p95),
    fuse: fuse ? ms(fuseP95) : 'skipped',
    minisearch: ms(percentile(miniSamples, 0.95)),
    ...(isTarget ? { target: '≤ 5 ms', pass: p95 <= 5 } : {}),
  });
  const speedup = fuseP95 / p95;
  if (fuse) rows.push({
    measure: 'p95 speed-up vs naive Fuse',
    corpus: label,
    engine: `${speedup.toFixed(0)}×`,
    fuse: '1×',
    ...(isTarget ? { target: '≥ 100×', pass: speedup >= 100 } : {}),
  });
  rows.push({ measure: 'first search (ms, builds typo index)', corpus: label, engine: ms(firstMs) });
  rows.push({ measure: 'engine creation (ms)', corpus: label, engine: ms(createMs) });
  rows.push({ measure: 'search data build (ms, compile time)', corpus: label, engine: ms(buildMs) });
  rows.push({
    measure: 'index size raw / gzip',
    corpus: label,
    engine: `${kb(json.length)} / ${kb(gzipSync(json).length)}`,
  });
  rows.push({
    measure: '  of which search data raw / gzip',
    corpus: label,
    engine: `${kb(searchJson.length)} / ${kb(gzipSync(searchJson).length)}`,
  });

  if (options.withMatch) {
    const contexts = corpus.contexts.slice(0, 500);
    // Mix in the awkward shapes: a bare status, an Error with a cause, a route alone.
    const mixed = contexts.flatMap((c, i) => [
      c,
      { route: c.route, error: i % 2 ? 403 : new Error('wrapped', { cause: c.error }) },
      { route: c.route, error: null },
    ]);
    const matchSamples = time(mixed, 7, (c) => engine.match(c));
    const matchP95 = percentile(matchSamples, 0.95);
    rows.push({ measure: 'match p50 (ms)', corpus: label, engine: ms(percentile(matchSamples, 0.5)) });
    rows.push({
      measure: 'match p95 (ms)',
      corpus: label,
      engine: ms(matchP95),
      ...(isTarget ? { target: '≤ 0.2 ms', pass: matchP95 <= 0.2 } : {}),
    });
  }
}

function benchCompile(): void {
  const corpus = generateCorpus(5_000, 7);
  const files = corpus.markdown.slice(0, 1_000);
  const mdxFiles = corpus.mdx.slice(0, 1_000);
  // Warm both paths on a tenth of the files (JIT), then alternate them twice and keep each one's best,
  // so a burst of load on a shared machine hits both sides alike.
  const parse = (list: typeof files) => {
    for (const file of list) fromMarkdown(file.text);
  };
  parse(files.slice(0, 100));
  compileMarkdown(files.slice(0, 100));
  compileMarkdown(mdxFiles.slice(0, 100));
  let parseMs = Number.POSITIVE_INFINITY;
  let compileMs = Number.POSITIVE_INFINITY;
  let mdxMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    let start = performance.now();
    parse(files);
    parseMs = Math.min(parseMs, performance.now() - start);
    start = performance.now();
    compileMarkdown(files);
    compileMs = Math.min(compileMs, performance.now() - start);
    start = performance.now();
    compileMarkdown(mdxFiles);
    mdxMs = Math.min(mdxMs, performance.now() - start);
  }
  const ratio = compileMs / parseMs;
  rows.push({
    measure: 'compile 1,000 articles (ms)',
    corpus: '1,000 files',
    engine: `${ms(compileMs)} (${ratio.toFixed(2)}× parse)`,
    fuse: `plain mdast parse ${ms(parseMs)}`,
    target: '≤ 2× parse',
    pass: ratio <= 2,
  });
  // The same articles as MDX with TOML front matter, an admonition and a directive: MDX's parser is the difference.
  rows.push({
    measure: 'compile 1,000 MDX articles (ms)',
    corpus: '1,000 files',
    engine: `${ms(mdxMs)} (${(mdxMs / compileMs).toFixed(2)}× Markdown)`,
    fuse: `Markdown compile ${ms(compileMs)}`,
  });
}

function printTable(): void {
  const header = ['measure', 'corpus (symptoms)', 'help-panel', 'naive Fuse', 'MiniSearch', 'target', 'result'];
  const body = rows.map((r) => [r.measure, r.corpus, r.engine, r.fuse ?? '', r.minisearch ?? '', r.target ?? '', r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of body) console.log(line(row));
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `help-panel bench · Node ${process.version} · ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)} · ${BENCH_QUERIES.length} queries · p50/p95 across queries of each query's median run\n`,
  );
  // BENCH_ONLY=split, =locales, =errors or =report runs only that part (the split table's sizes from BENCH_SPLIT_SIZES, default 1000,10000).
  const only = process.env.BENCH_ONLY;
  if (only === undefined || only === '') {
    benchSize(1_000, { fuseRepeats: 3, withMatch: false });
    benchSize(10_000, { fuseRepeats: 1, withMatch: true });
    if (process.env.BENCH_LARGE === '1') benchSize(50_000, { fuseRepeats: 1, withMatch: true, naiveFuse: false });
    benchCompile();
    printTable();
  }
  const splitRows: SplitRow[] = [];
  if (only === undefined || only === '' || only === 'split' || only === 'open') {
    // The browser timings first, while this process is fresh: its preview server shares the heap the large builds below fill.
    await benchOpenTiming(splitRows);
    if (only !== 'open') for (const size of (process.env.BENCH_SPLIT_SIZES ?? '1000,10000').split(',').map(Number)) await benchSplitIndex(size, splitRows);
    console.log('\nSplit index (issue 10) on realistic knowledge-base content (bench/generate-kb.ts), each figure beside today\'s single file:\n');
    printSplitTable(splitRows);
  }
  if (only === undefined || only === '' || only === 'locales') {
    const localeRows: LocaleRow[] = [];
    benchLocaleSearch(localeRows);
    console.log('\nSearch in German and Japanese (issue 14) beside English, 1,000 generated articles each (bench/locale-search.ts):\n');
    printLocaleTable(localeRows);
  }
  const groundRows: GroundRow[] = [];
  if (only === undefined || only === '' || only === 'ground') {
    await benchGround(groundRows);
    console.log('\nGrounding (issue 19): paraphrased questions over the sample content and the Longhorn KB, ground() on a 10,000-article split index (bench/ground-bench.ts):\n');
    printGroundTable(groundRows);
  }
  let importPass = true;
  if (only === undefined || only === '' || only === 'import') {
    const importRows: ImportRow[] = [];
    importPass = await benchImport(importRows);
    console.log('\nImport from a hosted help center (issue 20): a 10,000-article Zendesk export made from bench/generate-kb.ts, beside the bare HTML → Markdown pipeline over the same bodies (bench/import-bench.ts):\n');
    printImportTable(importRows);
  }
  const errorsPass = only === undefined || only === '' || only === 'errors' ? await benchErrorShapes() : true;
  const reportPass = only === undefined || only === '' || only === 'report' ? await benchReport() : true;
  const packsPass = only === undefined || only === '' || only === 'locales' ? await benchLocalePacks() : true;
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (rows.some((r) => r.pass === false) || splitRows.some((r) => r.pass === false) || groundRows.some((r) => r.pass === false) || !reportPass || !packsPass || !importPass || !errorsPass) {
    process.exitCode = 1;
  }
}

await main();
