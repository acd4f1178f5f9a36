import { parseBodyText } from './body-text';
import { normalizeError } from './normalize-error';
import type { NormalizedError } from '../types';

/** What {@link readErrorBody} found: an error that `engine.match` reads as it reads `{ status, code, message }`. */
export type ErrorBodyFacts = Omit<NormalizedError, 'causes'>;

/** Options of {@link readErrorBody}. */
export interface ReadErrorBodyOptions {
  /** Give up on a body that has not arrived after this many milliseconds, and answer from the status. Default 3,000. */
  timeoutMs?: number;
  /** Read at most this many bytes of the body. Default 65,536. */
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 3000;
const DEFAULT_MAX_BYTES = 65_536;

/**
 * Reads what a fetch `Response` says about its failure: the status and URL,
 * and from a JSON body its `message` (or `msg`, `error`, `error_description`,
 * `detail`, `error.message`) and `code` (or `error_code`, `errorCode`,
 * `error.code`), read as `normalizeError` reads any error object; a short
 * plain-text body is the message. The body is read from a clone, so the app
 * can still read its own copy.
 *
 * `normalizeError` and `engine.match` are synchronous and never read a body:
 * given a `Response` they see `{ status, message: statusText, url }`. Await
 * this first and pass its answer as the error to match on its code and message
 * too. `<HelpProvider error={response}>` does this by itself.
 *
 * Never rejects. A body already read (`bodyUsed`), an HTML page, a body that
 * is not there within `timeoutMs`, or anything that fails to read gives the
 * facts of the `Response` alone; anything that is not a `Response` gives what
 * `normalizeError` makes of it (`null` for nothing).
 *
 * @example
 * const response = await fetch('/api/projects');
 * if (!response.ok) setError(await readErrorBody(response));
 */
export async function readErrorBody(response: unknown, options: ReadErrorBodyOptions = {}): Promise<ErrorBodyFacts | null> {
  const base = strip(normalizeError(response));
  if (!isUnreadResponse(response)) return base;
  try {
    const type = response.headers?.get?.('content-type') ?? '';
    if (/html|xml/i.test(type)) return base;
    const text = await readText(response.clone(), options.maxBytes ?? DEFAULT_MAX_BYTES, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const body = text === null ? null : parseBody(text);
    const inner = body === null ? null : strip(normalizeError(body));
    if (!inner) return base;
    // The HTTP status is the one the server sent, and the body says the rest; but a 2xx carrying an error
    // (GraphQL answers 200 with `errors`) is no evidence of what went wrong, so the body's facts stand alone.
    const sent = base?.status;
    const { status: _ok, ...rest } = base ?? {};
    const keep = sent !== undefined && (sent < 200 || sent > 299);
    return { ...(keep ? base : rest), ...inner, ...(keep ? { status: sent } : {}), ...(base?.url !== undefined ? { url: base.url } : {}) };
  } catch {
    return base;
  }
}

/**
 * A fetch `Response` whose body can still be read: nobody has read it, and it
 * has one. Recognised by shape, so a polyfill's or another realm's `Response` counts.
 */
export function isUnreadResponse(value: unknown): value is Response {
  try {
    const candidate = value as Partial<Response> | null;
    return (
      typeof candidate === 'object' &&
      candidate !== null &&
      typeof candidate.status === 'number' &&
      typeof candidate.ok === 'boolean' &&
      typeof candidate.clone === 'function' &&
      candidate.bodyUsed === false &&
      candidate.body !== null
    );
  } catch {
    return false;
  }
}

function strip(facts: NormalizedError | null): ErrorBodyFacts | null {
  if (!facts) return null;
  const { causes: _causes, ...rest } = facts;
  return rest;
}

/** JSON when it is JSON; a short line of text as the message; nothing for markup or a blank body. */
function parseBody(text: string): unknown {
  const body = parseBodyText(text);
  if (typeof body !== 'string') return body ?? null;
  return body.length <= 300 && !body.includes('\n') ? { message: body } : null;
}

/** The body's first `maxBytes` as text, or `null` when it does not come within `timeoutMs`. */
async function readText(clone: Response, maxBytes: number, timeoutMs: number): Promise<string | null> {
  const reader = typeof clone.body?.getReader === 'function' ? clone.body.getReader() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  // Without a stream (an older polyfill), the whole text, cut afterwards.
  const read = reader ? readStream(reader, maxBytes) : clone.text().then((text) => text.slice(0, maxBytes));
  // Settled either way, so that a body failing after the timeout is no unhandled rejection.
  read.catch(() => {});
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    // Whatever is left (a long or never-ending body) is not wanted.
    reader?.cancel().catch(() => {});
  }
}

async function readStream(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<string> {
  const parts: Uint8Array[] = [];
  let size = 0;
  while (size < maxBytes) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    parts.push(value);
    size += value.byteLength;
  }
  const bytes = new Uint8Array(Math.min(size, maxBytes));
  let at = 0;
  for (const part of parts) {
    const take = part.subarray(0, Math.min(part.byteLength, bytes.length - at));
    bytes.set(take, at);
    at += take.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
