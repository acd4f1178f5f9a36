import type { Article, Check, EscalationSpec, HelpCenterInfo, Symptom } from '../../schema/help-index';
import type { DiagnosticOutcome, DiagnosticFix, UnknownReason } from './run-diagnostics';
import { describeLocalTime, type LocalTime } from './time-zone';
import { capString, toJsonSafe, type JsonValue } from '../base/index';
import type { NormalizedError } from '../types';

/**
 * The escalation payload: everything support needs to pick up where the
 * help panel left off, as plain JSON (it goes through `JSON.stringify`
 * unchanged, so a host can POST it, queue it or log it as is).
 */

/** Bump when a field changes meaning, so support tooling can tell payload generations apart. */
export const ESCALATION_PAYLOAD_VERSION = 1 as const;

/** A field the host asks for on the escalation form, such as a workspace slug. */
export interface EscalationField {
  /** Stable key; also the key in the payload's `fields`. */
  id: string;
  /** Label shown on the form and in the summary. */
  label: string;
  /** Key of the host's `context` that pre-fills the field. Default: `id`. */
  contextKey?: string;
  /** The form will not send without a value. Default `false`. */
  required?: boolean;
  /** A multi-line text area instead of a one-line input. Default `false`. */
  multiline?: boolean;
  /** Hint shown under the field. */
  description?: string;
}

/** A labelled answer: a host field or one of the article's escalation details. */
export interface EscalationAnswer {
  /** The field's or detail's id. */
  id: string;
  /** Its label, as the user saw it. */
  label: string;
  /** What the user entered (or the pre-filled value); `''` when left empty. */
  value: string;
}

/** A check as support sees it. */
export interface EscalationCheck {
  /** The check's id within its symptom. */
  id: string;
  /** The check as plain text. */
  text: string;
}

/** One diagnostic result as support sees it. */
export interface EscalationDiagnostic {
  /** The check the diagnostic is bound to. */
  checkId: string;
  /** The check's text, so the result reads without the help index. */
  text: string;
  /** The diagnostic's name. */
  diagnostic: string;
  /** `unknown` means "could not check". */
  status: 'passed' | 'failed' | 'unknown';
  /** The diagnostic's own sentence, when it gave one. */
  detail?: string;
  /** Where the user could fix a failure. */
  fix?: DiagnosticFix;
  /** Why it could not check (status `unknown` only). */
  reason?: UnknownReason;
}

/** The question the user asked in their own words and the answer they got, when they escalate from it. */
export interface EscalationAsk {
  /** The question as typed. */
  question: string;
  /** The answer as shown (Markdown); `''` when none was written (no article covered it, or it failed). */
  answer: string;
  /** The passages the answer cited, in the order first cited. */
  citations: { key: string; id: string; title: string }[];
  /** Whether the answer rests on the help center only (see the `ask-answered` event). */
  grounded: boolean;
}

/** See the table in the README ("Escalation payload"). */
export interface EscalationPayload {
  /** {@link ESCALATION_PAYLOAD_VERSION}. */
  version: typeof ESCALATION_PAYLOAD_VERSION;
  /** The help center the user was in, or `null`. */
  helpCenter: { id: string; title: string } | null;
  /** The article the user escalated from, or `null` (home view, search). */
  article: { id: string; title: string } | null;
  /** The symptom the user escalated from, or `null`. */
  symptom: { id: string; title: string } | null;
  /** The route the user was on, or `null`. */
  route: string | null;
  /** The normalised error, or `null`. */
  error: NormalizedError | null;
  /** When the problem was first seen (default: when the payload was built), in the user's zone. */
  firstSeen: LocalTime | null;
  /** When the payload was built, in the user's zone. */
  createdAt: LocalTime | null;
  /** The symptom's checks, split by whether the user (or a diagnostic) ticked them. */
  checks: { done: EscalationCheck[]; notDone: EscalationCheck[] };
  /** Results of the host diagnostics, in check order. */
  diagnostics: EscalationDiagnostic[];
  /** Search queries tried in this visit, oldest first, without repeats. */
  searches: string[];
  /** The user's note; `''` when none. */
  note: string;
  /** The host-declared fields ({@link EscalationField}) with their values, in declared order. */
  fields: EscalationAnswer[];
  /** The article's escalation details (`Article.escalation`) with the user's answers, in order. */
  details: EscalationAnswer[];
  /** `navigator.userAgent`, or `null` outside a browser. */
  userAgent: string | null;
  /** The host's `context` prop, made JSON-safe (cycles marked, functions dropped, sizes capped). */
  context: { [key: string]: JsonValue };
  /** The question and answer the user escalated from (`<HelpProvider ask>`); absent from any other screen. */
  ask?: EscalationAsk;
}

export interface BuildEscalationPayloadInput {
  /** `index.helpCenter`. Default `null`. */
  helpCenter?: HelpCenterInfo | null;
  /** The article escalated from. Default `null`. */
  article?: Pick<Article, 'id' | 'title'> | null;
  /** The symptom escalated from; its checks become `checks.done` / `checks.notDone`. Default `null`. */
  symptom?: Pick<Symptom, 'id' | 'title' | 'checks'> | null;
  /** The current route. Default `null`. */
  route?: string | null;
  /** The normalised error (`engine.normalizeError(error)`). Default `null`. */
  error?: NormalizedError | null;
  /** When the problem was first seen. Default: `now`. */
  firstSeen?: Date | number | string | null;
  /** The current time. Default: `new Date()`. */
  now?: Date;
  /** IANA zone to describe times in. Default: the user's. */
  timeZone?: string;
  /** Ids of the symptom's checks that are ticked. */
  checkedIds?: Iterable<string>;
  /** Outcomes from `runDiagnostics`. */
  diagnostics?: readonly DiagnosticOutcome[];
  /** Search queries in the order tried. */
  searches?: readonly string[];
  /** The user's note. Default `''`. */
  note?: string | null;
  /** Host-declared fields. */
  fields?: readonly EscalationField[];
  /** Values the user entered for host fields, by field id. */
  fieldValues?: Readonly<Record<string, string>>;
  /** The article's escalation details. Default: none. */
  details?: EscalationSpec['details'];
  /** Answers to the article's details, by detail id. */
  detailAnswers?: Readonly<Record<string, string>>;
  /** The host's `context` prop. Also pre-fills fields the user left untouched. */
  context?: unknown;
  /** Default: `navigator.userAgent` when there is a navigator. */
  userAgent?: string | null;
  /** The question and answer escalated from. Default: none. */
  ask?: EscalationAsk | null;
}

/** Longest note kept. Support tools and mail clients choke on megabytes. */
export const MAX_NOTE_LENGTH = 5000;
/** Longest answer to one field. */
export const MAX_ANSWER_LENGTH = 1000;
/** Most search queries kept. */
export const MAX_SEARCHES = 20;
const MAX_QUERY_LENGTH = 200;
const MAX_TEXT_LENGTH = 500;

/** Builds the payload. Never throws, whatever the input; every string is capped. */
export function buildEscalationPayload(input: BuildEscalationPayloadInput): EscalationPayload {
  const now = input.now instanceof Date && Number.isFinite(input.now.getTime()) ? input.now : new Date();
  const checked = new Set(safeIterable(input.checkedIds));
  const checks: Check[] = Array.isArray(input.symptom?.checks) ? input.symptom.checks : [];
  const textOf = new Map(checks.map((c) => [c.id, c.text] as const));
  const safeContext = toJsonSafe(input.context ?? {});
  const context = isJsonObject(safeContext) ? safeContext : { value: safeContext };

  return {
    version: ESCALATION_PAYLOAD_VERSION,
    helpCenter: idTitle(input.helpCenter),
    article: idTitle(input.article),
    symptom: idTitle(input.symptom),
    route: typeof input.route === 'string' ? capString(input.route, 2000) : null,
    error: input.error ? (toJsonSafe(input.error) as unknown as NormalizedError) : null,
    firstSeen: describeLocalTime(input.firstSeen ?? now, input.timeZone) ?? describeLocalTime(now, input.timeZone),
    createdAt: describeLocalTime(now, input.timeZone),
    checks: {
      done: checks.filter((c) => checked.has(c.id)).map(toEscalationCheck),
      notDone: checks.filter((c) => !checked.has(c.id)).map(toEscalationCheck),
    },
    diagnostics: (Array.isArray(input.diagnostics) ? input.diagnostics : []).map((o) =>
      toEscalationDiagnostic(o, textOf.get(o.checkId)),
    ),
    searches: rememberSearches([], input.searches ?? []),
    note: typeof input.note === 'string' ? capString(input.note.trim(), MAX_NOTE_LENGTH) : '',
    fields: (input.fields ?? []).filter(isLabelled).map((field) => ({
      id: field.id,
      label: capString(field.label, MAX_TEXT_LENGTH),
      value: answer(input.fieldValues?.[field.id] ?? prefill(field, input.context)),
    })),
    details: (input.details ?? []).filter(isLabelled).map((detail) => ({
      id: detail.id,
      label: capString(detail.label, MAX_TEXT_LENGTH),
      value: answer(input.detailAnswers?.[detail.id]),
    })),
    userAgent: resolveUserAgent(input.userAgent),
    context,
    ...(input.ask ? { ask: toEscalationAsk(input.ask) } : {}),
  };
}

function toEscalationAsk(ask: EscalationAsk): EscalationAsk {
  const citations = Array.isArray(ask.citations) ? ask.citations : [];
  return {
    question: typeof ask.question === 'string' ? capString(ask.question.trim(), MAX_TEXT_LENGTH) : '',
    answer: typeof ask.answer === 'string' ? capString(ask.answer.trim(), MAX_NOTE_LENGTH) : '',
    citations: citations.slice(0, MAX_SEARCHES).flatMap((c) =>
      c && typeof c.id === 'string' ? [{ key: String(c.key), id: c.id, title: capString(String(c.title ?? c.id), MAX_TEXT_LENGTH) }] : [],
    ),
    grounded: ask.grounded === true,
  };
}

/**
 * The value `context` offers to pre-fill `field` (`context[field.contextKey ?? field.id]`),
 * as text; `''` when there is none or it is not a string, number or boolean.
 */
export function prefill(field: Pick<EscalationField, 'id' | 'contextKey'>, context: unknown): string {
  if (typeof context !== 'object' || context === null) return '';
  try {
    const value = (context as Record<string, unknown>)[field.contextKey ?? field.id];
    if (typeof value === 'string') return capString(value, MAX_ANSWER_LENGTH);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'boolean') return String(value);
  } catch {
    // A throwing getter pre-fills nothing.
  }
  return '';
}

/**
 * Adds `queries` to `history`: trimmed, whitespace collapsed, blank ones and
 * repeats (case-insensitive, the later one wins its place) dropped, the
 * newest `max` kept.
 */
export function rememberSearches(history: readonly string[], queries: Iterable<unknown>, max = MAX_SEARCHES): string[] {
  const out = [...history];
  for (const raw of safeIterable(queries)) {
    if (typeof raw !== 'string') continue;
    const query = capString(raw.trim().replace(/\s+/g, ' '), MAX_QUERY_LENGTH);
    if (query === '') continue;
    const seen = out.findIndex((q) => q.toLowerCase() === query.toLowerCase());
    if (seen !== -1) out.splice(seen, 1);
    out.push(query);
  }
  return out.slice(Math.max(0, out.length - max));
}

function toEscalationCheck(check: Check): EscalationCheck {
  return { id: check.id, text: capString(String(check.text ?? ''), MAX_TEXT_LENGTH) };
}

function toEscalationDiagnostic(outcome: DiagnosticOutcome, text: string | undefined): EscalationDiagnostic {
  return {
    checkId: outcome.checkId,
    text: capString(text ?? outcome.checkId, MAX_TEXT_LENGTH),
    diagnostic: outcome.diagnostic,
    status: outcome.status,
    ...('detail' in outcome && typeof outcome.detail === 'string' ? { detail: outcome.detail } : {}),
    ...(outcome.status === 'failed' && outcome.fix ? { fix: { label: outcome.fix.label, to: outcome.fix.to } } : {}),
    ...(outcome.status === 'unknown' ? { reason: outcome.reason } : {}),
  };
}

function idTitle(value: { id?: unknown; title?: unknown } | null | undefined): { id: string; title: string } | null {
  if (!value || typeof value.id !== 'string') return null;
  return { id: value.id, title: capString(typeof value.title === 'string' ? value.title : value.id, MAX_TEXT_LENGTH) };
}

function isLabelled(value: { id?: unknown; label?: unknown } | null | undefined): value is { id: string; label: string } {
  return !!value && typeof value.id === 'string' && typeof value.label === 'string';
}

function answer(value: unknown): string {
  return typeof value === 'string' ? capString(value.trim(), MAX_ANSWER_LENGTH) : '';
}

function resolveUserAgent(given: string | null | undefined): string | null {
  if (given === null) return null;
  if (typeof given === 'string') return capString(given, MAX_TEXT_LENGTH);
  try {
    const agent = typeof navigator === 'undefined' ? undefined : navigator.userAgent;
    return typeof agent === 'string' ? capString(agent, MAX_TEXT_LENGTH) : null;
  } catch {
    return null;
  }
}

function isJsonObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safeIterable<T>(value: Iterable<T> | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  try {
    return typeof value === 'string' ? [] : [...value];
  } catch {
    return [];
  }
}
