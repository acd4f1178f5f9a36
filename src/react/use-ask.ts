import { useSyncExternalStore } from 'react';
import type { AskFunction } from '../engine/ask-request';
import { eventQuestion, type HelpEvent } from '../engine/events/index';
import { createGround, type GroundFunction, type GroundingPassage } from '../engine/ground';
import type { EscalationAsk } from '../engine/support/index';
import type { HelpEngineCore, SearchHit } from '../engine/types';
import { checkCitations } from './answer-markdown';
import type { AskSessionRef } from './help-context';
import { loadedRelatedMatch, loadSearch } from './load-search';

/**
 * One question at a time, from the question to its answer: grounding, the
 * host's `ask`, the streamed text, and the guards around it. A small store
 * kept by the provider (`asks`), so that an answer outlives its screen (a
 * citation opened, then Back) and a new question, a Stop or the drawer closing
 * aborts the one in flight.
 */

/**
 * Where an answer stands: finding its passages, being written, done, not covered by any
 * article (no model asked), failed, or stopped by the user.
 */
export type AskStatus = 'finding' | 'writing' | 'done' | 'not-covered' | 'failed' | 'stopped';

export interface AskState {
  /** The answer screen's view id this is the answer to. */
  viewId: number;
  question: string;
  status: AskStatus;
  /** The passages grounding found; `[]` until found, and when none covers the question. */
  passages: GroundingPassage[];
  /** The answer's text as it arrived, citations unchecked. */
  raw: string;
  /** Search hits for the question: what the screen offers when there is no answer. */
  hits: SearchHit[];
  /** Why it failed, for `failed`. */
  error: unknown;
  /** The user's "Was this helpful?", once given. */
  helpful?: boolean;
}

/** What an answer needs from the panel, read when the question is asked. */
export interface AskEnvironment {
  engine: HelpEngineCore;
  route: string | null;
  error: unknown;
  locale: string;
  ask: AskFunction | undefined;
  emit(event: HelpEvent): void;
  onError(error: unknown): void;
}

export interface AskSession {
  get(): AskState | null;
  subscribe(listener: () => void): () => void;
  /** Asks `question` for the view `viewId`, aborting any answer in flight. */
  start(viewId: number, question: string, environment: AskEnvironment): void;
  /** Asks the current question again. */
  retry(environment: AskEnvironment): void;
  /** Stops the answer in flight; what was written so far stays. */
  stop(): void;
  /** Records "Was this helpful?" for the answer on screen. */
  vote(helpful: boolean): void;
  /** The question and answer on screen, for the escalation payload. */
  escalation(): EscalationAsk | null;
}

/**
 * Silence after which an answer fails as timed out, whatever `ask` does: a promise that never
 * settles must not leave the screen writing forever. `createChatCompletionsAsk` has its own, shorter one.
 */
export const ASK_SILENCE_MS = 60_000;
const SEARCH_HITS = 5;
/** The longest answer kept: past it the rest is dropped and the request stopped (a model gone on and on). */
export const MAX_ANSWER_CHARS = 20_000;

const grounds = new WeakMap<HelpEngineCore, { search: unknown; ground: GroundFunction }>();

/** The engine's `ground`, over the search the panel already loaded (and, with it, related search for errors). */
async function groundOf(engine: HelpEngineCore): Promise<{ ground: GroundFunction; search: (query: string, options?: object) => SearchHit[] }> {
  const search = await loadSearch(engine);
  let known = grounds.get(engine);
  if (!known || known.search !== search) {
    known = { search, ground: createGround({ ...engine, match: loadedRelatedMatch(engine) ?? engine.match }, search) };
    grounds.set(engine, known);
  }
  return { ground: known.ground, search };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';

/** Resolves with `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: PromiseLike<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(promise).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

const notText = (what: unknown) =>
  new TypeError(`\`ask\` gave ${what === null ? 'null' : typeof what} where the panel reads text: return a string, a promise of one, or an async iterable of strings.`);

/** The pieces of whatever `ask` returned: a string, a promise of one, or an async iterable of strings. */
async function* piecesOf(result: unknown, signal: AbortSignal): AsyncGenerator<string> {
  if (typeof result === 'string') {
    yield result;
    return;
  }
  if (isThenable(result)) {
    const value = await untilAborted(result, signal);
    if (typeof value !== 'string') throw notText(value);
    yield value;
    return;
  }
  if (!isAsyncIterable(result)) throw notText(result);
  const iterator = result[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await untilAborted(iterator.next(), signal);
      if (next.done) return;
      if (typeof next.value !== 'string') throw notText(next.value);
      yield next.value;
    }
  } finally {
    // Tell a generator to stop (its own `finally` runs); one that ignores this is left behind.
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : typeof error === 'string' ? error : 'The answer failed.');

/** The answer's text with its citations checked against the passages it was given. */
export function checkedAnswer(state: Pick<AskState, 'raw' | 'passages'>): { text: string; cited: GroundingPassage[]; removed: boolean } {
  const keys = new Set(state.passages.map((passage) => passage.key));
  const { text, cited, removed } = checkCitations(state.raw, keys);
  return { text, cited: cited.map((key) => state.passages.find((passage) => passage.key === key)!), removed };
}

export function createAskSession(): AskSession {
  let state: AskState | null = null;
  let controller: AbortController | null = null;
  let startedAt = 0;
  const listeners = new Set<() => void>();
  const set = (next: AskState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const update = (viewId: number, change: Partial<AskState>) => {
    if (state?.viewId === viewId) set({ ...state, ...change });
  };
  const duration = () => Math.max(0, Math.round(Date.now() - startedAt));
  /** Ends the answer in flight as stopped (by the user, a new question or the drawer closing). */
  const halt = (message: string, environment: AskEnvironment | null) => {
    const running = controller;
    controller = null;
    if (!running || !state || (state.status !== 'finding' && state.status !== 'writing')) return;
    running.abort(new DOMException(message, 'AbortError'));
    const question = state.question;
    set({ ...state, status: 'stopped' });
    (environment?.emit ?? lastEmit)?.({ type: 'ask-failed', question: eventQuestion(question), reason: 'stopped', message, durationMs: duration() });
  };
  let lastEmit: AskEnvironment['emit'] | null = null;

  async function run(viewId: number, question: string, environment: AskEnvironment, signal: AbortSignal): Promise<void> {
    const { engine, emit } = environment;
    const live = () => !signal.aborted && state?.viewId === viewId;
    const context = { route: environment.route, error: environment.error };
    const fail = (error: unknown) => {
      if (!live()) return;
      controller = null;
      update(viewId, { status: 'failed', error });
      emit({ type: 'ask-failed', question: eventQuestion(question), reason: 'error', message: messageOf(error).slice(0, 200), durationMs: duration() });
      environment.onError(error);
    };
    let passages: GroundingPassage[];
    let hits: SearchHit[] = [];
    try {
      const { ground, search } = await untilAborted(groundOf(engine), signal);
      passages = await untilAborted(ground(question, context), signal);
      try {
        hits = search(question, { limit: SEARCH_HITS, context });
      } catch {
        hits = [];
      }
    } catch (error) {
      fail(error);
      return;
    }
    if (!live()) return;
    emit({ type: 'ask-started', question: eventQuestion(question), passages: passages.length });
    if (passages.length === 0) {
      controller = null;
      update(viewId, { status: 'not-covered', hits });
      emit({ type: 'ask-answered', question: eventQuestion(question), passages: 0, citations: [], grounded: false, durationMs: duration() });
      return;
    }
    update(viewId, { status: 'writing', passages, hits });
    // Silence past ASK_SILENCE_MS fails the answer, and aborts the host's request.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const silence = new AbortController();
    const both = typeof AbortSignal.any === 'function' ? AbortSignal.any([signal, silence.signal]) : signal;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => silence.abort(new Error(`The answer timed out: nothing arrived for ${ASK_SILENCE_MS / 1000} seconds.`)), ASK_SILENCE_MS);
    };
    try {
      if (!environment.ask) throw new TypeError('There is no `ask` on HelpProvider any more.');
      arm();
      const result = environment.ask({ question, passages, locale: environment.locale }, both);
      let raw = '';
      for await (const piece of piecesOf(result, both)) {
        if (!live()) return;
        arm();
        raw += piece;
        if (raw.length >= MAX_ANSWER_CHARS) {
          update(viewId, { raw: raw.slice(0, MAX_ANSWER_CHARS) });
          break;
        }
        update(viewId, { raw });
      }
      // An answer of nothing is no answer: the failure screen (retry, search, support), never a blank view.
      if (live() && raw.trim() === '') throw new Error('The model answered nothing.');
    } catch (error) {
      if (!signal.aborted) fail(silence.signal.aborted ? silence.signal.reason : error);
      return;
    } finally {
      clearTimeout(timer);
    }
    if (!live() || !state) return;
    controller = null;
    const answer = checkedAnswer(state);
    update(viewId, { status: 'done' });
    emit({
      type: 'ask-answered',
      question: eventQuestion(question),
      passages: passages.length,
      citations: answer.cited.map((passage) => passage.id),
      grounded: !answer.removed,
      durationMs: duration(),
    });
  }

  const session: AskSession = {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start(viewId, question, environment) {
      halt('A new question was asked.', environment);
      lastEmit = environment.emit;
      const next = new AbortController();
      controller = next;
      startedAt = Date.now();
      set({ viewId, question, status: 'finding', passages: [], raw: '', hits: [], error: null });
      run(viewId, question, environment, next.signal).catch((error: unknown) => {
        // `run` handles its own failures; this is the last net, so the screen never hangs.
        if (state?.viewId === viewId && (state.status === 'finding' || state.status === 'writing')) update(viewId, { status: 'failed', error });
      });
    },
    retry(environment) {
      if (state) session.start(state.viewId, state.question, environment);
    },
    stop() {
      halt('Stopped.', null);
    },
    vote(helpful) {
      if (!state || state.helpful !== undefined) return;
      const cited = checkedAnswer(state).cited.map((passage) => passage.id);
      set({ ...state, helpful });
      lastEmit?.({ type: 'ask-feedback', question: eventQuestion(state.question), helpful, citations: cited });
    },
    escalation() {
      if (!state) return null;
      const answer = checkedAnswer(state);
      return {
        question: state.question,
        answer: answer.text,
        citations: answer.cited.map((passage) => ({ key: passage.key, id: passage.id, title: passage.title })),
        grounded: state.passages.length > 0 && !answer.removed && answer.text !== '',
      };
    },
  };
  return session;
}

/** The provider's answer session, created on first use, and its state. */
export function useAskSession(asks: AskSessionRef): { session: AskSession; state: AskState | null } {
  const session = (asks.current ??= createAskSession()) as AskSession;
  const state = useSyncExternalStore(session.subscribe, session.get, session.get);
  return { session, state };
}
