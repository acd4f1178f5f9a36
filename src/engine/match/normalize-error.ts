import type { NormalizedError } from '../types';
import { parseBodyText } from './body-text';
import { CODE_LIKE } from '../base/index';

/**
 * Turns whatever the host app calls an error into the few facts matching
 * needs. It never throws, whatever it is given: every property is read
 * through a guarded getter, only primitive values are kept (nothing is
 * stringified, so no hostile `toString` runs), strings are capped, and the
 * `cause` chain is walked with a depth limit and a visited set.
 *
 * | the app passes                                   | becomes                                                                |
 * | ------------------------------------------------ | ---------------------------------------------------------------------- |
 * | `null`, `undefined`, `''`, `true`/`false`, `{}`  | `null` (no evidence)                                                   |
 * | a number 100–599 (or a numeric string `'404'`)   | `{ status }`                                                           |
 * | any other finite number / bigint                 | `{ code: '1045' }`                                                     |
 * | a string that looks like a code (`STRIPE_NOT_CONNECTED`, `ECONNRESET`, `auth/invalid-email`) | `{ code }`               |
 * | any other string                                 | `{ message }` (plus `status` when it reads `HTTP 503 …`, `status code 403` or `404 Not Found`), terminal colour codes removed |
 * | a symbol                                         | its description, read as a string                                      |
 * | an `Error` (or subclass, or error-like object)   | `name` (when not plain `Error`), `message`, `code`, `status`/`statusCode`, `cause` chain in `causes` |
 * | a fetch `Response` (detected by shape: numeric `status` plus `ok`/`statusText`/`headers`) | `{ status, message: statusText, url }`; its body is not read here (it is async: see `readErrorBody`) |
 * | `{ code, status, message }`                      | the same fields; numeric `code` 100–599 counts as a status             |
 * | `{ statusCode }`, `{ httpStatus }`, `{ $metadata: { httpStatusCode } }` (AWS) | `status`                                  |
 * | `{ errorCode }`, `{ error_code }`                | `code`                                                                 |
 * | `{ error: { code, message, status } }`, `{ error: 'CODE' }`, `{ error_description }` | the nested fields              |
 * | `{ response: { status, data } }` (axios)         | `status`, and `code`/`message` from `data` or `data.error`; `url` from `config.url`; `data` read whole as a cause too (JSON text or bytes parsed, plain text as a message) |
 * | `{ code, decline_code, message }` (Stripe)       | the facts, and `{ code: decline_code, message }` as a cause            |
 * | a `DOMException`                                 | `name` and `message`; its legacy numeric `code` is left out            |
 * | `{ body: { message, code, error } }` (clients that keep the parsed body) | the body, read whole as a cause                  |
 * | `{ msg }` (some APIs' name for the message)      | `message`                                                              |
 * | `{ extensions: { code } }`, `{ errors: [{ message, extensions: { code } }] }` (GraphQL) | `code`, `message`; the other errors become `causes` |
 * | `{ title, detail, status }` (RFC 9457 problem details) | `status`, `message` from `detail` or `title`                    |
 * | a status string such as `'PERMISSION_DENIED'` (Google APIs) | `code`, when no other code was found                        |
 *
 * Limits: code and name 200 characters, message 1,000, url 2,000; a cause
 * chain of at most 8 errors; cycles are cut.
 */
export function normalizeError(error: unknown): NormalizedError | null {
  try {
    const visited = new Set<object>();
    const top = readFacts(error, visited);
    if (top === null) return null;
    const causes: Facts[] = [];
    let next = top.cause;
    while (next !== undefined && causes.length < MAX_CAUSES) {
      const facts = readFacts(next, visited);
      if (facts === null) break;
      if (hasFacts(facts)) causes.push(facts);
      next = facts.cause;
    }
    for (const extra of top.extraCauses) {
      if (causes.length >= MAX_CAUSES) break;
      const facts = readFacts(extra, visited);
      if (facts !== null && hasFacts(facts)) causes.push(facts);
    }
    if (!hasFacts(top) && causes.length === 0) return null;
    return { ...strip(top), causes: causes.map(strip) };
  } catch {
    // Unreachable by design (every read is guarded); kept so that a bug here
    // can never reach the host app.
    return null;
  }
}

const MAX_CAUSES = 8;
const MAX_CODE = 200;
const MAX_MESSAGE = 1000;
const MAX_URL = 2000;

type ErrorFacts = Omit<NormalizedError, 'causes'>;

interface Facts extends ErrorFacts {
  cause?: unknown;
  extraCauses: unknown[];
}

const hasFacts = (facts: ErrorFacts): boolean => Object.keys(strip(facts as Facts)).length > 0;

function strip(facts: Facts): ErrorFacts {
  const out: ErrorFacts = {};
  for (const key of ['code', 'status', 'name', 'message', 'url'] as const) {
    const value = facts[key];
    if (value !== undefined && value !== '') (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** `STRIPE_NOT_CONNECTED`, `ECONNRESET`, `E_TIMEOUT`, `auth/invalid-email`, `invalid_grant`: no spaces, and either upper case or joined by `_`, `/`, `.`, `-`. */
/**
 * `HTTP 503 …`, `status 403`, `Request failed with status code 401`, and a leading number when what follows
 * reads as HTTP's own words for it (`404 Not Found`, `503: Service Unavailable`), so `250 files uploaded` is no status.
 */
const STATUS_IN_TEXT =
  /^(?:HTTP\/?[\d.]*\s+|status(?:\s+code)?\s*:?\s*)([1-5]\d\d)\b|^([1-5]\d\d)(?:\s*[:\-–]\s*|\s+)(?=(?:OK|Created|Accepted|No Content|Moved|Found|See Other|Not |Temporary|Permanent|Bad |Unauthori[sz]ed|Payment|Forbidden|Method|Proxy|Request|Conflict|Gone|Length|Precondition|Payload|Content Too|URI|Unsupported|Range|Expectation|Misdirected|Unprocessable|Locked|Failed Dependency|Too |Upgrade|Unavailable|Internal|Service|Gateway|HTTP|Insufficient|Loop|Network Auth|Error|Server)\b|$)|\bstatus(?:\s+code)?\s*:?\s*([1-5]\d\d)\b/i;

const cap = (value: string, max: number): string => (value.length > max ? value.slice(0, max) : value);

/** Terminal colour and cursor codes (`\x1b[31m`), which a message copied from a log or a CLI's error keeps. */
const ANSI = /\u001b\[[0-9;?]{0,20}[ -/]{0,2}[@-~]/g;
const withoutAnsi = (value: string): string => (value.includes('\u001b') ? value.replace(ANSI, '') : value);

const isStatus = (value: number): boolean => Number.isInteger(value) && value >= 100 && value <= 599;

const isCodeLike = (value: unknown): value is string => typeof value === 'string' && CODE_LIKE.test(value);

/** A status from a number or a numeric string; anything else is no status. */
function toStatus(value: unknown): number | undefined {
  const n = typeof value === 'bigint' || (typeof value === 'string' && /^\s*\d{3}\s*$/.test(value)) ? Number(value) : value;
  return typeof n === 'number' && isStatus(n) ? n : undefined;
}

/** A trimmed, capped string; `undefined` for anything else or nothing left. */
function toText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = cap(value, max * 2).trim();
  return trimmed === '' ? undefined : cap(trimmed, max);
}

/** A code from a string or a number; `undefined` for empty or non-primitive values. */
function toCode(value: unknown): string | undefined {
  if (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'bigint') return cap(String(value), MAX_CODE);
  return toText(value, MAX_CODE);
}

/** The status in a text such as `HTTP 503 …` or `Request failed with status code 403`. */
function statusInText(text: string): number | undefined {
  const found = STATUS_IN_TEXT.exec(text.slice(0, 200));
  return found ? toStatus(found[1] ?? found[2] ?? found[3]) : undefined;
}

/** Reads one property; getters and Proxy traps that throw read as `undefined`. */
function get(target: unknown, key: string): unknown {
  if ((typeof target !== 'object' || target === null) && typeof target !== 'function') return undefined;
  try {
    return (target as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * How each candidate value is read, by the letter before its path:
 * `a` any code (a number that is a status is not a code), `s` a string code,
 * `c` a string that reads as a code, `u` a status, `n` a numeric status,
 * `m` a message, `w` a string message that does not read as a code, `l` a url.
 */
function read(kind: string, value: unknown): string | number | undefined {
  switch (kind) {
    case 'a':
      return typeof value === 'number' && isStatus(value) ? undefined : toCode(value);
    case 's':
      return typeof value === 'string' ? toCode(value) : undefined;
    case 'c':
      return isCodeLike(value) ? toCode(value) : undefined;
    case 'u':
      return toStatus(value);
    case 'n':
      return typeof value === 'number' ? toStatus(value) : undefined;
    case 'w':
      return isCodeLike(value) ? undefined : toText(typeof value === 'string' ? withoutAnsi(value) : value, MAX_MESSAGE);
    case 'm':
      return toText(typeof value === 'string' ? withoutAnsi(value) : value, MAX_MESSAGE);
    default:
      return toText(value, MAX_URL);
  }
}

/** The first candidate that reads as something: `spec` is `kind root.path|…`, tried in order. */
function pick<T extends string | number>(roots: Record<string, unknown>, spec: string): T | undefined {
  for (const candidate of spec.split('|')) {
    const found = read(candidate[0] ?? '', candidate.slice(2).split('.').reduce<unknown>(get, roots));
    if (found !== undefined) return found as T;
  }
  return undefined;
}

// Where each fact is looked for, most direct first. Roots: `t` the error, `n` its nested `error` object,
// `r` an axios `response`, `d` its `data`, `f` the first GraphQL error. (`data` and a client's parsed
// `body` are read whole as causes too.)
const CODE =
  'a t.code|a t.errorCode|a t.error_code|s t.extensions.code|a n.code|a n.errorCode|a d.code|a d.errorCode|a d.error.code|' +
  'c d.error|s f.extensions.code|a f.code|c t.error|c t.status|c n.status';
const STATUS =
  'u t.status|u t.statusCode|u t.httpStatus|u t.httpStatusCode|u t.$metadata.httpStatusCode|u r.status|u r.statusCode|' +
  'u n.status|u n.statusCode|u d.status|u d.statusCode|n t.code|n n.code|u f.extensions.status';
const MESSAGE =
  'm t.message|m t.msg|m t.error_description|m t.detail|m n.message|m d.message|m d.error.message|m f.message|w t.error|' +
  'm t.statusText|m t.title|m r.statusText';
const URL = 'l t.url|l t.config.url|l r.config.url';
const CODE_NOT_OWN = CODE.replace('a t.code|', '');

function readFacts(error: unknown, visited: Set<object>): Facts | null {
  switch (typeof error) {
    case 'number':
    case 'bigint': {
      const status = toStatus(error);
      const code = status === undefined && Number.isFinite(Number(error)) ? toCode(error) : undefined;
      return status !== undefined ? { status, extraCauses: [] } : code !== undefined ? { code, extraCauses: [] } : null;
    }
    case 'string':
    case 'symbol':
      return readString(typeof error === 'string' ? error : (error.description ?? ''));
    case 'object':
    case 'function':
      if (error === null || visited.has(error)) return null;
      visited.add(error);
      return readObject(error);
    default:
      return null;
  }
}

function readString(raw: string): Facts | null {
  const text = withoutAnsi(cap(raw, MAX_MESSAGE * 2)).trim();
  if (text === '') return null;
  const status = toStatus(text);
  if (status !== undefined) return { status, extraCauses: [] };
  if (text.length <= MAX_CODE && CODE_LIKE.test(text)) return { code: text, extraCauses: [] };
  return { message: cap(text, MAX_MESSAGE), status: statusInText(text), extraCauses: [] };
}

function isErrorInstance(target: object): boolean {
  try {
    return target instanceof Error;
  } catch {
    // A Proxy whose getPrototypeOf trap throws.
    return false;
  }
}

function readObject(target: object): Facts {
  // A fetch `Response`, recognised by shape so no DOM types are needed at run time.
  if (
    typeof get(target, 'status') === 'number' &&
    typeof get(target, 'ok') === 'boolean' &&
    (typeof get(target, 'statusText') === 'string' || isObject(get(target, 'headers')))
  ) {
    const roots = { t: target };
    return { status: pick(roots, 'u t.status'), message: pick(roots, 'm t.statusText'), url: pick(roots, 'l t.url'), extraCauses: [] };
  }
  const nested = get(target, 'error');
  const response = get(target, 'response');
  const errorList = firstItems(get(target, 'errors'));
  const data = get(response, 'data');
  const roots = {
    t: target,
    n: isObject(nested) && !isArray(nested) ? nested : undefined,
    r: response,
    d: data,
    f: errorList[0],
  };
  const message = pick<string>(roots, MESSAGE);
  // An axios-style message ("Request failed with status code 403") still says the status.
  const status = pick<number>(roots, STATUS) ?? (message === undefined ? undefined : statusInText(message));
  const cause = get(target, 'cause');
  // A DOMException's `code` is the legacy number of its name (20 for AbortError), not the app's code.
  const code = pick<string>(roots, isDomException(target) ? CODE_NOT_OWN : CODE);
  // Stripe says why a card was declined in `decline_code`: the more specific code, with the same message.
  const declined = read('c', get(target, 'decline_code'));
  return {
    code,
    status,
    name: readName(target),
    message,
    url: pick(roots, URL),
    cause: cause ?? undefined,
    // GraphQL lists several errors; the first gave the facts above, the rest are kept as causes.
    // AggregateError keeps its inner errors in `errors` too; they are all causes.
    // The server's own answer (axios `response.data`, a client's parsed `body`) is a cause too: the
    // error's own message is often the client's ("Request failed with status code 401").
    extraCauses: [
      ...(declined !== undefined && declined !== code ? [{ code: declined, message }] : []),
      ...(errorList.length > 0 && isErrorInstance(target) ? errorList : errorList.slice(1)),
      // axios's `response.data`: an object, or JSON or plain text the client did not parse (a string or bytes).
      ...[bodyValue(data)].filter((body) => isObject(body) || typeof body === 'string'),
      ...[get(target, 'body')].filter(isObject),
    ],
  };
}

/** `Array.isArray` that a revoked Proxy cannot make throw. */
function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** The first few items of a list (GraphQL's `errors`, AggregateError's); none when it is not one or cannot be read. */
function firstItems(value: unknown): unknown[] {
  try {
    return Array.isArray(value) ? value.slice(0, MAX_CAUSES) : [];
  } catch {
    return [];
  }
}

/**
 * A response body as a client may keep it: an object as it is; JSON text or bytes (up to 64 kB) parsed; other
 * text (a plain-text answer) as the string it is; `undefined` for nothing readable.
 */
function bodyValue(data: unknown): unknown {
  try {
    let text: string;
    if (typeof data === 'string') text = cap(data, 65_536);
    else if ((data instanceof ArrayBuffer || ArrayBuffer.isView(data)) && typeof TextDecoder === 'function') {
      const view = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      text = new TextDecoder().decode(view.subarray(0, 65_536));
    } else return data;
    const body = parseBodyText(text);
    return isObject(body) || typeof body === 'string' ? body : undefined;
  } catch {
    return undefined;
  }
}

function isDomException(target: object): boolean {
  try {
    return Object.prototype.toString.call(target) === '[object DOMException]' || (typeof DOMException === 'function' && target instanceof DOMException);
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

const ERROR_TYPE = /(?:Error|Exception)$/;

/** `error.name` when it says more than `Error`; plain objects only count when the name reads like an error type. */
function readName(target: object): string | undefined {
  const own = toText(get(target, 'name'), MAX_CODE);
  const isError = isErrorInstance(target);
  if (own !== undefined && own !== 'Error' && (isError || ERROR_TYPE.test(own))) return own;
  if (!isError) return undefined;
  // A subclass that never set `name` still says what it is through its constructor.
  const ctorName = toText(get(get(target, 'constructor'), 'name'), MAX_CODE);
  return ctorName !== undefined && ctorName !== 'Error' && ERROR_TYPE.test(ctorName) ? ctorName : undefined;
}
