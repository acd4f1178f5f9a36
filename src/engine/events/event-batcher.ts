import type { HelpEvent, HelpEventSource } from './events';
import { safeCall } from './safe-call';

/**
 * The collected form of an event: one JSON object per event, so a log of them
 * is NDJSON (one envelope a line) that `help-panel report` reads.
 *
 * ```json
 * {"v":1,"session":"4f0c…","at":"2026-03-01T10:15:02.113Z","helpCenter":"ochre","build":"9b1e…","event":{"type":"search","query":"stripe","resultCount":3}}
 * ```
 *
 * Bump {@link HELP_EVENT_ENVELOPE_VERSION} when a change would make an older
 * report misread a newer log. Fields are only ever added within a version.
 */
export const HELP_EVENT_ENVELOPE_VERSION = 1 as const;

export interface HelpEventEnvelope {
  /** The envelope's format version, {@link HELP_EVENT_ENVELOPE_VERSION}. */
  v: typeof HELP_EVENT_ENVELOPE_VERSION;
  /** One id per batcher (a page load), or the host's `sessionId`. */
  session: string;
  /** When the event happened, ISO 8601 in UTC. */
  at: string;
  /** `index.helpCenter.id`; absent for events before an index was read. */
  helpCenter?: string;
  /** `index.hash` of the build the user saw; absent for events before an index was read. */
  build?: string;
  /** The event itself, as `onEvent` received it. */
  event: HelpEvent;
}

/** Why a batch is being sent. */
export type EventFlushReason = 'full' | 'timer' | 'pagehide' | 'manual';

/** Sends one batch; may return a promise. Whatever it throws or rejects with is contained. */
export type EventBatchSender = (batch: HelpEventEnvelope[], reason: EventFlushReason) => unknown;

/** What the batcher needs from the page; `globalThis` by default, fakes in tests. */
export interface EventBatcherEnvironment {
  /** Listens for `pagehide` and `visibilitychange`. Default: `window`'s; none in Node. */
  addEventListener?: (type: string, listener: () => void) => void;
  /** Stops listening, on `dispose()`. */
  removeEventListener?: (type: string, listener: () => void) => void;
  /** Tells whether the page is hidden. Default: `document`. */
  document?: { visibilityState?: string };
  /** Sends beacons, when `send` is a URL. Default: `navigator`. */
  navigator?: { sendBeacon?: (url: string, data: Blob | string) => boolean };
  /** Posts a batch when beacons are missing or refuse it. Default: global `fetch`. */
  fetch?: (url: string, init: { method: string; body: string; keepalive: boolean; headers: Record<string, string> }) => Promise<unknown>;
  /** Timers for `flushMs`. Default: the global ones. */
  setTimeout: (callback: () => void, ms: number) => unknown;
  /** Cancels the `flushMs` timer. Default: the global one. */
  clearTimeout: (handle: never) => void;
}

export interface EventBatcherOptions {
  /**
   * Where batches go. A URL receives a `POST` whose body is NDJSON (one
   * envelope a line, `text/plain` so that a beacon needs no CORS preflight),
   * sent with `navigator.sendBeacon`, or `fetch` with `keepalive` where beacons
   * are missing or refuse the batch. A function receives the envelopes to send
   * its own way. Required.
   */
  send: string | EventBatchSender;
  /** Events held before a batch is sent at once. Default `20`. */
  maxBatch?: number;
  /** Milliseconds an event may wait before its batch is sent. Default `5000`. */
  flushMs?: number;
  /** The session id every envelope carries. Default: a random id per batcher. */
  sessionId?: string;
  /** Clock, for tests. Default `() => new Date()`. */
  now?: () => Date;
  /** The page: listeners for `pagehide`, beacons, fetch, timers. Default `globalThis`. */
  environment?: EventBatcherEnvironment;
}

export interface EventBatcher {
  /** Pass as `onEvent` (or call from yours): wraps the event in an envelope and queues it. */
  onEvent(event: HelpEvent, source?: HelpEventSource): void;
  /** Sends what is queued now. */
  flush(reason?: EventFlushReason): void;
  /** Sends what is queued and stops listening to the page. Later events are dropped. */
  dispose(): void;
  /** The id every envelope of this batcher carries. */
  readonly sessionId: string;
}

/** Turns envelopes into the NDJSON body a collector appends to its log. */
export function toNdjson(batch: readonly HelpEventEnvelope[]): string {
  return batch.map((envelope) => `${JSON.stringify(envelope)}\n`).join('');
}

function randomSessionId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

function urlSender(url: string, environment: EventBatcherEnvironment): EventBatchSender {
  return (batch) => {
    const body = toNdjson(batch);
    const beacon = environment.navigator?.sendBeacon;
    // A beacon survives the page going away; it returns false when the browser will not queue it.
    if (typeof beacon === 'function' && beacon.call(environment.navigator, url, body)) return true;
    if (typeof environment.fetch === 'function') {
      return environment.fetch(url, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain;charset=UTF-8' } });
    }
    return false;
  };
}

/**
 * Buffers `onEvent` output and sends it in batches: when `maxBatch` events
 * are queued, `flushMs` after the first queued event, and when the page is
 * hidden or goes away (`pagehide`, `visibilitychange` to hidden), so a tab
 * closed mid-visit still reports. A sender that throws never reaches the panel.
 *
 * ```tsx
 * const batcher = createEventBatcher({ send: '/api/help-events' });
 * <HelpProvider onEvent={batcher.onEvent} … />
 * ```
 */
export function createEventBatcher(options: EventBatcherOptions): EventBatcher {
  const environment = options.environment ?? (globalThis as unknown as EventBatcherEnvironment);
  const maxBatch = Math.max(1, Math.floor(options.maxBatch ?? 20));
  const flushMs = Math.max(0, options.flushMs ?? 5000);
  const now = options.now ?? (() => new Date());
  const sessionId = options.sessionId ?? randomSessionId();
  const send = typeof options.send === 'string' ? urlSender(options.send, environment) : options.send;
  let queue: HelpEventEnvelope[] = [];
  let timer: unknown = null;
  let disposed = false;

  const clearTimer = () => {
    if (timer !== null) environment.clearTimeout(timer as never);
    timer = null;
  };
  const flush = (reason: EventFlushReason = 'manual') => {
    clearTimer();
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    safeCall(send, 'event batch send', batch, reason);
  };
  const onPageHide = () => flush('pagehide');
  const onVisibility = () => {
    if (environment.document?.visibilityState === 'hidden') flush('pagehide');
  };
  environment.addEventListener?.('pagehide', onPageHide);
  environment.addEventListener?.('visibilitychange', onVisibility);

  return {
    sessionId,
    onEvent(event, source) {
      if (disposed) return;
      const envelope: HelpEventEnvelope = { v: HELP_EVENT_ENVELOPE_VERSION, session: sessionId, at: now().toISOString(), event };
      if (source) {
        envelope.helpCenter = source.helpCenter;
        envelope.build = source.build;
      }
      queue.push(envelope);
      if (queue.length >= maxBatch) flush('full');
      else if (timer === null) timer = environment.setTimeout(() => flush('timer'), flushMs);
    },
    flush,
    dispose() {
      if (disposed) return;
      flush('manual');
      disposed = true;
      environment.removeEventListener?.('pagehide', onPageHide);
      environment.removeEventListener?.('visibilitychange', onVisibility);
    },
  };
}
