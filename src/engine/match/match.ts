import type { Article, ErrorPattern, HelpContext, HelpIndex, Symptom } from '../../schema/help-index';
import { compileErrorMatcher, ERROR_WEIGHT, TABLE_EXTRA_FACET, type ErrorMatcher } from './error-matcher';
import { normalizeError } from './normalize-error';
import { normalizeRoute } from './normalize-route';
import { EXACT_CODE_KEY } from './match-keys';
import { routeRegex } from './route-regex';
import type { Match, MatchContext, NormalizedError, Reason } from '../types';

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
 * - a status (or status class) is generic: on a symptom that names routes,
 *   off those routes it yields to a symptom claiming the same status on any
 *   route (a 403 elsewhere belongs to the any-route 403 symptom); a status
 *   no any-route symptom claims still points at it, at 75 %;
 * - routes: more literal segments > parameters > `*` > `**`;
 * - an error that no pattern names is searched by its words, by the engine
 *   with search (see `related-search.ts`), not here;
 * - an error table scores as its most specific facet plus 25 for each other one;
 *   read with `compileLooseErrorMatcher` (`createLooseMatcher`), a table
 *   matches on the facets the error gives, and a message within its tier
 *   scores a little more the closer it matches (see `message-text.ts`);
 * - a symptom's own context overrides its article's; inherited context
 *   scores 1 less, so among equals the symptom that says it itself wins;
 * - ties keep index order (symptoms in index order);
 * - at most {@link MAX_MATCHES} are returned.
 */
export type MatchFunction = (context: MatchContext) => Match[];

/** Route evidence never reaches the lowest error tier. */
const ROUTE_BASE = 100;
const ROUTE_MAX_BONUS = 50;
const CAUSE_FACTOR = 0.85;
const SECOND_HIT_FACTOR = 0.1;
const SECOND_HIT_MAX = 50;
const INHERITED_PENALTY = 1;
/** A status that only route-scoped symptoms claim, seen off their routes: still their best guess, a weaker one. */
const OFF_ROUTE_STATUS_FACTOR = 0.75;
/** The same when an any-route symptom claims the status too and the app gave no route to check. */
const YIELD_STATUS_FACTOR = 0.5;
/** More facets than a table has kinds of (code, status, message, name): what its extras can add at most. */
const TABLE_EXTRAS_MAX = TABLE_EXTRA_FACET * 4;
/** A message hit scores at most this much over its tier, for how closely it matched (message-text.ts keeps it under a facet's step). */
const MESSAGE_CLOSENESS_MAX = TABLE_EXTRA_FACET;

/**
 * The most a symptom filed only under `key` (see match-keys.ts) could score for any context: its
 * error tier with a table's extras and a second hit, plus the best route. A split index that has
 * some of a context's files in knows its best match is final once that scores above the ceiling
 * of every key still out. `*` (patterns of no other key) has none.
 */
export function matchScoreCeiling(key: string): number {
  const extras = TABLE_EXTRAS_MAX + SECOND_HIT_MAX + ROUTE_BASE + ROUTE_MAX_BONUS;
  if (key.startsWith('r')) return ROUTE_BASE + ROUTE_MAX_BONUS;
  if (key.startsWith(EXACT_CODE_KEY)) return ERROR_WEIGHT.code + extras;
  if (key.startsWith('c')) return ERROR_WEIGHT.codeGlob + 90 + extras;
  if (key.startsWith('m')) return ERROR_WEIGHT.message + MESSAGE_CLOSENESS_MAX + extras;
  if (key === 'n') return ERROR_WEIGHT.name + extras;
  if (key.startsWith('s/')) return ERROR_WEIGHT.status + extras;
  return Number.POSITIVE_INFINITY;
}

/** `match` returns the best this many: a panel shows one match and a few alternatives, never hundreds. */
export const MAX_MATCHES = 20;

interface RouteEntry {
  pattern: string;
  /** Compiled on first use: most patterns of a large help center are never reached by a given app session. */
  compiled: RegExp | null | undefined;
  weight: number;
  /** Indices of the symptoms that name this pattern, in index order (plain numbers: matching walks them hot). */
  owners: number[];
}

interface ErrorEntry {
  matcher: ErrorMatcher;
  owners: number[];
  /** Whether a symptom without routes (any route) claims this pattern. */
  anyRouteOwner: boolean;
}

/** A segment trie over route patterns, so a path only meets the patterns shaped like it. */
interface RouteNode {
  literal: Map<string, RouteNode>;
  param: RouteNode | null;
  /** Patterns that end here. */
  terminal: RouteEntry[];
  /** Patterns that end here with `/**`: this path and everything below it. */
  prefix: RouteEntry[];
}

const newNode = (): RouteNode => ({ literal: new Map(), param: null, terminal: [], prefix: [] });

/** The context a symptom answers to: its own when it has one, otherwise its article's. */
export function effectiveContext(symptom: Symptom, article: Article | undefined): { context: HelpContext; inherited: boolean } {
  if (symptom.context) return { context: symptom.context, inherited: false };
  return { context: article?.context ?? { routes: [], errors: [] }, inherited: true };
}

/** Static segments over parameters over `*` over `**`. */
function routeWeight(segments: string[]): number {
  let bonus = 0;
  for (const segment of segments) {
    if (segment === '**') continue;
    bonus += segment === '*' ? 2 : segment.startsWith(':') ? 4 : 8;
  }
  if (segments[segments.length - 1] !== '**') bonus += 1;
  return ROUTE_BASE + Math.min(ROUTE_MAX_BONUS, bonus);
}

/** The raw text already says the kind (`401` is always a status); the kind is added only when it disagrees with the usual reading. */
function errorKey(pattern: ErrorPattern): string {
  return pattern.kind === 'code' || pattern.kind === 'status' ? pattern.raw : `${pattern.kind}\u0000${pattern.raw}`;
}

function compiledRoute(entry: RouteEntry): RegExp | null {
  if (entry.compiled === undefined) entry.compiled = routeRegex(entry.pattern);
  return entry.compiled;
}

/** How {@link createMatcher} reads patterns. */
export interface MatcherOptions {
  /**
   * Compiles one error pattern. Default: {@link compileErrorMatcher}, patterns
   * as written; `compileLooseErrorMatcher` reads messages and tables as apps
   * hand errors over (it is its own module, kept out of the page's first load).
   */
  compile?: (pattern: ErrorPattern) => ErrorMatcher | null;
}

/** Compiles the matcher for an index. Invalid patterns are skipped: the compiler already reported them. */
export function createMatcher(index: HelpIndex, options: MatcherOptions = {}): MatchFunction {
  const compile = options.compile ?? compileErrorMatcher;
  const articlesById = new Map(index.articles.map((article) => [article.id, article]));
  const symptoms = index.symptoms;

  /** 1 for a symptom that inherits its article's context (kept flat: matching reads it for every candidate). */
  const inheritedFlag = new Uint8Array(symptoms.length);
  const routeEntries = new Map<string, RouteEntry>();
  const errorEntries = new Map<string, ErrorEntry>();
  const root = newNode();
  /** Patterns the trie cannot place (optional params): tested against every path. */
  const looseRoutes: RouteEntry[] = [];

  function placeRoute(entry: RouteEntry, segments: string[]): void {
    if (segments.some((segment) => segment.endsWith('?'))) {
      looseRoutes.push(entry);
      return;
    }
    let node = root;
    for (const [i, segment] of segments.entries()) {
      if (segment === '**' && i === segments.length - 1) {
        node.prefix.push(entry);
        return;
      }
      if (segment === '*' || segment.startsWith(':')) {
        node = node.param ??= newNode();
      } else {
        const key = segment.toLowerCase();
        let next = node.literal.get(key);
        if (!next) node.literal.set(key, (next = newNode()));
        node = next;
      }
    }
    node.terminal.push(entry);
  }

  symptoms.forEach((symptom, symptomIndex) => {
    const { context, inherited } = effectiveContext(symptom, articlesById.get(symptom.articleId));
    const owner = symptomIndex;
    if (inherited) inheritedFlag[symptomIndex] = 1;
    const { routes, errors } = context;
    for (let r = 0; r < routes.length; r++) {
      const pattern = routes[r];
      // Patterns repeat across symptoms, rarely within one; `indexOf` beats a Set per symptom.
      if (typeof pattern !== 'string' || !pattern.startsWith('/') || routes.indexOf(pattern) !== r) continue;
      let entry = routeEntries.get(pattern);
      if (!entry) {
        const segments = pattern.split('/').filter((s) => s !== '');
        entry = { pattern, compiled: undefined, weight: routeWeight(segments), owners: [] };
        routeEntries.set(pattern, entry);
        placeRoute(entry, segments);
      }
      entry.owners.push(owner);
    }
    for (let e = 0; e < errors.length; e++) {
      const pattern = errors[e];
      if (!pattern || errors.findIndex((other) => other?.raw === pattern.raw && other.kind === pattern.kind) !== e) continue;
      const key = errorKey(pattern);
      let entry = errorEntries.get(key);
      if (!entry) {
        const matcher = compile(pattern);
        if (matcher === null) continue;
        entry = { matcher, owners: [], anyRouteOwner: false };
        errorEntries.set(key, entry);
      }
      entry.owners.push(owner);
    }
  });

  // File every error pattern under the one key a normalised error can look up directly.
  const byCode = new Map<string, ErrorEntry[]>();
  const byStatus = new Map<number, ErrorEntry[]>();
  const byClass = new Map<number, ErrorEntry[]>();
  const byName = new Map<string, ErrorEntry[]>();
  const codeGlobs: ErrorEntry[] = [];
  const messages: ErrorEntry[] = [];
  for (const entry of errorEntries.values()) {
    // A table is filed under its first facet, its most specific: read as written, every facet must match,
    // so that one must too. A matcher that reads tables otherwise says where it must be found.
    const { pattern, filedUnder } = entry.matcher;
    for (const facet of filedUnder ?? [pattern.kind === 'table' ? pattern.facets[0] : pattern]) {
      switch (facet?.kind) {
        case 'code':
          if (facet.glob.includes('*')) codeGlobs.push(entry);
          else push(byCode, facet.glob, entry);
          break;
        case 'status':
          push(byStatus, facet.status, entry);
          break;
        case 'status-class':
          push(byClass, facet.status, entry);
          break;
        case 'name':
          push(byName, facet.name, entry);
          break;
        case 'message':
          messages.push(entry);
          break;
      }
    }
  }

  function errorCandidates(facts: Omit<NormalizedError, 'causes'>): ErrorEntry[] {
    const found: ErrorEntry[] = [];
    if (facts.code !== undefined) found.push(...(byCode.get(facts.code) ?? []), ...codeGlobs);
    if (facts.message !== undefined) found.push(...messages);
    if (facts.name !== undefined) found.push(...(byName.get(facts.name) ?? []));
    if (facts.status !== undefined) {
      found.push(...(byStatus.get(facts.status) ?? []), ...(byClass.get(Math.floor(facts.status / 100)) ?? []));
    }
    return found;
  }

  function routeCandidates(path: string): RouteEntry[] {
    const segments = path.split('/').filter((s) => s !== '');
    const found: RouteEntry[] = [...looseRoutes];
    const walk = (node: RouteNode, i: number) => {
      if (node.prefix.length > 0) found.push(...node.prefix);
      if (i === segments.length) {
        found.push(...node.terminal);
        return;
      }
      const next = node.literal.get((segments[i] ?? '').toLowerCase());
      if (next) walk(next, i + 1);
      if (node.param) walk(node.param, i + 1);
    };
    walk(root, 0);
    return found;
  }

  // Scratch state, reused by every call (matching is synchronous) and reset through `touched`.
  const count = symptoms.length;
  const errorBest = new Float64Array(count);
  const errorSecond = new Float64Array(count);
  const errorBestHit = new Int32Array(count);
  const errorSecondHit = new Int32Array(count);
  const routeBest = new Float64Array(count);
  const routeHit = new Int32Array(count);
  const touchedFlag = new Uint8Array(count);
  const hasRoutes = new Uint8Array(count);
  for (const entry of routeEntries.values()) for (const owner of entry.owners) hasRoutes[owner] = 1;
  for (const entry of errorEntries.values()) entry.anyRouteOwner = entry.owners.some((owner) => hasRoutes[owner] === 0);

  return function match(context: MatchContext): Match[] {
    try {
      return matchUnsafe(context);
    } catch {
      // Matching must never break the host app; no answer is better than a crash.
      touchedFlag.fill(0);
      return [];
    }
  };

  function matchUnsafe(context: MatchContext): Match[] {
    const ctx: Partial<MatchContext> = typeof context === 'object' && context !== null ? context : {};
    const touched: number[] = [];
    const touch = (symptom: number) => {
      if (touchedFlag[symptom] === 1) return;
      touchedFlag[symptom] = 1;
      touched.push(symptom);
      errorBest[symptom] = 0;
      errorSecond[symptom] = 0;
      errorBestHit[symptom] = -1;
      errorSecondHit[symptom] = -1;
      routeBest[symptom] = 0;
      routeHit[symptom] = -1;
    };

    /** Each pattern hit once, with its reason; symptoms point into this list. */
    const errorHits: { score: number; reason: Omit<Reason, 'inherited'>; generic: boolean; claimedAnywhere: boolean }[] = [];
    const error = safeRead(ctx, 'error');
    const normalized = error === undefined ? null : normalizeError(error);
    if (normalized) {
      const layers = [
        { facts: normalized, factor: 1 },
        ...normalized.causes.map((facts) => ({ facts, factor: CAUSE_FACTOR })),
      ];
      const hitEntries = new Set<ErrorEntry>();
      for (const { facts, factor } of layers) {
        for (const entry of errorCandidates(facts)) {
          // The outermost hit of a pattern is its strongest; a cause repeating it adds nothing.
          if (hitEntries.has(entry)) continue;
          const found = entry.matcher.test(facts);
          if (found === null) continue;
          const reason = { kind: found.kind, pattern: entry.matcher.pattern.raw, value: found.value };
          hitEntries.add(entry);
          const generic = found.kind === 'status' || found.kind === 'status-class';
          const score = (found.weight ?? entry.matcher.weight) * factor;
          const hit = errorHits.push({ score, reason, generic, claimedAnywhere: entry.anyRouteOwner }) - 1;
          for (const s of entry.owners) {
            touch(s);
            if (score > (errorBest[s] ?? 0)) {
              errorSecond[s] = errorBest[s] ?? 0;
              errorSecondHit[s] = errorBestHit[s] ?? -1;
              errorBest[s] = score;
              errorBestHit[s] = hit;
            } else if (score > (errorSecond[s] ?? 0)) {
              errorSecond[s] = score;
              errorSecondHit[s] = hit;
            }
          }
        }
      }
    }

    const routeHits: Omit<Reason, 'inherited'>[] = [];
    const path = normalizeRoute(safeRead(ctx, 'route'));
    if (path !== null) {
      for (const entry of routeCandidates(path)) {
        const compiled = compiledRoute(entry);
        if (compiled === null || !compiled.test(path)) continue;
        const hit = routeHits.push({ kind: 'route', pattern: entry.pattern, value: path }) - 1;
        for (const s of entry.owners) {
          touch(s);
          if (entry.weight > (routeBest[s] ?? 0)) {
            routeBest[s] = entry.weight;
            routeHit[s] = hit;
          }
        }
      }
    }

    // Keep the best MAX_MATCHES, ties in index order, without sorting everything a bare 403 touches.
    const top: { symptom: number; score: number }[] = [];
    for (const s of touched) {
      touchedFlag[s] = 0;
      let best = errorBest[s] ?? 0;
      let second = errorSecond[s] ?? 0;
      // A status is generic. On a symptom that names routes, off those routes it yields to a symptom
      // that claims the same status on any route: "403 on /sessions/:id" says nothing about a 403 on
      // /inboxes/7, the any-route 403 symptom does. A status nobody else claims (507) still points here.
      const bestHit = errorHits[errorBestHit[s] ?? -1];
      if (hasRoutes[s] === 1 && (routeBest[s] ?? 0) === 0 && bestHit?.generic) {
        const factor = !bestHit.claimedAnywhere ? OFF_ROUTE_STATUS_FACTOR : path === null ? YIELD_STATUS_FACTOR : 0;
        best *= factor;
        second *= factor;
        if (factor === 0) errorBestHit[s] = errorSecondHit[s] = -1;
      }
      let score = best + Math.min(SECOND_HIT_MAX, second * SECOND_HIT_FACTOR) + (routeBest[s] ?? 0);
      if (score <= 0) continue;
      if (inheritedFlag[s] === 1) score -= INHERITED_PENALTY;
      const worst = top[top.length - 1];
      if (top.length === MAX_MATCHES && worst && (score < worst.score || (score === worst.score && s > worst.symptom))) continue;
      let at = top.length;
      while (at > 0) {
        const before = top[at - 1];
        if (!before || before.score > score || (before.score === score && before.symptom < s)) break;
        at--;
      }
      top.splice(at, 0, { symptom: s, score });
      if (top.length > MAX_MATCHES) top.pop();
    }

    const matches: Match[] = [];
    for (const { symptom: s, score } of top) {
      const symptom = symptoms[s];
      const article = symptom ? articlesById.get(symptom.articleId) : undefined;
      if (!symptom || !article) continue;
      const reasons: Reason[] = [];
      const inherited = inheritedFlag[s] === 1;
      const best = errorHits[errorBestHit[s] ?? -1];
      const second = errorHits[errorSecondHit[s] ?? -1];
      const route = routeHits[routeHit[s] ?? -1];
      if (best) reasons.push({ ...best.reason, inherited });
      if (second) reasons.push({ ...second.reason, inherited });
      if (route !== undefined) reasons.push({ ...route, inherited });
      matches.push({ symptom, article, score: Math.round(score * 100) / 100, reasons });
    }
    return matches;
  }
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
