/**
 * Issue 23: the same error, handed over in every shape the README promises
 * for `error`, should open the same article. For each entry of each error
 * table in a help center (and for each Next.js error page, by its error
 * text), every shape below is built from the entry's facts and matched; the
 * figure is the share whose first match is the entry's article.
 *
 * The baseline is today's behaviour in the same run: the page-load matcher
 * (written patterns read as written: a table needs every facet it gives),
 * related search by titles as `main` runs it, and a `Response` passed as it
 * is (its body unread). Both sides read errors with this branch's
 * `normalizeError`, so the baseline also reads `msg` and a client's `body`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileContent } from '../src/compiler/compile-content';
import { createHelpEngine } from '../src/engine/create-help-engine';
import { createHelpEngineCore } from '../src/engine/engine-core';
import { readErrorBody } from '../src/engine/match/read-error-body';
import { createRelatedSearch } from '../src/engine/search/related-search';
import type { HelpEngineCore, Match } from '../src/engine/types';
import type { HelpIndex } from '../src/schema/help-index';

/** What an error table entry says: what the server knows about the error. */
export interface EntryFacts {
  status?: number;
  code?: string;
  message: string;
}

/** One table entry (or one error page) and the article it should open. */
export interface ShapeCase {
  articleId: string;
  facts: EntryFacts;
}

/** A way apps hand an error over, built from an entry's facts. */
export interface ErrorShape {
  name: string;
  make(facts: EntryFacts): unknown;
}

const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

function jsonResponse(status: number | undefined, body: unknown): Response {
  // A table entry without a status still arrives with one: 400, a client error that no table here names alone.
  return new Response(JSON.stringify(body), { status: status ?? 400, headers: { 'content-type': 'application/json' } });
}

/** The shapes of issue 23, one row each. */
export const ERROR_SHAPES: readonly ErrorShape[] = [
  { name: 'string', make: (facts) => facts.message },
  { name: '{ message }', make: (facts) => ({ message: facts.message }) },
  { name: 'Error', make: (facts) => new Error(facts.message) },
  { name: 'Error with code and status', make: (facts) => Object.assign(new Error(facts.message), defined({ code: facts.code, status: facts.status })) },
  {
    name: 'Error with the facts in its cause',
    make: (facts) => new Error('Could not save your changes', { cause: Object.assign(new Error(facts.message), defined({ code: facts.code, status: facts.status })) }),
  },
  { name: 'Response, JSON { message }', make: (facts) => jsonResponse(facts.status, { message: facts.message }) },
  { name: 'Response, JSON { error }', make: (facts) => jsonResponse(facts.status, { error: facts.message }) },
  { name: 'Response, JSON { code, msg, error_code }', make: (facts) => jsonResponse(facts.status, defined({ code: facts.status, error_code: facts.code, msg: facts.message })) },
  { name: 'Response, JSON { code, message }', make: (facts) => jsonResponse(facts.status, defined({ code: facts.code, message: facts.message })) },
  {
    name: 'axios: error.response.data.message',
    make: (facts) =>
      Object.assign(new Error(`Request failed with status code ${facts.status ?? 400}`), {
        name: 'AxiosError',
        code: 'ERR_BAD_REQUEST',
        config: { url: '/api/v1/projects' },
        response: { status: facts.status ?? 400, data: { message: facts.message } },
      }),
  },
  {
    name: 'client: error.body.message',
    make: (facts) => Object.assign(new Error(`${facts.status ?? 400} status code`), defined({ status: facts.status, body: { message: facts.message } })),
  },
  { name: '{ status, code, message }', make: (facts) => defined({ status: facts.status, code: facts.code, message: facts.message }) },
];

/** Every entry of every error table in the index, with its article. */
export function tableCases(index: HelpIndex): ShapeCase[] {
  const cases: ShapeCase[] = [];
  for (const article of index.articles) {
    for (const pattern of article.context.errors) {
      if (pattern.kind !== 'table') continue;
      const facts: Partial<EntryFacts> = {};
      for (const facet of pattern.facets) {
        if (facet.kind === 'status') facts.status = facet.status;
        else if (facet.kind === 'code') facts.code = facet.glob;
        else if (facet.kind === 'message' && facet.glob !== undefined) facts.message = facet.glob;
      }
      if (facts.message !== undefined) cases.push({ articleId: article.id, facts: facts as EntryFacts });
    }
  }
  return cases;
}

/** Each error page by its error text, as an app prints it: its title without Markdown quoting. */
export function titleCases(index: HelpIndex): ShapeCase[] {
  return index.articles.map((article) => ({ articleId: article.id, facts: { message: article.title.replace(/`/g, '') } }));
}

/** Matches an error as the app hands it over; the first match's article, or `undefined`. */
export type MatchError = (error: unknown) => Promise<string | undefined>;

/** This branch: `createHelpEngine`'s match, a `Response`'s body read first as `<HelpProvider>` does. */
export function currentMatch(index: HelpIndex): MatchError {
  const engine = createHelpEngine(index);
  return async (error) => {
    const given = error instanceof Response ? await readErrorBody(error) : error;
    return engine.match({ error: given })[0]?.article.id;
  };
}

/** Today: patterns as written, related search by titles, a `Response` as it is. */
export function baselineMatch(index: HelpIndex): MatchError {
  const core: HelpEngineCore = createHelpEngineCore(index);
  const find = createRelatedSearch(core.index.symptoms, (symptom) => core.article(symptom.articleId));
  return async (error) => {
    const matches: Match[] = core.match({ error });
    if (matches.some((match) => match.reasons.some((reason) => reason.kind !== 'route'))) return matches[0]?.article.id;
    const normalized = core.normalizeError(error);
    // Today's related search reads the error's own code and message, not its causes'.
    const hit = normalized ? find({ ...normalized, causes: [] })?.hits[0] : undefined;
    const symptom = hit ? core.index.symptoms[hit.symptom] : undefined;
    return symptom?.articleId ?? matches[0]?.article.id;
  };
}

/** Per shape: how many cases opened their article first, of how many. */
export interface ShapeFigure {
  shape: string;
  hits: number;
  total: number;
  missed: string[];
}

export async function shapeFigures(cases: readonly ShapeCase[], match: MatchError, shapes: readonly ErrorShape[] = ERROR_SHAPES): Promise<ShapeFigure[]> {
  const figures: ShapeFigure[] = [];
  for (const shape of shapes) {
    const figure: ShapeFigure = { shape: shape.name, hits: 0, total: 0, missed: [] };
    for (const { articleId, facts } of cases) {
      const found = await match(shape.make(facts));
      figure.total++;
      if (found === articleId) figure.hits++;
      else figure.missed.push(`${JSON.stringify(facts)} → ${found ?? 'nothing'} (wanted ${articleId})`);
    }
    figures.push(figure);
  }
  return figures;
}

/** The corpus this project wrote for issue 23, and the shared Next.js error pages when they are there. */
export const ERROR_MESSAGES_DIR = resolve('test/fixtures/error-messages');
export const NEXTJS_ERRORS_DIR = resolve('../shared/corpora/nextjs-errors');

const percent = (hits: number, total: number) => (total === 0 ? '–' : `${((100 * hits) / total).toFixed(1)} %`);

/** `BENCH_ONLY=errors`: the table of top-1 per shape, each beside today's figure. Returns whether every shape met 95 %. */
export async function benchErrorShapes(): Promise<boolean> {
  const corpora: { label: string; cases: ShapeCase[]; index: HelpIndex }[] = [];
  const own = (await compileContent(ERROR_MESSAGES_DIR)).index;
  corpora.push({ label: 'own corpus', index: own, cases: tableCases(own) });
  if (existsSync(NEXTJS_ERRORS_DIR)) {
    const next = (await compileContent(NEXTJS_ERRORS_DIR)).index;
    corpora.push({ label: 'Next.js pages', index: next, cases: titleCases(next) });
  }
  const columns: { label: string; now: ShapeFigure[]; before: ShapeFigure[] }[] = [];
  for (const corpus of corpora) {
    columns.push({ label: corpus.label, now: await shapeFigures(corpus.cases, currentMatch(corpus.index)), before: await shapeFigures(corpus.cases, baselineMatch(corpus.index)) });
  }
  const header = ['shape', ...columns.flatMap((column) => [`${column.label} top-1`, 'today']), 'target', 'result'];
  let pass = true;
  const body = ERROR_SHAPES.map((shape, i) => {
    const ok = columns.every((column) => (column.now[i]?.hits ?? 0) >= 0.95 * (column.now[i]?.total ?? 0));
    pass &&= ok;
    return [
      shape.name,
      ...columns.flatMap((column) => [percent(column.now[i]?.hits ?? 0, column.now[i]?.total ?? 0), percent(column.before[i]?.hits ?? 0, column.before[i]?.total ?? 0)]),
      '≥ 95 %',
      ok ? 'pass' : 'FAIL',
    ];
  });
  const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const counts = corpora.map((corpus) => `${corpus.label}: ${corpus.cases.length} ${corpus.label === 'own corpus' ? `table entries in ${corpus.index.articles.length} articles` : 'pages'}`).join('; ');
  console.log(`\nAn error in every shape opens its article (issue 23, bench/error-shapes.ts); ${counts}:\n`);
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of body) console.log(line(row));
  if (!existsSync(NEXTJS_ERRORS_DIR)) console.log('\n(Next.js pages left out: ../shared/corpora/nextjs-errors is not here.)');
  return pass;
}
