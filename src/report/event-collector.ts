import type { HelpEventEnvelope } from '../engine/events/index';
import type { HelpIndex } from '../schema/help-index';
import { emptyFunnel, emptySymptomFunnel, type Funnel, type SymptomFunnel } from './funnel';
import { suggestPattern, type ErrorFacts } from './suggested-patterns';

/** Events of another build or help center than the content the report reads. */
export interface OtherSource {
  /** Help center id, or `null` when the events carried none. */
  helpCenter: string | null;
  /** Index build hash, or `null` when the events carried none (an index that never loaded). */
  build: string | null;
  events: number;
  sessions: number;
  /** First and last timestamps seen. */
  from: string;
  to: string;
}

/** A diagnostic bound to a check, and how its runs ended. */
export interface DiagnosticStats {
  symptomId: string;
  checkId: string;
  diagnostic: string;
  runs: number;
  failed: number;
  unknown: number;
}

/** Everything the report counts, gathered in one pass over the events. */
export interface CollectedEvents {
  /** Envelopes counted (of this help center and build, or all with `allBuilds`). */
  counted: number;
  /** Distinct sessions among them. */
  sessions: number;
  /** First and last timestamps counted, ISO 8601; absent without events. */
  from?: string;
  to?: string;
  otherSources: OtherSource[];
  funnel: Funnel;
  symptoms: Map<string, SymptomFunnel>;
  /** Article-level votes (no symptom): article id → yes/no. */
  articleVotes: Map<string, { yes: number; no: number }>;
  /** Committed searches. */
  searches: number;
  /** Normalised query → how often it had no results. */
  noResults: Map<string, number>;
  /** Normalised query → how often it had results and none was opened. */
  noClick: Map<string, number>;
  diagnostics: Map<string, DiagnosticStats>;
  /** `articleId` or `articleId\u0000symptomId` → not-helpful votes and the comments the host let through. */
  notHelpful: Map<string, { articleId: string; symptomId?: string; count: number; comments: string[] }>;
  /**
   * Errors seen that matched no symptom, grouped by the pattern that would name them (so
   * `Export 12 timed out` and `Export 91 timed out` are one problem), or by their facts when none would.
   */
  unmatchedErrors: Map<string, { error: ErrorFacts; pattern?: string; count: number; sessions: number; routes: string[] }>;
  /** Article ids reached by a view, a match or an error. */
  reached: Set<string>;
  /** `articleId\u0000pattern` → suggestion. */
  suggestions: Map<string, { articleId: string; pattern: string; count: number }>;
  /** Questions asked in the user's own words, and how their answers went. */
  asks: CollectedAsks;
}

/** What the report counts of questions asked in the user's own words (`<HelpProvider ask>`). */
export interface CollectedAsks {
  /** Questions asked (`ask-started`). */
  asked: number;
  /** Answers that ended (`ask-answered`), grounded or not. */
  answered: number;
  /** … of which rested on the help center with at least one citation. */
  cited: number;
  /** Answers that failed, and that the user stopped. */
  failed: number;
  stopped: number;
  /** Normalised question → how often the content did not cover it: no passage, not grounded, or answered without a citation. */
  notCovered: Map<string, number>;
  /** Symptom or article id → answers that cited it. */
  citations: Map<string, number>;
  /** "Was this helpful?" under answers. */
  helpful: { yes: number; no: number };
}

export interface EventCollectorOptions {
  /** Count events of every build of this help center, not only the one read from the content. Default `false`. */
  allBuilds?: boolean;
  /**
   * The builds that count as the one read, for a help center in several languages: every locale's index hash
   * (each locale's index has its own; users in any language are this build's users). Default: `index.hash`.
   */
  builds?: readonly string[];
}

/** What one session did, kept compactly while the log streams by; collections are made on first use. */
interface Session {
  opened: boolean;
  shown: boolean;
  checkedAny: boolean;
  checkedAll: boolean;
  helpfulYes: boolean;
  escalated: boolean;
  /** Time of its latest event (ISO 8601, so it compares as text): a session idle for {@link SESSION_IDLE_MS} in the log is finished and let go. */
  lastAt: string;
  symptoms: Map<string, SessionSymptom> | null;
  votedArticles: Set<string> | null;
  /** A search with results waiting for a click: counted as no-click if the next search, a close or the end comes first. */
  pendingSearch: string | null;
  /** Errors this session hit and the articles each matched, newest last (a few at most). */
  errors: { pattern: string | null; matched: Set<string> }[] | null;
  unmatchedKeys: Set<string> | null;
  /** `articleId\u0000pattern` already counted for this session. */
  suggested: Set<string> | null;
}

/**
 * A session with no event for this long (by the events' own clock) is over:
 * its state is settled and dropped, so memory follows the sessions open at
 * once, not the size of the log. An event of the same session after that
 * starts a new one, as analytics tools count sessions.
 */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** Whether more than {@link SESSION_IDLE_MS} passed from `last` to `at` (ISO 8601); parses dates only when the text cannot tell. */
function isIdleGap(last: string, at: string): boolean {
  // Same hour, less than 29 minutes apart on the clock: the usual case, no parsing.
  if (last.length >= 16 && last.slice(0, 14) === at.slice(0, 14) && Math.abs(Number(at.slice(14, 16)) - Number(last.slice(14, 16))) < 29) {
    return false;
  }
  const gap = Date.parse(at) - Date.parse(last);
  return gap > SESSION_IDLE_MS;
}

/** Events between two sweeps for finished sessions. */
const SWEEP_EVERY = 20_000;

interface SessionSymptom {
  ticked: Set<string>;
  checkedAny: boolean;
  checkedAll: boolean;
  helpful?: boolean;
  escalated: boolean;
}

/** Errors a session remembers for suggestions: enough for one visit, bounded for a session that loops. */
const MAX_SESSION_ERRORS = 20;
/** Distinct queries kept per list; past it, queries seen once make room (the counts that matter are the high ones). */
const MAX_QUERIES = 50_000;
const MAX_COMMENTS = 20;
const MAX_ROUTES_PER_ERROR = 5;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Normalises a query the way people mean it: case and runs of spaces do not make a different question. */
export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}

function errorFacts(value: unknown): ErrorFacts | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const facts: ErrorFacts = {};
  if (text(raw.code)) facts.code = raw.code as string;
  if (typeof raw.status === 'number' && Number.isInteger(raw.status)) facts.status = raw.status;
  if (text(raw.name)) facts.name = raw.name as string;
  if (text(raw.message)) facts.message = raw.message as string;
  return Object.keys(facts).length > 0 ? facts : null;
}

/** One key per distinct problem: what the report groups unmatched errors by. */
export function errorKey(facts: ErrorFacts): string {
  return [facts.code ?? '', facts.status ?? '', facts.name ?? '', facts.message ?? ''].join('\u0000');
}

function bump(map: Map<string, number>, key: string): void {
  const count = map.get(key);
  if (count !== undefined) {
    map.set(key, count + 1);
    return;
  }
  if (map.size >= MAX_QUERIES) {
    for (const [query, seen] of map) if (seen === 1) map.delete(query);
    if (map.size >= MAX_QUERIES) return;
  }
  map.set(key, 1);
}

/**
 * Counts a stream of envelopes against one compiled help center, without
 * keeping the events: only per-session flags and the totals the report shows.
 * Feed it with `add`, then call `finish` once.
 */
export function createEventCollector(index: HelpIndex, options: EventCollectorOptions = {}) {
  const helpCenter = index.helpCenter.id;
  const builds = new Set(options.builds ?? [index.hash]);
  const checkCounts = new Map(index.symptoms.map((symptom) => [symptom.id, symptom.checks.length]));
  const symptomArticle = new Map(index.symptoms.map((symptom) => [symptom.id, symptom.articleId]));
  const sessions = new Map<string, Session>();
  let sessionCount = 0;
  /** The latest timestamp seen, and the one before which a session counts as over (moved at each sweep, to parse dates rarely). */
  let latest = '';
  let cutoff = '';
  let sinceSweep = 0;
  const others = new Map<string, OtherSource & { sessionIds: Set<string> }>();
  const collected: CollectedEvents = {
    counted: 0,
    sessions: 0,
    otherSources: [],
    funnel: emptyFunnel(),
    symptoms: new Map(),
    articleVotes: new Map(),
    searches: 0,
    noResults: new Map(),
    noClick: new Map(),
    diagnostics: new Map(),
    notHelpful: new Map(),
    unmatchedErrors: new Map(),
    reached: new Set(),
    suggestions: new Map(),
    asks: { asked: 0, answered: 0, cited: 0, failed: 0, stopped: 0, notCovered: new Map(), citations: new Map(), helpful: { yes: 0, no: 0 } },
  };

  // The same errors come back in session after session: name each kind once.
  const patterns = new Map<string, string | null>();
  const patternFor = (facts: ErrorFacts): string | null => {
    const key = errorKey(facts);
    let pattern = patterns.get(key);
    if (pattern === undefined) {
      pattern = suggestPattern(facts);
      if (patterns.size < MAX_QUERIES) patterns.set(key, pattern);
    }
    return pattern;
  };
  const session = (id: string, at: string): Session => {
    let found = sessions.get(id);
    if (found && isIdleGap(found.lastAt, at)) {
      settleSearch(found);
      found = undefined;
    }
    if (!found) {
      found = {
        opened: false,
        shown: false,
        checkedAny: false,
        checkedAll: false,
        helpfulYes: false,
        escalated: false,
        lastAt: at,
        symptoms: null,
        votedArticles: null,
        pendingSearch: null,
        errors: null,
        unmatchedKeys: null,
        suggested: null,
      };
      sessions.set(id, found);
      sessionCount++;
    }
    if (at > found.lastAt) found.lastAt = at;
    return found;
  };
  const sweep = () => {
    const time = Date.parse(latest);
    if (Number.isNaN(time)) return;
    cutoff = new Date(time - SESSION_IDLE_MS).toISOString();
    for (const [id, state] of sessions) {
      if (state.lastAt < cutoff) {
        settleSearch(state);
        sessions.delete(id);
      }
    }
  };
  const symptomStats = (id: string): SymptomFunnel => {
    let found = collected.symptoms.get(id);
    if (!found) collected.symptoms.set(id, (found = emptySymptomFunnel()));
    return found;
  };
  const sessionSymptom = (state: Session, id: string): SessionSymptom => {
    state.symptoms ??= new Map();
    let found = state.symptoms.get(id);
    if (!found) {
      found = { ticked: new Set(), checkedAny: false, checkedAll: false, escalated: false };
      state.symptoms.set(id, found);
      symptomStats(id).shown++;
      if (!state.shown) {
        state.shown = true;
        collected.funnel.symptomShown++;
      }
    }
    return found;
  };
  const settleSearch = (state: Session) => {
    if (state.pendingSearch !== null) bump(collected.noClick, state.pendingSearch);
    state.pendingSearch = null;
  };
  /** The session solved its problem with `articleId`: errors that did not lead there suggest a pattern. */
  const solved = (state: Session, articleId: string) => {
    for (const seen of state.errors ?? []) {
      if (seen.matched.has(articleId)) continue;
      const pattern = seen.pattern;
      if (pattern === null) continue;
      const key = `${articleId}\u0000${pattern}`;
      state.suggested ??= new Set();
      if (state.suggested.has(key)) continue;
      state.suggested.add(key);
      const suggestion = collected.suggestions.get(key);
      if (suggestion) suggestion.count++;
      else collected.suggestions.set(key, { articleId, pattern, count: 1 });
    }
  };

  const other = (envelope: HelpEventEnvelope) => {
    const key = `${envelope.helpCenter ?? ''}\u0000${envelope.build ?? ''}`;
    let found = others.get(key);
    if (!found) {
      found = {
        helpCenter: envelope.helpCenter ?? null,
        build: envelope.build ?? null,
        events: 0,
        sessions: 0,
        from: envelope.at,
        to: envelope.at,
        sessionIds: new Set(),
      };
      others.set(key, found);
    }
    found.events++;
    if (!found.sessionIds.has(envelope.session)) {
      found.sessionIds.add(envelope.session);
      found.sessions++;
    }
    if (envelope.at < found.from) found.from = envelope.at;
    if (envelope.at > found.to) found.to = envelope.at;
  };

  function add(envelope: HelpEventEnvelope): void {
    const ours = envelope.helpCenter === helpCenter && (options.allBuilds === true || (envelope.build !== undefined && builds.has(envelope.build)));
    if (!ours) {
      other(envelope);
      return;
    }
    collected.counted++;
    if (collected.from === undefined || envelope.at < collected.from) collected.from = envelope.at;
    if (collected.to === undefined || envelope.at > collected.to) collected.to = envelope.at;
    const at = envelope.at;
    if (at > latest) latest = at;
    if (++sinceSweep >= SWEEP_EVERY) {
      sinceSweep = 0;
      sweep();
    }
    const state = session(envelope.session, at);
    const event = envelope.event as unknown as Record<string, unknown>;
    const symptomId = text(event.symptomId);
    const articleId = text(event.articleId) ?? (symptomId ? symptomArticle.get(symptomId) : undefined);
    switch (event.type) {
      case 'panel-opened':
        if (!state.opened) {
          state.opened = true;
          collected.funnel.opened++;
        }
        break;
      case 'panel-closed':
        settleSearch(state);
        break;
      case 'context-matched':
        for (const match of Array.isArray(event.matches) ? event.matches : []) {
          const id = text((match as Record<string, unknown> | null)?.articleId);
          if (id) collected.reached.add(id);
        }
        break;
      case 'error-seen': {
        const facts = errorFacts(event.error);
        if (!facts) break;
        const matched = new Set<string>();
        for (const match of Array.isArray(event.matches) ? event.matches : []) {
          const id = text((match as Record<string, unknown> | null)?.articleId);
          if (id) matched.add(id);
        }
        matched.forEach((id) => collected.reached.add(id));
        const pattern = patternFor(facts);
        state.errors ??= [];
        if (state.errors.length < MAX_SESSION_ERRORS) state.errors.push({ pattern, matched });
        if (matched.size === 0) {
          const key = pattern ?? errorKey(facts);
          let entry = collected.unmatchedErrors.get(key);
          if (!entry) {
            entry = { error: facts, ...(pattern ? { pattern } : {}), count: 0, sessions: 0, routes: [] };
            collected.unmatchedErrors.set(key, entry);
          }
          entry.count++;
          state.unmatchedKeys ??= new Set();
          if (!state.unmatchedKeys.has(key)) {
            state.unmatchedKeys.add(key);
            entry.sessions++;
          }
          const route = text(event.route);
          if (route && entry.routes.length < MAX_ROUTES_PER_ERROR && !entry.routes.includes(route)) entry.routes.push(route);
        }
        break;
      }
      case 'search': {
        const query = text(event.query);
        if (!query) break;
        settleSearch(state);
        collected.searches++;
        const normalized = normalizeQuery(query);
        if (event.resultCount === 0) bump(collected.noResults, normalized);
        else if (typeof event.resultCount === 'number') state.pendingSearch = normalized;
        break;
      }
      case 'article-viewed':
        state.pendingSearch = null; // a click on a result (or any view) answers the search
        if (articleId) collected.reached.add(articleId);
        if (symptomId) sessionSymptom(state, symptomId);
        break;
      case 'check-toggled': {
        if (!symptomId || event.checked !== true) break;
        const checkId = text(event.checkId);
        if (!checkId) break;
        const own = sessionSymptom(state, symptomId);
        own.ticked.add(checkId);
        if (!own.checkedAny) {
          own.checkedAny = true;
          symptomStats(symptomId).checkedAny++;
        }
        if (!state.checkedAny) {
          state.checkedAny = true;
          collected.funnel.checkedAny++;
        }
        const total = checkCounts.get(symptomId);
        if (!own.checkedAll && total !== undefined && total > 0 && own.ticked.size >= total) {
          own.checkedAll = true;
          symptomStats(symptomId).checkedAll++;
          if (!state.checkedAll) {
            state.checkedAll = true;
            collected.funnel.checkedAll++;
          }
          const article = symptomArticle.get(symptomId);
          if (article) solved(state, article);
        }
        break;
      }
      case 'diagnostic-finished': {
        const checkId = text(event.checkId);
        const diagnostic = text(event.diagnostic);
        if (!symptomId || !checkId || !diagnostic) break;
        const key = `${symptomId}\u0000${checkId}\u0000${diagnostic}`;
        let stats = collected.diagnostics.get(key);
        if (!stats) collected.diagnostics.set(key, (stats = { symptomId, checkId, diagnostic, runs: 0, failed: 0, unknown: 0 }));
        stats.runs++;
        if (event.status === 'failed') stats.failed++;
        else if (event.status === 'unknown') stats.unknown++;
        break;
      }
      case 'escalation-sent': {
        if (!state.escalated) {
          state.escalated = true;
          collected.funnel.escalated++;
        }
        if (!symptomId) break;
        const own = sessionSymptom(state, symptomId);
        if (own.escalated) break;
        own.escalated = true;
        const stats = symptomStats(symptomId);
        stats.escalated++;
        if (own.checkedAny) stats.escalatedAfterChecks++;
        break;
      }
      case 'feedback': {
        if (!articleId || typeof event.helpful !== 'boolean') break;
        const helpful = event.helpful;
        if (helpful && !state.helpfulYes) {
          state.helpfulYes = true;
          collected.funnel.helpfulYes++;
        }
        if (symptomId) {
          const own = sessionSymptom(state, symptomId);
          if (own.helpful === undefined) {
            own.helpful = helpful;
            if (helpful) symptomStats(symptomId).helpfulYes++;
            else symptomStats(symptomId).helpfulNo++;
          }
        } else if (!(state.votedArticles ??= new Set()).has(articleId)) {
          state.votedArticles.add(articleId);
          let votes = collected.articleVotes.get(articleId);
          if (!votes) collected.articleVotes.set(articleId, (votes = { yes: 0, no: 0 }));
          if (helpful) votes.yes++;
          else votes.no++;
        }
        if (helpful) solved(state, articleId);
        else {
          const key = symptomId ? `${articleId}\u0000${symptomId}` : articleId;
          let entry = collected.notHelpful.get(key);
          if (!entry) collected.notHelpful.set(key, (entry = { articleId, ...(symptomId ? { symptomId } : {}), count: 0, comments: [] }));
          entry.count++;
          const comment = text(event.comment);
          if (comment && entry.comments.length < MAX_COMMENTS) entry.comments.push(comment);
        }
        break;
      }
      case 'ask-started':
        collected.asks.asked++;
        break;
      case 'ask-answered': {
        const asks = collected.asks;
        asks.answered++;
        const citations = [...new Set((Array.isArray(event.citations) ? event.citations : []).filter((id): id is string => typeof id === 'string' && id !== ''))];
        const question = text(event.question);
        if (event.grounded !== true || citations.length === 0) {
          if (question) bump(asks.notCovered, normalizeQuery(question));
          break;
        }
        asks.cited++;
        for (const id of citations) asks.citations.set(id, (asks.citations.get(id) ?? 0) + 1);
        break;
      }
      case 'ask-failed':
        if (event.reason === 'stopped') collected.asks.stopped++;
        else collected.asks.failed++;
        break;
      case 'ask-feedback':
        if (event.helpful === true) collected.asks.helpful.yes++;
        else if (event.helpful === false) collected.asks.helpful.no++;
        break;
      default:
        break;
    }
  }

  function finish(): CollectedEvents {
    for (const state of sessions.values()) settleSearch(state);
    collected.sessions = sessionCount;
    collected.otherSources = [...others.values()].map(({ sessionIds: _ids, ...rest }) => rest);
    return collected;
  }

  return { add, finish };
}
