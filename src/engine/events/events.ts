import type { LinkTarget } from '../../schema/help-index';
import type { EscalationPayload } from '../support/index';
import type { DiagnosticOutcome, UnknownReason } from '../support/index';
import type { Match, NormalizedError, Reason } from '../types';

/**
 * Analytics events, one typed union so a host can `switch (event.type)` and
 * get each event's fields. User-written text (the escalation note, the
 * feedback comment) is never in an event unless the host opts in with
 * `includeNoteInEvents`; events only say whether there was any.
 */

/** How the panel was opened; `link` is a deep link (`?help=<id>`) in the page's address. */
export type PanelOpenedBy = 'shortcut' | 'button' | 'api' | 'error' | 'link';

export type HelpEvent =
  /** The panel opened. */
  | { type: 'panel-opened'; by: PanelOpenedBy }
  /** The panel closed. */
  | { type: 'panel-closed' }
  /** The route or error matched symptoms, best first. */
  | { type: 'context-matched'; matches: { symptomId: string; articleId: string; score: number; reasons: Reason[] }[] }
  /**
   * The app's error changed to one the engine could read, with the symptoms it
   * matched (empty when no pattern names it). The report uses these to find
   * errors that no article covers.
   */
  | {
      type: 'error-seen';
      /** The route at the time, when known. */
      route?: string;
      /** The error's facts; the message is capped at {@link MAX_EVENT_MESSAGE_LENGTH} characters. */
      error: { code?: string; status?: number; name?: string; message?: string };
      /** Symptoms the error and route matched, best first; `[]` for none. */
      matches: { symptomId: string; articleId: string }[];
    }
  /** A committed search (see `decideSearchCommit`), not every keystroke. */
  | { type: 'search'; query: string; resultCount: number }
  /** An article (and, when one is open, a symptom) was shown. */
  | { type: 'article-viewed'; articleId: string; symptomId?: string }
  /** A check was ticked or unticked, by the user or by a passing diagnostic. */
  | { type: 'check-toggled'; symptomId: string; checkId: string; checked: boolean; by: 'user' | 'diagnostic' }
  /** A host diagnostic settled. */
  | {
      type: 'diagnostic-finished';
      symptomId: string;
      checkId: string;
      diagnostic: string;
      status: 'passed' | 'failed' | 'unknown';
      /** Why it could not check (status `unknown`). */
      reason?: UnknownReason;
      durationMs: number;
    }
  /** The escalation form was shown. */
  | { type: 'escalation-started'; articleId?: string; symptomId?: string }
  /** `onEscalate` resolved (or the user copied the summary / opened the mail link). */
  | {
      type: 'escalation-sent';
      articleId?: string;
      symptomId?: string;
      /** `'callback'` through `onEscalate`, `'copy'` copied summary, `'mailto'` mail link. */
      channel: 'callback' | 'copy' | 'mailto';
      hasNote: boolean;
      /** Only with `includeNoteInEvents`. */
      note?: string;
      checksDone: number;
      checksTotal: number;
    }
  /** `onEscalate` threw or rejected. */
  | { type: 'escalation-failed'; articleId?: string; symptomId?: string; message: string }
  /** The user answered "Was this helpful?". */
  | {
      type: 'feedback';
      articleId: string;
      symptomId?: string;
      helpful: boolean;
      hasComment: boolean;
      /** Only with `includeNoteInEvents`. */
      comment?: string;
    }
  /**
   * The user followed a link: `article`/`anchor` inside help, `app` through
   * `onNavigate`, `external` in a new tab, `fix` a diagnostic's fix button.
   */
  | { type: 'link-followed'; kind: LinkTarget['kind'] | 'fix'; to: string; articleId?: string; symptomId?: string }
  /**
   * After a "No" on "Was this helpful?", the panel offered other matches and the search box before
   * "Contact support". `alternatives`: the symptom (or article) ids it offered, best first.
   */
  | { type: 'second-chance-opened'; articleId: string; symptomId?: string; alternatives: string[] }
  /**
   * The user asked a question in their own words (`<HelpProvider ask>`). `question` is capped at
   * {@link MAX_EVENT_MESSAGE_LENGTH} characters, as search queries are kept; `passages` is how many
   * passages grounding found (0: no article covers it, and no model was asked).
   */
  | { type: 'ask-started'; question: string; passages: number }
  /**
   * An answer ended. `citations`: the symptom (or article) ids it cited, in the order first cited;
   * `grounded`: whether it rests on the help center (passages were found, and every citation was to
   * one of them); `false` as well when no passage covered the question (then `passages` is 0 and no
   * model was asked). `durationMs`: from the question to the end of the answer.
   */
  | { type: 'ask-answered'; question: string; passages: number; citations: string[]; grounded: boolean; durationMs: number }
  /** An answer failed (`reason: 'error'`: an error status, a timeout, a throwing `ask`) or the user stopped it (`'stopped'`). */
  | { type: 'ask-failed'; question: string; reason: 'error' | 'stopped'; message: string; durationMs: number }
  /** The user answered "Was this helpful?" under an answer; `citations` as in `ask-answered`. */
  | { type: 'ask-feedback'; question: string; helpful: boolean; citations: string[] }
  /** The panel failed (a corrupt index, a render error); the host keeps running. */
  | { type: 'panel-error'; message: string };

/** The `type` of every event. */
export type HelpEventType = HelpEvent['type'];

/** Where an event came from: the help center and the build of its index. */
export interface HelpEventSource {
  /** `index.helpCenter.id`. */
  helpCenter: string;
  /** `index.hash`: the build of the content the user saw. */
  build: string;
}

/**
 * The host's `onEvent` prop. `source` is absent for events emitted before an
 * index was read (a failed load).
 */
export type HelpEventHandler = (event: HelpEvent, source?: HelpEventSource) => void;

/** Longest error message an `error-seen` event carries. */
export const MAX_EVENT_MESSAGE_LENGTH = 200;

/** A question as events carry it: trimmed, runs of spaces made one, capped at {@link MAX_EVENT_MESSAGE_LENGTH} characters. */
export function eventQuestion(question: string): string {
  return (typeof question === 'string' ? question : '').trim().replace(/\s+/g, ' ').slice(0, MAX_EVENT_MESSAGE_LENGTH);
}

/** The `error-seen` event for `error` at `route`, given what it matched. */
export function errorSeenEvent(
  error: NormalizedError,
  route: string | null | undefined,
  matches: readonly Pick<Match, 'symptom' | 'article'>[],
): Extract<HelpEvent, { type: 'error-seen' }> {
  const facts: { code?: string; status?: number; name?: string; message?: string } = {};
  if (error.code !== undefined) facts.code = error.code;
  if (error.status !== undefined) facts.status = error.status;
  if (error.name !== undefined) facts.name = error.name;
  if (error.message !== undefined && error.message !== '') facts.message = error.message.slice(0, MAX_EVENT_MESSAGE_LENGTH);
  return {
    type: 'error-seen',
    ...(typeof route === 'string' && route !== '' ? { route } : {}),
    error: facts,
    matches: matches.map((m) => ({ symptomId: m.symptom.id, articleId: m.article.id })),
  };
}

export interface EventPrivacyOptions {
  /** Put the user's note and feedback comment into events. Default `false`. */
  includeNoteInEvents?: boolean;
}

/** The `escalation-sent` event for `payload`, with the note only when the host opted in. */
export function escalationSentEvent(
  payload: EscalationPayload,
  channel: 'callback' | 'copy' | 'mailto',
  options: EventPrivacyOptions = {},
): Extract<HelpEvent, { type: 'escalation-sent' }> {
  return {
    type: 'escalation-sent',
    ...(payload.article ? { articleId: payload.article.id } : {}),
    ...(payload.symptom ? { symptomId: payload.symptom.id } : {}),
    channel,
    hasNote: payload.note !== '',
    ...(options.includeNoteInEvents && payload.note !== '' ? { note: payload.note } : {}),
    checksDone: payload.checks.done.length,
    checksTotal: payload.checks.done.length + payload.checks.notDone.length,
  };
}

/** The `feedback` event, with the comment only when the host opted in. */
export function feedbackEvent(
  feedback: { articleId: string; symptomId?: string; helpful: boolean; comment?: string },
  options: EventPrivacyOptions = {},
): Extract<HelpEvent, { type: 'feedback' }> {
  const comment = typeof feedback.comment === 'string' ? feedback.comment.trim() : '';
  return {
    type: 'feedback',
    articleId: feedback.articleId,
    ...(feedback.symptomId ? { symptomId: feedback.symptomId } : {}),
    helpful: feedback.helpful,
    hasComment: comment !== '',
    ...(options.includeNoteInEvents && comment !== '' ? { comment } : {}),
  };
}

/** The `diagnostic-finished` event for a settled diagnostic of `symptomId`. */
export function diagnosticFinishedEvent(
  outcome: DiagnosticOutcome,
  symptomId: string,
): Extract<HelpEvent, { type: 'diagnostic-finished' }> {
  return {
    type: 'diagnostic-finished',
    symptomId,
    checkId: outcome.checkId,
    diagnostic: outcome.diagnostic,
    status: outcome.status,
    ...(outcome.status === 'unknown' ? { reason: outcome.reason } : {}),
    durationMs: Math.round(outcome.durationMs),
  };
}
