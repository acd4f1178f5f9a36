/**
 * The split index against the single file it replaces, on realistic
 * knowledge-base content (bench/generate-kb.ts) at 1,000 and 10,000
 * articles: what the host's entry pays, what opening the panel and a search
 * fetch, what lies on disk, how fast an engine is ready and searches, and
 * what splitting adds to the compile.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { compileContent } from '../src/compiler/compile-content';
import { splitIndex, type SplitIndex } from '../src/compiler/split-index';
import { createHelpEngine } from '../src/engine/create-help-engine';
import { createLazyEngine, MANIFEST_FILE, validateManifest } from '../src/engine/split/index-loader';
import { createSplitSearch } from '../src/engine/split/split-search';
import { FILE_HASH_LENGTH, type HelpIndex } from '../src/schema/help-index';
import { renderIndexModule, renderReferenceModule } from '../src/vite/render-index-module';
import { generateKnowledgeBase } from './generate-kb';

export interface SplitRow {
  measure: string;
  articles: string;
  single: string;
  split: string;
  target?: string;
  pass?: boolean;
}

const gz = (text: string) => gzipSync(text).length;
const kb = (bytes: number) => (bytes < 10_240 ? `${(bytes / 1024).toFixed(2)} kB` : `${(bytes / 1024).toFixed(0)} kB`);
const ms = (value: number) => (value < 0.1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(0));

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? Number.NaN;
}

/** Writes the generated Markdown to a temporary content folder, as authors would have it. */
function writeContent(files: { path: string; text: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'help-panel-bench-kb-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

/** What a browser fetches of the split index, file by file, gzip (each file once). */
function fetcher(split: SplitIndex) {
  const texts = new Map(split.files.map((file) => [file.name, file.text]));
  texts.set(MANIFEST_FILE, split.manifestText);
  const sizes = new Map([...texts].map(([name, text]) => [name, gz(text)]));
  const fetched = new Set<string>();
  return {
    load: async (name: string) => {
      fetched.add(name);
      return JSON.parse(texts.get(name) ?? 'null') as unknown;
    },
    bytes: () => [...fetched].reduce((sum, name) => sum + (sizes.get(name) ?? 0), 0),
    reset: () => fetched.clear(),
  };
}

export async function benchSplitIndex(articleCount: number, rows: SplitRow[]): Promise<void> {
  const label = articleCount.toLocaleString('en-US');
  const isTarget = articleCount === 10_000;
  const kbContent = generateKnowledgeBase(articleCount);
  const dir = writeContent(kbContent.files);
  let index: HelpIndex;
  let compileMs: number;
  try {
    const start = performance.now();
    index = (await compileContent(dir)).index;
    compileMs = performance.now() - start;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const splitStart = performance.now();
  const split = splitIndex(index);
  const splitMs = performance.now() - splitStart;
  const wholeText = JSON.stringify(index);
  const wholeGz = gz(wholeText);
  const markdownGz = kbContent.files.reduce((sum, file) => sum + gz(file.text), 0);

  // 1. The host's entry: the virtual module.
  const inlineModule = gz(renderIndexModule(index));
  const referenceModule = gz(renderReferenceModule(index, JSON.stringify(`/assets/help-panel/help/${split.manifestName}`)));
  rows.push({ measure: 'host entry JS added by the content (gzip)', articles: label, single: kb(inlineModule), split: kb(referenceModule), target: '≤ 1 kB', pass: referenceModule <= 1024 });

  // 2. Open the panel on a route-matched symptom, checklist shown.
  const served = fetcher(split);
  const engine = createLazyEngine(validateManifest(await served.load(MANIFEST_FILE)), served.load);
  const routed = kbContent.contexts.filter((context) => context.route !== undefined);
  const openBytes: number[] = [];
  for (const context of routed.slice(0, 50)) {
    served.reset();
    const fresh = createLazyEngine(validateManifest(await served.load(MANIFEST_FILE)), served.load);
    await fresh.lazy.prepareMatch({ route: context.route });
    const best = fresh.match({ route: context.route })[0];
    if (best) await fresh.lazy.load(best.symptom.id);
    openBytes.push(served.bytes());
  }
  const openWorst = Math.max(...openBytes);
  rows.push({
    measure: 'fetched to open on a route-matched symptom (gzip, worst of 50)',
    articles: label,
    single: kb(wholeGz),
    split: `${kb(openWorst)} (manifest ${kb(gz(split.manifestText))})`,
    ...(isTarget ? { target: '≤ 60 kB', pass: openWorst <= 60 * 1024 } : {}),
  });

  // 3. Open, one three-word search, open a result.
  const threeWords = kbContent.queries.filter((query) => query.trim().split(/\s+/).length === 3).slice(0, 60);
  const journeyBytes: number[] = [];
  for (const [i, query] of threeWords.entries()) {
    served.reset();
    const fresh = createLazyEngine(validateManifest(await served.load(MANIFEST_FILE)), served.load);
    const context = routed[i % routed.length];
    await fresh.lazy.prepareMatch({ route: context?.route });
    const best = fresh.match({ route: context?.route })[0];
    if (best) await fresh.lazy.load(best.symptom.id);
    const search = createSplitSearch(fresh);
    await search.prepare(query, { limit: 8 });
    const hit = search(query, { limit: 8 })[0];
    if (hit) await fresh.lazy.load(hit.symptom?.id ?? hit.article.id);
    journeyBytes.push(served.bytes());
  }
  const journeyWorst = Math.max(...journeyBytes);
  rows.push({
    measure: `fetched to open, search three words, open a hit (gzip, p50 / worst of ${threeWords.length})`,
    articles: label,
    single: kb(wholeGz),
    split: `${kb(percentile(journeyBytes, 0.5))} / ${kb(journeyWorst)}`,
    ...(isTarget ? { target: '≤ 150 kB', pass: journeyWorst <= 150 * 1024 } : {}),
  });

  // 4. On disk.
  const splitGz = gz(split.manifestText) * 2 + split.files.reduce((sum, file) => sum + gz(file.text), 0);
  rows.push({
    measure: 'whole index on disk (gzip, file by file) vs the Markdown\'s',
    articles: label,
    single: `${kb(wholeGz)} = ${(wholeGz / markdownGz).toFixed(2)}×`,
    split: `${kb(splitGz)} = ${(splitGz / markdownGz).toFixed(2)}× of ${kb(markdownGz)}`,
    target: '≤ 1.3×',
    pass: splitGz / markdownGz <= 1.3,
  });

  // 5. Engine ready: from the text's arrival to matching.
  const readySamples: number[] = [];
  const wholeSamples: number[] = [];
  for (let i = 0; i < 5; i++) {
    let start = performance.now();
    createLazyEngine(validateManifest(JSON.parse(split.manifestText)), served.load).match({ route: routed[0]?.route });
    // (The match files a route needs come after the manifest, as a chunk does; they are counted in the bytes above.)
    readySamples.push(performance.now() - start);
    start = performance.now();
    createHelpEngine(JSON.parse(wholeText)).match({ route: routed[0]?.route });
    wholeSamples.push(performance.now() - start);
  }
  const ready = percentile(readySamples, 0.5);
  rows.push({
    measure: 'text arrival to engine ready, Node (ms, median of 5)',
    articles: label,
    single: ms(percentile(wholeSamples, 0.5)),
    split: ms(ready),
    ...(isTarget ? { target: '≤ 20 ms', pass: ready <= 20 } : {}),
  });

  // 6. Search with its shards loaded: time, and the same top ten as the whole index.
  const whole = createHelpEngine(index);
  // Every match file loaded, so that context boosts could apply as in the whole index.
  for (const context of routed.slice(0, 20)) await engine.lazy.prepareMatch({ route: context.route });
  const search = createSplitSearch(engine);
  const queries = kbContent.queries;
  for (const query of queries) await search.prepare(query, { limit: 10 });
  let same = 0;
  for (const query of queries) {
    const a = search(query, { limit: 10 }).map((hit) => hit.symptom?.id ?? hit.article.id).join('\n');
    const b = whole.search(query, { limit: 10 }).map((hit) => hit.symptom?.id ?? hit.article.id).join('\n');
    if (a === b) same++;
  }
  const timeAll = (run: (query: string) => unknown) => {
    for (const query of queries) run(query);
    return queries.map((query) => {
      const samples: number[] = [];
      for (let r = 0; r < 5; r++) {
        const start = performance.now();
        run(query);
        samples.push(performance.now() - start);
      }
      return percentile(samples, 0.5);
    });
  };
  const splitTimes = timeAll((query) => search(query, { limit: 10 }));
  const wholeTimes = timeAll((query) => whole.search(query, { limit: 10 }));
  const p95 = percentile(splitTimes, 0.95);
  rows.push({
    measure: `search p50 / p95, shards loaded (ms, ${queries.length} queries)`,
    articles: label,
    single: `${ms(percentile(wholeTimes, 0.5))} / ${ms(percentile(wholeTimes, 0.95))}`,
    split: `${ms(percentile(splitTimes, 0.5))} / ${ms(p95)}`,
    ...(isTarget ? { target: '≤ 3 ms', pass: p95 <= 3 } : {}),
  });
  rows.push({
    measure: 'same top-10 ids as the whole index',
    articles: label,
    single: '',
    split: `${same} of ${queries.length}`,
    target: 'every query',
    pass: same === queries.length,
  });

  // 7. Compile: splitting on top of today's compile.
  const ratio = (compileMs + splitMs) / compileMs;
  rows.push({
    measure: 'compile (ms): single file / with the split',
    articles: label,
    single: ms(compileMs),
    split: `${ms(compileMs + splitMs)} (+${((ratio - 1) * 100).toFixed(1)} %)`,
    target: '≤ +10 %',
    pass: ratio <= 1.1,
  });
  rows.push({
    measure: 'files: chunks / shards / record groups',
    articles: label,
    single: '1',
    split: `${split.manifest.chunkCount} / ${split.manifest.search.shards.length} / ${split.manifest.search.groups.length / FILE_HASH_LENGTH}`,
  });
}

export function printSplitTable(rows: SplitRow[]): void {
  const header = ['measure', 'articles', 'single file (today)', 'split index', 'target', 'result'];
  const body = rows.map((r) => [r.measure, r.articles, r.single, r.split, r.target ?? '', r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of body) console.log(line(row));
}
