import { useCallback, useEffect, useRef, useState } from 'react';
import type { EscalationPayload } from '../../engine/support/index';
import type { EscalationDraftStore } from '../../engine/state/index';
import { escalationSentEvent, safeEmit, type EventPrivacyOptions, type HelpEventHandler } from '../../engine/events/index';

/** Where sending stands. One union, so the form picks its screen with one switch. */
export type EscalationStatus =
  | { status: 'editing' }
  | { status: 'sending' }
  | { status: 'sent' }
  | {
      status: 'failed';
      /** What `onEscalate` threw or rejected with, as text for developers. */
      message: string;
    };

/** The host's `onEscalate`. A returned promise is awaited: resolve = sent, reject = failed. */
export type EscalateHandler = (payload: EscalationPayload) => unknown;

export interface UseEscalationOptions extends EventPrivacyOptions {
  /** Sends the payload. */
  onEscalate: EscalateHandler | undefined;
  /** Cleared once a send succeeds, so the note is kept exactly until it is sent. */
  store?: EscalationDraftStore;
  onEvent?: HelpEventHandler;
  /** A send that has not settled after this many ms counts as failed (and can be retried). Default 30000. */
  timeoutMs?: number;
}

export interface UseEscalationResult {
  state: EscalationStatus;
  /** Sends `payload`; ignored while a send is under way. Also the retry. */
  send: (payload: EscalationPayload) => void;
  /** Back to `editing` (e.g. after "sent", to write another). */
  reset: () => void;
}

export const DEFAULT_ESCALATION_TIMEOUT_MS = 30_000;

/** Numbers sends so a late answer to an earlier attempt is recognised and ignored. */
let attempts = 0;

/** Calls `onEscalate` with sending / sent / failed and retry, containing whatever it throws. */
export function useEscalation(options: UseEscalationOptions): UseEscalationResult {
  const [state, setState] = useState<EscalationStatus>({ status: 'editing' });
  const latest = useRef(options);
  latest.current = options;
  const inFlight = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const send = useCallback((payload: EscalationPayload) => {
    if (inFlight.current !== 0) return;
    attempts += 1;
    const attempt = attempts;
    inFlight.current = attempt;
    const { onEscalate, onEvent, includeNoteInEvents, timeoutMs = DEFAULT_ESCALATION_TIMEOUT_MS } = latest.current;
    setState({ status: 'sending' });

    const settle = (ok: boolean, error?: unknown) => {
      if (inFlight.current !== attempt) return;
      inFlight.current = 0;
      clearTimeout(timer);
      const opts = latest.current;
      if (ok) {
        // Even when the form is gone by now: the note was sent, so it must not come back.
        opts.store?.clear();
        safeEmit(opts.onEvent ?? onEvent, escalationSentEvent(payload, 'callback', { includeNoteInEvents }));
      } else {
        safeEmit(opts.onEvent ?? onEvent, {
          type: 'escalation-failed',
          ...(payload.article ? { articleId: payload.article.id } : {}),
          ...(payload.symptom ? { symptomId: payload.symptom.id } : {}),
          message: describe(error),
        });
      }
      if (mounted.current) setState(ok ? { status: 'sent' } : { status: 'failed', message: describe(error) });
    };
    const timer = setTimeout(
      () => settle(false, new Error(`onEscalate did not settle within ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    );

    if (typeof onEscalate !== 'function') {
      settle(false, new Error('No onEscalate handler was given.'));
      return;
    }
    let result: unknown;
    try {
      result = onEscalate(payload);
    } catch (error) {
      settle(false, error);
      return;
    }
    Promise.resolve(result).then(
      () => settle(true),
      (error: unknown) => settle(false, error),
    );
  }, []);

  const reset = useCallback(() => {
    if (inFlight.current === 0) setState({ status: 'editing' });
  }, []);
  return { state, send, reset };
}

function describe(error: unknown): string {
  try {
    if (error instanceof Error) return error.message || error.name;
    if (typeof error === 'string' && error !== '') return error.slice(0, 300);
  } catch {
    // An unreadable error still fails the send.
  }
  return 'onEscalate failed';
}
