import type { AskFunction, AskRequest } from '../engine/ask-request';
import { buildAskMessages, type ChatMessage } from './build-ask-messages';
import { createSseParser, MAX_SSE_LINE } from './sse-parser';

export interface ChatCompletionsAskOptions {
  /**
   * The URL the request is POSTed to, as is: an OpenAI-compatible `…/v1/chat/completions` endpoint
   * (vLLM, Ollama, llama.cpp's server, LM Studio, OpenAI, most gateways), or your own proxy route
   * that forwards to one (so the key stays on the server). Relative URLs resolve against the page.
   */
  url: string | URL;
  /** The model name the server knows (`llama3.1`, `gpt-4o-mini`, …). */
  model: string;
  /**
   * Extra request headers (an `Authorization` header belongs on a server, never in a page); one named
   * like a default (`content-type: application/json`, `accept: text/event-stream`), in any case,
   * replaces it. Default: none.
   */
  headers?: Record<string, string>;
  /** The `fetch` to use. Default: the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * How long the server may stay silent, in milliseconds, before the answer fails as timed out:
   * before it answers, and between two pieces of the stream. Only the server's silence counts: the
   * time the caller takes to ask for the next piece does not. Default {@link DEFAULT_ASK_TIMEOUT_MS} (30,000).
   */
  timeoutMs?: number;
}

export const DEFAULT_ASK_TIMEOUT_MS = 30_000;
/** The most of an error body read for its message. */
const MAX_ERROR_BODY = 16_384;
const MAX_ERROR_MESSAGE = 300;

/** Why an answer could not be had: the server's status, a silence past `timeoutMs`, a network failure, or a stream that is not chat completions. */
export type AskErrorKind = 'status' | 'timeout' | 'network' | 'protocol';

/** An answer that failed, with a message that says what the server did and how to fix it. */
export class AskError extends Error {
  override readonly name = 'AskError';
  /** What went wrong. */
  readonly kind: AskErrorKind;
  /** The HTTP status, for `status`. */
  readonly status?: number;
  constructor(kind: AskErrorKind, message: string, status?: number) {
    super(message);
    this.kind = kind;
    if (status !== undefined) this.status = status;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The message a server put in an error body: OpenAI's `{ error: { message } }`, Ollama's `{ error }`, vLLM's `{ message }`, FastAPI's `{ detail }`, or the text. */
export function errorMessageOf(body: string): string {
  const text = body.trim();
  let message: unknown = text;
  try {
    const value: unknown = JSON.parse(text);
    if (isRecord(value)) {
      const error = value.error;
      message = isRecord(error) ? error.message : typeof error === 'string' ? error : (value.message ?? value.detail ?? text);
    }
  } catch {
    // Not JSON: the text as the server sent it.
  }
  const flat = (typeof message === 'string' ? message : JSON.stringify(message) ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_ERROR_MESSAGE ? `${flat.slice(0, MAX_ERROR_MESSAGE - 1)}…` : flat;
}

/** The failure a server reported with a 200: in the stream, or as the whole body. */
function serverFailure(body: string): AskError {
  return new AskError('status', `The model server failed while answering: ${errorMessageOf(body).replace(/[.\s]+$/, '') || 'no message'}.`);
}

/** The text of one streamed chunk: `choices[0].delta.content`; `''` for chunks without text (the role, the finish, usage). */
function deltaText(chunk: unknown): string {
  if (!isRecord(chunk)) throw new AskError('protocol', 'The model server sent an event that is not a chat-completion chunk (not a JSON object).');
  if (chunk.error !== undefined && chunk.error !== null) throw serverFailure(JSON.stringify(chunk));
  const choices = chunk.choices;
  const first = Array.isArray(choices) ? choices[0] : undefined;
  const delta = isRecord(first) ? first.delta : undefined;
  const content = isRecord(delta) ? delta.content : undefined;
  return typeof content === 'string' ? content : '';
}

/** The text of a whole (not streamed) completion, for a server that ignores `stream: true`; its error, for one that failed with a 200. */
function messageText(body: unknown): string {
  if (isRecord(body) && body.error !== undefined && body.error !== null) throw serverFailure(JSON.stringify(body));
  const choices = isRecord(body) ? body.choices : undefined;
  const first = Array.isArray(choices) ? choices[0] : undefined;
  const message = isRecord(first) ? first.message : undefined;
  const content = isRecord(message) ? message.content : undefined;
  if (typeof content !== 'string') throw new AskError('protocol', 'The model server answered JSON without choices[0].message.content; is the URL a chat-completions endpoint?');
  return content;
}

/**
 * An `ask` function for `<HelpProvider ask>` that speaks the chat-completions protocol most model
 * servers speak: it POSTs `{ model, messages, stream: true }` (the messages from
 * {@link buildAskMessages}) and yields the answer as it streams. Server-sent events are read
 * across any chunk boundaries (UTF-8 included) up to `data: [DONE]`; an error status, an error body
 * with a 200 and an error sent mid-stream (`data: {"error": …}`, `event: error`, llama.cpp's
 * `error:` line) reject with the server's own message; `timeoutMs` of the server's silence rejects
 * as timed out; the request stops, and the iteration ends with the abort, when `signal` aborts (Stop,
 * a new question, the panel closing). No SDK: `fetch` and a stream reader.
 *
 * @example
 * // The browser talks to your own route, which adds the key (see docs/examples/ask/).
 * const ask = createChatCompletionsAsk({ url: '/api/help-answer', model: 'gpt-4o-mini' });
 * <HelpProvider index={index} ask={ask}>…</HelpProvider>
 */
export function createChatCompletionsAsk(options: ChatCompletionsAskOptions): AskFunction {
  if (!isRecord(options)) throw new TypeError('createChatCompletionsAsk needs options: { url, model }.');
  const { url, model } = options;
  if (!(typeof url === 'string' && url.trim() !== '') && !(url instanceof URL)) {
    throw new TypeError(`createChatCompletionsAsk needs \`url\`, the chat-completions endpoint (or your proxy route) as a string; got ${JSON.stringify(url) ?? String(url)}.`);
  }
  if (typeof model !== 'string' || model.trim() === '') {
    throw new TypeError(`createChatCompletionsAsk needs \`model\`, the model name the server knows (for example "llama3.1"); got ${JSON.stringify(model) ?? String(model)}.`);
  }
  const timeoutMs =
    typeof options.timeoutMs === 'number' && Number.isFinite(options.timeoutMs) && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_ASK_TIMEOUT_MS;
  // Header names are case-insensitive: a caller's `Content-Type` replaces the default `content-type`
  // instead of joining it (`application/json, application/json; charset=utf-8`).
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (isRecord(options.headers)) {
    for (const [name, value] of Object.entries(options.headers)) {
      for (const known of Object.keys(headers)) if (known.toLowerCase() === name.toLowerCase()) delete headers[known];
      headers[name] = String(value);
    }
  }
  const target = String(url);

  return (request: AskRequest, signal: AbortSignal) => stream(request, signal);

  async function* stream(request: AskRequest, signal: AbortSignal): AsyncGenerator<string, void, undefined> {
    const doFetch = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
    if (!doFetch) throw new AskError('network', 'There is no fetch here; pass one with createChatCompletionsAsk({ fetch }).');
    const messages: ChatMessage[] = buildAskMessages(request.question, request.passages, { locale: request.locale });
    const controller = new AbortController();
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /**
     * Stops the request and the body: the read waiting on it ends at once, even when `fetch` ignores
     * its signal (a cancelled reader settles its pending read as done).
     */
    const stop = (reason?: unknown) => {
      controller.abort(reason);
      reader?.cancel(reason).catch(() => undefined);
    };
    // Armed only while the client waits on the server, so that a caller slow to ask for the next
    // piece is never taken for a silent server.
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        stop();
      }, timeoutMs);
    };
    const disarm = () => clearTimeout(timer);
    const onAbort = () => stop(signal.reason);
    if (signal?.aborted) throw signal.reason ?? new DOMException('The answer was stopped.', 'AbortError');
    signal?.addEventListener('abort', onAbort, { once: true });
    /** What a failed read or fetch means: the user's stop, our timeout, or the network. */
    const failure = (error: unknown): unknown => {
      if (signal?.aborted) return signal.reason ?? error;
      if (timedOut) return new AskError('timeout', `The model server at ${target} sent nothing for ${timeoutMs} ms; check that it is running, or raise timeoutMs.`);
      if (error instanceof AskError) return error;
      return new AskError('network', `Could not reach the model server at ${target} (${error instanceof Error ? error.message : String(error)}).`);
    };
    try {
      let response: Response;
      try {
        arm();
        response = await doFetch(target, {
          method: 'POST',
          headers: { ...headers },
          body: JSON.stringify({ model, messages, stream: true }),
          signal: controller.signal,
        });
      } catch (error) {
        throw failure(error);
      } finally {
        disarm();
      }
      if (!response.ok) {
        let body = '';
        try {
          arm();
          body = (await response.text()).slice(0, MAX_ERROR_BODY);
        } catch (error) {
          throw failure(error);
        } finally {
          disarm();
        }
        const message = errorMessageOf(body).replace(/[.\s]+$/, '');
        throw new AskError('status', `The model server answered ${response.status}${message ? `: ${message}` : ''}.`, response.status);
      }
      const type = response.headers.get('content-type') ?? '';
      if (/json/i.test(type) && !/event-stream/i.test(type)) {
        // A server that ignored `stream: true` and sent the whole completion.
        let body: unknown;
        try {
          arm();
          body = await response.json();
        } catch (error) {
          throw failure(error instanceof SyntaxError ? new AskError('protocol', 'The model server answered JSON that does not parse.') : error);
        } finally {
          disarm();
        }
        const text = messageText(body);
        if (signal?.aborted) throw failure(undefined);
        if (text !== '') yield text;
        return;
      }
      if (!response.body) throw new AskError('protocol', 'The model server answered without a body to stream.');
      reader = response.body.getReader();
      const decoder = new TextDecoder();
      const pending: string[] = [];
      let done = false;
      // Events that were chat-completion chunks (or [DONE]): a 200 with none (an HTML page, plain
      // text, an empty stream) is not an answer, however it ended.
      let events = 0;
      const parser = createSseParser((event) => {
        if (done) return;
        const data = event.data.trim();
        // `event: error` (some gateways) and llama.cpp's `error:` line: the server's message, whatever its shape.
        if (event.event === 'error') throw serverFailure(data);
        // An empty event is a keep-alive, as a comment line is.
        if (data === '') return;
        events++;
        if (data === '[DONE]') {
          done = true;
          return;
        }
        let chunk: unknown;
        try {
          chunk = JSON.parse(data);
        } catch {
          throw new AskError('protocol', `The model server sent an event that is not JSON (${JSON.stringify(data.slice(0, 60))}); is the URL a chat-completions endpoint?`);
        }
        const text = deltaText(chunk);
        if (text !== '') pending.push(text);
      });
      const feed = (text: string) => {
        try {
          parser.feed(text);
        } catch (error) {
          // The parser's bound on a line (or an event) that never ends.
          if (!(error instanceof RangeError)) throw error;
          throw new AskError('protocol', `The model server at ${target} sent a line longer than ${MAX_SSE_LINE} characters without ending it; it is not a stream of chat-completion events.`);
        }
      };
      /** The pieces read so far, one by one; a stop while the caller holds a piece ends the iteration before the next. */
      const drain = function* (): Generator<string, void, undefined> {
        for (let piece = pending.shift(); piece !== undefined; piece = pending.shift()) {
          if (signal?.aborted) throw failure(undefined);
          yield piece;
        }
      };
      while (!done) {
        if (signal?.aborted) throw failure(undefined);
        let read: ReadableStreamReadResult<Uint8Array>;
        try {
          arm();
          read = await reader.read();
        } catch (error) {
          throw failure(error);
        } finally {
          disarm();
        }
        // A stop or a timeout cancels the reader, which ends the read as done: that is not the stream's end.
        if (signal?.aborted || timedOut) throw failure(undefined);
        if (read.done) {
          feed(decoder.decode());
          parser.end();
          break;
        }
        feed(decoder.decode(read.value, { stream: true }));
        yield* drain();
      }
      yield* drain();
      if (signal?.aborted) throw failure(undefined);
      if (events === 0) {
        throw new AskError('protocol', `The model server answered ${response.status} (${type || 'no content type'}) with no chat-completion events; is the URL a chat-completions endpoint?`);
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // Stop the body when the stream ends early ([DONE] before the end, a throw, a stop).
      if (reader) reader.cancel().catch(() => undefined);
      controller.abort();
    }
  }
}
