import { compileContent } from '../compiler/compile-content';
import { createHelpEngine } from '../engine/create-help-engine';
import type { HelpEngine } from '../engine/types';
import type { Diagnostic } from '../schema/diagnostic';
import type { ErrorPattern, HelpIndex } from '../schema/help-index';
import { parseErrorPattern } from '../engine/match/index';
import { errorsFromFile, routesFromFile, uncoveredErrors, uncoveredRoutes, type CoverageRatio } from './coverage';
import { createEventCollector, type OtherSource } from './event-collector';
import { percent, type Funnel, type SymptomFunnel } from './funnel';
import { readEvents, type MalformedLine } from './read-events';
import { routesFromNext } from './routes-from-next';
import { routesFromReactRouter } from './routes-from-react-router';
import { frontMatterLine, type ErrorFacts, type SuggestedPattern } from './suggested-patterns';

/** The version of the report's JSON; bumped when a field changes meaning or goes away. */
export const HELP_REPORT_VERSION = 1 as const;

export interface ReportOptions {
  /** The content directory the events' help center was built from. */
  contentDir: string;
  /** NDJSON event logs. */
  events: readonly string[];
  /** A file of app route patterns, one a line. */
  routes?: string;
  /** A Next.js project, `app/` or `pages/` directory. */
  next?: string;
  /** A React Router route config (objects, JSX or `routes.ts`). */
  reactRouter?: string;
  /** A JSON file of the app's error codes. */
  errors?: string;
  /** The help center's id in the events, when it is not the content folder's name. Default: as the compiler names it. */
  helpCenterId?: string;
  /** Count events of every build of the help center, not only the content's current one. Default `false`. */
  allBuilds?: boolean;
  /** Rows per list. Default `10`. */
  top?: number;
}

export interface QueryCount {
  query: string;
  count: number;
}

export interface SymptomReport extends SymptomFunnel {
  id: string;
  articleId: string;
  title: string;
  /** Escalations after ticking a check, per session that ticked one, in percent. */
  escalationRateAfterChecks: number;
}

export interface HelpReport {
  version: typeof HELP_REPORT_VERSION;
  helpCenter: { id: string; title: string };
  /** The index build of the content read (`index.hash`). */
  build: string;
  events: {
    files: string[];
    lines: number;
    /** Valid envelopes read. */
    read: number;
    /** … of this help center and build, which every number below counts. */
    counted: number;
    sessions: number;
    from?: string;
    to?: string;
    malformed: number;
    malformedLines: MalformedLine[];
    /** Events of another build or help center, reported apart and left out of the numbers. */
    otherBuilds: OtherSource[];
  };
  funnel: Funnel;
  searches: {
    total: number;
    noResults: QueryCount[];
    /** Queries with results that no one opened, with what the content shows for them now. */
    noClick: (QueryCount & { shown: { id: string; title: string }[] })[];
  };
  /** Per symptom shown, most shown first. */
  symptoms: SymptomReport[];
  /** Symptoms with the highest escalation rate after their checklist. */
  escalationAfterChecklist: SymptomReport[];
  /** Checks whose diagnostics fail most. */
  failingDiagnostics: { symptomId: string; checkId: string; check: string; diagnostic: string; runs: number; failed: number; unknown: number }[];
  /** "Not helpful" votes, with the comments the host let into events. */
  notHelpful: { articleId: string; symptomId?: string; title: string; count: number; comments: string[] }[];
  coverage: {
    routes: CoverageRatio | null;
    routesWithoutArticle: string[];
    errors: CoverageRatio | null;
    errorsWithoutArticle: string[];
    /** Errors users hit that matched nothing, most frequent first: the first one seen of each kind, and the pattern that would name it. */
    unmatchedErrors: { error: ErrorFacts; pattern?: string; count: number; sessions: number; routes: string[] }[];
    /** Articles that no match, error or view reached. */
    articlesNeverReached: { id: string; title: string; file: string }[];
  };
  suggestedPatterns: SuggestedPattern[];
  /** Questions asked in the user's own words (`<HelpProvider ask>`): the articles to write next, and the ones answers lean on. */
  asks: AskReport;
  /** Content problems found while compiling (the report still runs). */
  contentDiagnostics: Diagnostic[];
}

export interface AskReport {
  /** Questions asked. */
  asked: number;
  /** Answers that ended, and those of them that rested on the help center with a citation. */
  answered: number;
  cited: number;
  /** Answers that failed (error status, timeout, a throwing `ask`), and that the user stopped. */
  failed: number;
  stopped: number;
  /** Questions the content did not cover: no article, not grounded, or answered without a citation; most asked first. */
  notCovered: QueryCount[];
  /** Per symptom (or article), how many answers cited it, most cited first. */
  citedBy: { id: string; articleId: string; title: string; count: number }[];
  /** "Was this helpful?" under answers. */
  helpful: { yes: number; no: number };
}

const byCount = <T extends { count: number }>(a: T & { query?: string }, b: T & { query?: string }) =>
  b.count - a.count || (a.query ?? '').localeCompare(b.query ?? '');

/**
 * Builds the whole report: compiles the content, streams the events once, and
 * reads the app's routes and errors. Rejects with a one-line message on input
 * it cannot read (a missing log, a route config that does not parse).
 */
export async function buildReport(options: ReportOptions): Promise<HelpReport> {
  const { index, locales, diagnostics } = await compileContent(
    options.contentDir,
    options.helpCenterId ? { helpCenter: { id: options.helpCenterId } } : {},
  );
  const engine = createHelpEngine(index);
  const collector = createEventCollector(index, {
    allBuilds: options.allBuilds === true,
    // Users in every language are this build's users.
    builds: locales ? Object.values(locales.locales).map((each) => each.hash) : [index.hash],
  });
  const stats = await readEvents(options.events, collector.add);
  const collected = collector.finish();
  const top = options.top ?? 10;

  const routes: string[] = [];
  if (options.routes) routes.push(...(await routesFromFile(options.routes)));
  if (options.next) routes.push(...(await routesFromNext(options.next)));
  if (options.reactRouter) routes.push(...(await routesFromReactRouter(options.reactRouter)));
  const routeCoverage = options.routes || options.next || options.reactRouter ? uncoveredRoutes(engine, routes) : null;
  const errorCoverage = options.errors ? uncoveredErrors(engine, await errorsFromFile(options.errors)) : null;

  const symptomTitle = (id: string) => {
    const symptom = engine.symptom(id);
    return symptom ? symptom.title : id;
  };
  const articleTitle = (id: string) => engine.article(id)?.title ?? id;
  const symptoms: SymptomReport[] = [...collected.symptoms]
    .map(([id, funnel]) => ({
      id,
      articleId: engine.symptom(id)?.articleId ?? id.split('#')[0]!,
      title: symptomTitle(id),
      ...funnel,
      escalationRateAfterChecks: percent(funnel.escalatedAfterChecks, funnel.checkedAny),
    }))
    .sort((a, b) => b.shown - a.shown || a.id.localeCompare(b.id));

  const queries = (map: Map<string, number>) =>
    [...map].map(([query, count]) => ({ query, count })).sort(byCount).slice(0, top);

  return {
    version: HELP_REPORT_VERSION,
    helpCenter: { id: index.helpCenter.id, title: index.helpCenter.title },
    build: index.hash,
    events: {
      files: [...options.events],
      lines: stats.lines,
      read: stats.events,
      counted: collected.counted,
      sessions: collected.sessions,
      ...(collected.from ? { from: collected.from } : {}),
      ...(collected.to ? { to: collected.to } : {}),
      malformed: stats.malformed,
      malformedLines: stats.malformedLines,
      otherBuilds: collected.otherSources.sort((a, b) => b.events - a.events),
    },
    funnel: collected.funnel,
    searches: {
      total: collected.searches,
      noResults: queries(collected.noResults),
      noClick: queries(collected.noClick).map((entry) => ({ ...entry, shown: shownFor(engine, entry.query) })),
    },
    symptoms,
    escalationAfterChecklist: symptoms
      .filter((symptom) => symptom.escalatedAfterChecks > 0)
      .sort((a, b) => b.escalationRateAfterChecks - a.escalationRateAfterChecks || b.escalatedAfterChecks - a.escalatedAfterChecks)
      .slice(0, top),
    failingDiagnostics: [...collected.diagnostics.values()]
      .filter((stats) => stats.failed > 0)
      .sort((a, b) => b.failed - a.failed || b.runs - a.runs)
      .slice(0, top)
      .map((stats) => ({
        ...stats,
        check: engine.symptom(stats.symptomId)?.checks.find((check) => check.id === stats.checkId)?.text ?? stats.checkId,
      })),
    notHelpful: [...collected.notHelpful.values()]
      .sort((a, b) => b.count - a.count)
      .slice(0, top)
      .map((entry) => ({ ...entry, title: entry.symptomId ? symptomTitle(entry.symptomId) : articleTitle(entry.articleId) })),
    coverage: {
      routes: routeCoverage?.ratio ?? null,
      routesWithoutArticle: routeCoverage?.uncovered ?? [],
      errors: errorCoverage?.ratio ?? null,
      errorsWithoutArticle: errorCoverage?.uncovered ?? [],
      unmatchedErrors: [...collected.unmatchedErrors.values()].sort((a, b) => b.count - a.count).slice(0, top),
      articlesNeverReached: index.articles
        .filter((article) => !collected.reached.has(article.id))
        .map((article) => ({ id: article.id, title: article.title, file: article.source.file })),
    },
    suggestedPatterns: [...collected.suggestions.values()]
      // Already there (events of an older build, with --all-builds): nothing to suggest.
      .filter((suggestion) => !listsPattern(engine.article(suggestion.articleId)?.context.errors ?? [], suggestion.pattern))
      .sort((a, b) => b.count - a.count || a.articleId.localeCompare(b.articleId))
      .map((suggestion) => ({ ...suggestion, frontMatter: frontMatterLine(suggestion.pattern), ...fileOf(index, suggestion.articleId) })),
    asks: {
      asked: collected.asks.asked,
      answered: collected.asks.answered,
      cited: collected.asks.cited,
      failed: collected.asks.failed,
      stopped: collected.asks.stopped,
      notCovered: queries(collected.asks.notCovered),
      citedBy: [...collected.asks.citations]
        .map(([id, count]) => {
          const symptom = engine.symptom(id);
          const articleId = symptom?.articleId ?? (id.includes('#') ? id.slice(0, id.indexOf('#')) : id);
          return { id, articleId, title: symptom ? symptom.title : articleTitle(id), count };
        })
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .slice(0, top),
      helpful: { ...collected.asks.helpful },
    },
    contentDiagnostics: diagnostics,
  };
}

/** Whether `patterns` already hold `pattern`, however it is written (`X` and `code:X` are the same). */
function listsPattern(patterns: readonly ErrorPattern[], pattern: string): boolean {
  const parsed = parseErrorPattern(pattern);
  if ('error' in parsed) return false;
  const meaning = ({ raw: _raw, ...rest }: ErrorPattern) => JSON.stringify(rest);
  return patterns.some((existing) => meaning(existing) === meaning(parsed));
}

function shownFor(engine: HelpEngine, query: string): { id: string; title: string }[] {
  try {
    return engine.search(query, { limit: 3 }).map((hit) => ({
      id: hit.symptom?.id ?? hit.article.id,
      title: hit.symptom?.title ?? hit.article.title,
    }));
  } catch {
    return [];
  }
}

function fileOf(index: HelpIndex, articleId: string): { file?: string } {
  const article = index.articles.find((candidate) => candidate.id === articleId);
  return article ? { file: article.source.file } : {};
}
