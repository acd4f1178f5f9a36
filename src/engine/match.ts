import type { Article, ErrorPattern, HelpContext, HelpIndex, Symptom } from '../schema/help-index';
import { compileErrorMatcher, type ErrorMatcher } from './error-matcher';
import { normalizeError } from './normalize-error';
import { normalizeRoute } from './normalize-route';
import { compileRoutePattern, isRoutePatternProblem, type CompiledRoute } from './route-pattern';
import type { Match, MatchContext, NormalizedError } from './types';

/**
 * Context matching, compiled once per index: every distinct route and error
 * pattern is compiled a single time and filed under a key (the first literal
 * route segment; the exact code, status, status class or name) so that a
 * `match` call only tests the few patterns that could possibly apply.
 *
 * Ranking, as scores that keep evidence kinds in separate tiers:
 * - error evidence (200–1,090) always outweighs route evidence (100–150);
 * - errors: exact code > code glob (narrower globs higher) > message >
 *   name > status > status class; a hit found only in the `cause` chain
 *   counts 85 %; a second matching pattern adds a little (at most 50);
 * - routes: more literal segments > parameters > `*` > `**`;
 * - a symptom's own context overrides its article's; inherited context
 *   scores 1 less, so among equals the symptom that says it itself wins;
 * - ties keep index order (articles, then symptoms in document order).
 */
export type MatchFunction = (context: MatchContext) => Match[];

/** Route evidence never reaches the lowest error tier. */
const ROUTE_BASE = 100;
const ROUTE_MAX_BONUS = 50;
const CAUSE_FACTOR = 0.85;
const SECOND_HIT_FACTOR = 0.1;
const SECOND_HIT_MAX = 50;
const INHERITED_PENALTY = 1;

interface Owner {
  symptom: number;
  inherited: boolean;
}

interface RouteEntry {
  route: CompiledRoute;
  weight: number;
  owners: Owner[];
}

interface ErrorEntry {
  matcher: ErrorMatcher;
  owners: Owner[];
}

interface Evidence {
  errorHits: { score: number; reason: string }[];
  route: number;
  routeReason?: string;
  inherited: boolean;
}

/** The context a symptom answers to: its own when it has one, otherwise its article's. */
export function effectiveContext(symptom: Symptom, article: Article | undefined): { context: HelpContext; inherited: boolean } {
  if (symptom.context) return { context: symptom.context, inherited: false };
  return { context: article?.context ?? { routes: [], errors: [] }, inherited: true };
}

function routeWeight(route: CompiledRoute): number {
  const segments = route.pattern.split('/').filter((s) => s !== '');
  const wildcards = segments.filter((s) => s === '*').length;
  const bonus = 8 * route.literalSegments + 4 * route.keys.length + 2 * wildcards + (route.prefix ? 0 : 1);
  return ROUTE_BASE + Math.min(ROUTE_MAX_BONUS, bonus);
}

/** The bucket a pattern or a path is filed under: its first segment when literal, lower-cased (routes match case-insensitively). */
function firstSegment(path: string): string {
  const second = path.indexOf('/', 1);
  return (second === -1 ? path.slice(1) : path.slice(1, second)).toLowerCase();
}

function errorKey(pattern: ErrorPattern): string {
  return `${pattern.kind}\u0000${pattern.raw}`;
}

/** Compiles the matcher for an index. Invalid patterns are skipped: the compiler already reported them. */
export function createMatcher(index: HelpIndex): MatchFunction {
  const articlesById = new Map(index.articles.map((article) => [article.id, article]));
  const symptoms = index.symptoms;

  const routeEntries = new Map<string, RouteEntry>();
  const errorEntries = new Map<string, ErrorEntry>();

  symptoms.forEach((symptom, symptomIndex) => {
    const { context, inherited } = effectiveContext(symptom, articlesById.get(symptom.articleId));
    const owner: Owner = { symptom: symptomIndex, inherited };
    for (const pattern of new Set(context.routes)) {
      let entry = routeEntries.get(pattern);
      if (!entry) {
        const compiled = typeof pattern === 'string' ? compileRoutePattern(pattern) : null;
        if (compiled === null || isRoutePatternProblem(compiled)) continue;
        entry = { route: compiled, weight: routeWeight(compiled), owners: [] };
        routeEntries.set(pattern, entry);
      }
      entry.owners.push(owner);
    }
    const seen = new Set<string>();
    for (const pattern of context.errors) {
      const key = errorKey(pattern);
      if (seen.has(key)) continue;
      seen.add(key);
      let entry = errorEntries.get(key);
      if (!entry) {
        const matcher = compileErrorMatcher(pattern);
        if (matcher === null) continue;
        entry = { matcher, owners: [] };
        errorEntries.set(key, entry);
      }
      entry.owners.push(owner);
    }
  });

  // File every pattern under the one key a normalised error or path can look up directly.
  const routesByFirst = new Map<string, RouteEntry[]>();
  const genericRoutes: RouteEntry[] = [];
  for (const entry of routeEntries.values()) {
    const first = entry.route.pattern === '/' ? '' : (entry.route.pattern.split('/')[1] ?? '');
    if (first === '**' || first === '*' || first.startsWith(':')) genericRoutes.push(entry);
    else push(routesByFirst, first.toLowerCase(), entry);
  }
  const byCode = new Map<string, ErrorEntry[]>();
  const byStatus = new Map<number, ErrorEntry[]>();
  const byClass = new Map<number, ErrorEntry[]>();
  const byName = new Map<string, ErrorEntry[]>();
  const codeGlobs: ErrorEntry[] = [];
  const messages: ErrorEntry[] = [];
  for (const entry of errorEntries.values()) {
    const pattern = entry.matcher.pattern;
    switch (pattern.kind) {
      case 'code':
        if (pattern.glob.includes('*')) codeGlobs.push(entry);
        else push(byCode, pattern.glob, entry);
        break;
      case 'status':
        push(byStatus, pattern.status, entry);
        break;
      case 'status-class':
        push(byClass, pattern.status, entry);
        break;
      case 'name':
        push(byName, pattern.name, entry);
        break;
      case 'message':
        messages.push(entry);
        break;
    }
  }

  function candidatesFor(facts: Omit<NormalizedError, 'causes'>): ErrorEntry[] {
    const found: ErrorEntry[] = [];
    if (facts.code !== undefined) {
      found.push(...(byCode.get(facts.code) ?? []), ...codeGlobs);
    }
    if (facts.message !== undefined) found.push(...messages);
    if (facts.name !== undefined) found.push(...(byName.get(facts.name) ?? []));
    if (facts.status !== undefined) {
      found.push(...(byStatus.get(facts.status) ?? []), ...(byClass.get(Math.floor(facts.status / 100)) ?? []));
    }
    return found;
  }

  return function match(context: MatchContext): Match[] {
    try {
      return matchUnsafe(context);
    } catch {
      // Matching must never break the host app; no answer is better than a crash.
      return [];
    }
  };

  function matchUnsafe(context: MatchContext): Match[] {
    const ctx: Partial<MatchContext> = typeof context === 'object' && context !== null ? context : {};
    const evidence = new Map<number, Evidence>();
    const evidenceFor = (owner: Owner): Evidence => {
      let found = evidence.get(owner.symptom);
      if (!found) {
        found = { errorHits: [], route: 0, inherited: owner.inherited };
        evidence.set(owner.symptom, found);
      }
      return found;
    };

    const error = safeRead(ctx, 'error');
    const normalized = error === undefined ? null : normalizeError(error);
    if (normalized) {
      const layers = [{ facts: normalized, factor: 1, where: '' }, ...normalized.causes.map((facts) => ({ facts, factor: CAUSE_FACTOR, where: ' (in the error’s cause)' }))];
      for (const { facts, factor, where } of layers) {
        for (const entry of candidatesFor(facts)) {
          const reason = entry.matcher.test(facts);
          if (reason === null) continue;
          for (const owner of entry.owners) {
            evidenceFor(owner).errorHits.push({ score: entry.matcher.weight * factor, reason: reason + where });
          }
        }
      }
    }

    const path = normalizeRoute(safeRead(ctx, 'route'));
    if (path !== null) {
      const entries = [...(routesByFirst.get(firstSegment(path)) ?? []), ...genericRoutes];
      for (const entry of entries) {
        if (!entry.route.regex.test(path)) continue;
        for (const owner of entry.owners) {
          const found = evidenceFor(owner);
          if (entry.weight > found.route) {
            found.route = entry.weight;
            found.routeReason = `route ${path} matched ${entry.route.pattern}`;
          }
        }
      }
    }

    const scored: { symptom: number; score: number; reasons: string[] }[] = [];
    for (const [symptomIndex, found] of evidence) {
      const hits = bestPerReason(found.errorHits);
      const best = hits[0]?.score ?? 0;
      const second = hits[1]?.score ?? 0;
      let score = best + Math.min(SECOND_HIT_MAX, second * SECOND_HIT_FACTOR) + found.route;
      if (score <= 0) continue;
      const reasons = hits.map((hit) => hit.reason);
      if (found.routeReason !== undefined) reasons.push(found.routeReason);
      if (found.inherited) {
        score -= INHERITED_PENALTY;
        const symptom = symptoms[symptomIndex];
        reasons.push(`the context comes from the article "${symptom?.articleId ?? ''}" (the symptom sets none of its own)`);
      }
      scored.push({ symptom: symptomIndex, score, reasons });
    }
    scored.sort((a, b) => b.score - a.score || a.symptom - b.symptom);

    const matches: Match[] = [];
    for (const { symptom: symptomIndex, score, reasons } of scored) {
      const symptom = symptoms[symptomIndex];
      const article = symptom ? articlesById.get(symptom.articleId) : undefined;
      if (symptom && article) matches.push({ symptom, article, score: Math.round(score * 100) / 100, reasons });
    }
    return matches;
  }
}

/** Keeps each distinct reason once, at its best score, best first. */
function bestPerReason(hits: { score: number; reason: string }[]): { score: number; reason: string }[] {
  const best = new Map<string, number>();
  for (const hit of hits) best.set(hit.reason, Math.max(best.get(hit.reason) ?? 0, hit.score));
  return [...best].map(([reason, score]) => ({ reason, score })).sort((a, b) => b.score - a.score);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `context` comes from app code that may not be typed; a throwing getter reads as nothing. */
function safeRead(context: Partial<MatchContext>, key: keyof MatchContext): unknown {
  try {
    return context[key];
  } catch {
    return undefined;
  }
}
