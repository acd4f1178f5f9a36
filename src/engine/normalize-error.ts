import type { NormalizedError } from './types';

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
 * | any other string                                 | `{ message }` (plus `status` when it reads `HTTP 503 …`/`status code 403`) |
 * | a symbol                                         | its description, read as a string                                      |
 * | an `Error` (or subclass, or error-like object)   | `name` (when not plain `Error`), `message`, `code`, `status`/`statusCode`, `cause` chain in `causes` |
 * | a fetch `Response` (detected by shape: numeric `status` plus `ok`/`statusText`/`headers`) | `{ status, message: statusText, url }` |
 * | `{ code, status, message }`                      | the same fields; numeric `code` 100–599 counts as a status             |
 * | `{ statusCode }`, `{ httpStatus }`, `{ $metadata: { httpStatusCode } }` (AWS) | `status`                                  |
 * | `{ errorCode }`, `{ error_code }`                | `code`                                                                 |
 * | `{ error: { code, message, status } }`, `{ error: 'CODE' }`, `{ error_description }` | the nested fields              |
 * | `{ response: { status, data } }` (axios)         | `status`, and `code`/`message` from `data` or `data.error`; `url` from `config.url` |
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

function hasFacts(facts: ErrorFacts): boolean {
  return (
    facts.code !== undefined ||
    facts.status !== undefined ||
    facts.name !== undefined ||
    (facts.message !== undefined && facts.message !== '') ||
    facts.url !== undefined
  );
}

function strip(facts: Facts): ErrorFacts {
  const out: ErrorFacts = {};
  if (facts.code !== undefined) out.code = facts.code;
  if (facts.status !== undefined) out.status = facts.status;
  if (facts.name !== undefined) out.name = facts.name;
  if (facts.message !== undefined && facts.message !== '') out.message = facts.message;
  if (facts.url !== undefined) out.url = facts.url;
  return out;
}

/** `STRIPE_NOT_CONNECTED`, `ECONNRESET`, `E_TIMEOUT`, `auth/invalid-email`, `invalid_grant`: no spaces, and either upper case or joined by `_`, `/`, `.`, `-`. */
const CODE_LIKE = /^(?:[A-Z][A-Z0-9]*(?:[_.:/-][A-Z0-9]+)*|[A-Za-z][A-Za-z0-9]*(?:[_.:/-][A-Za-z0-9]+)+)$/;
const STATUS_IN_TEXT = /^(?:HTTP\/?[\d.]*\s+|status(?:\s+code)?\s*:?\s*)?([1-5]\d\d)\b|\bstatus(?:\s+code)?\s*:?\s*([1-5]\d\d)\b/i;

function cap(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}

function isStatus(value: number): boolean {
  return Number.isInteger(value) && value >= 100 && value <= 599;
}

/** A status from a number or a numeric string; anything else is no status. */
function toStatus(value: unknown): number | undefined {
  if (typeof value === 'number') return isStatus(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d{3}\s*$/.test(value)) {
    const n = Number(value);
    return isStatus(n) ? n : undefined;
  }
  if (typeof value === 'bigint') return toStatus(Number(value));
  return undefined;
}

/** A code from a string or a number; `undefined` for empty or non-primitive values. */
function toCode(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = cap(value, MAX_CODE * 2).trim();
    return trimmed === '' ? undefined : cap(trimmed, MAX_CODE);
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return cap(String(value), MAX_CODE);
  return undefined;
}

function toText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = cap(value, max * 2).trim();
  return trimmed === '' ? undefined : cap(trimmed, max);
}

function isObjectLike(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** Reads one property; getters and Proxy traps that throw read as `undefined`. */
function get(target: unknown, key: string): unknown {
  if (!isObjectLike(target)) return undefined;
  try {
    return (target as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function first<T>(...values: (T | undefined)[]): T | undefined {
  for (const value of values) if (value !== undefined) return value;
  return undefined;
}

function readFacts(error: unknown, visited: Set<object>): Facts | null {
  switch (typeof error) {
    case 'undefined':
    case 'boolean':
      return null;
    case 'number':
    case 'bigint':
      return readNumber(error);
    case 'string':
      return readString(error);
    case 'symbol':
      return readString(error.description ?? '');
    case 'object':
    case 'function':
      if (error === null) return null;
      if (visited.has(error)) return null;
      visited.add(error);
      return readObject(error);
    default:
      return null;
  }
}

function readNumber(value: number | bigint): Facts | null {
  const n = typeof value === 'bigint' ? Number(value) : value;
  if (!Number.isFinite(n)) return null;
  if (isStatus(n)) return { status: n, extraCauses: [] };
  const code = toCode(value);
  return code === undefined ? null : { code, extraCauses: [] };
}

function readString(raw: string): Facts | null {
  const text = cap(raw, MAX_MESSAGE * 2).trim();
  if (text === '') return null;
  const status = toStatus(text);
  if (status !== undefined) return { status, extraCauses: [] };
  if (text.length <= MAX_CODE && CODE_LIKE.test(text)) return { code: text, extraCauses: [] };
  const facts: Facts = { message: cap(text, MAX_MESSAGE), extraCauses: [] };
  const found = STATUS_IN_TEXT.exec(text.slice(0, 200));
  const fromText = found ? toStatus(found[1] ?? found[2]) : undefined;
  if (fromText !== undefined) facts.status = fromText;
  return facts;
}

/** A fetch `Response`, recognised by shape so no DOM types are needed at run time. */
function isResponseLike(target: object): boolean {
  const status = get(target, 'status');
  if (typeof status !== 'number') return false;
  return typeof get(target, 'ok') === 'boolean' && (typeof get(target, 'statusText') === 'string' || isObjectLike(get(target, 'headers')));
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
  if (isResponseLike(target)) {
    const facts: Facts = { extraCauses: [] };
    const status = toStatus(get(target, 'status'));
    if (status !== undefined) facts.status = status;
    const message = toText(get(target, 'statusText'), MAX_MESSAGE);
    if (message !== undefined) facts.message = message;
    const url = toText(get(target, 'url'), MAX_URL);
    if (url !== undefined) facts.url = url;
    return facts;
  }

  const nested = get(target, 'error');
  const nestedObject = isObjectLike(nested) && !Array.isArray(nested) ? nested : undefined;
  const response = get(target, 'response');
  const data = isObjectLike(response) ? get(response, 'data') : undefined;
  const dataError = get(data, 'error');
  const extensions = get(target, 'extensions');
  const errors = get(target, 'errors');
  const errorList = Array.isArray(errors) ? errors.slice(0, MAX_CAUSES) : [];
  const firstError = errorList[0];
  const nestedString = typeof nested === 'string' ? nested : undefined;

  const facts: Facts = { extraCauses: [] };

  // Numeric `code` is an HTTP status in several APIs (`{ error: { code: 403 } }`).
  const rawCode = get(target, 'code');
  const rawNestedCode = get(nestedObject, 'code');
  const numericStatusCode = first(toStatus(typeof rawCode === 'number' ? rawCode : undefined), toStatus(typeof rawNestedCode === 'number' ? rawNestedCode : undefined));

  const stringCode = (value: unknown) => (typeof value === 'string' ? toCode(value) : undefined);
  const anyCode = (value: unknown) => (typeof value === 'number' && isStatus(value) ? undefined : toCode(value));

  const statusValue = get(target, 'status');
  const nestedStatus = get(nestedObject, 'status');
  const codeLikeStatus = [statusValue, nestedStatus].find(
    (value): value is string => typeof value === 'string' && toStatus(value) === undefined && CODE_LIKE.test(value),
  );

  const code = first(
    anyCode(rawCode),
    anyCode(get(target, 'errorCode')),
    anyCode(get(target, 'error_code')),
    stringCode(get(extensions, 'code')),
    anyCode(rawNestedCode),
    anyCode(get(nestedObject, 'errorCode')),
    anyCode(get(data, 'code')),
    anyCode(get(data, 'errorCode')),
    anyCode(get(dataError, 'code')),
    stringCode(typeof dataError === 'string' && CODE_LIKE.test(dataError) ? dataError : undefined),
    stringCode(get(get(firstError, 'extensions'), 'code')),
    anyCode(get(firstError, 'code')),
    stringCode(nestedString !== undefined && CODE_LIKE.test(nestedString) ? nestedString : undefined),
    codeLikeStatus,
  );
  if (code !== undefined) facts.code = code;

  const status = first(
    toStatus(statusValue),
    toStatus(get(target, 'statusCode')),
    toStatus(get(target, 'httpStatus')),
    toStatus(get(target, 'httpStatusCode')),
    toStatus(get(get(target, '$metadata'), 'httpStatusCode')),
    toStatus(get(response, 'status')),
    toStatus(get(response, 'statusCode')),
    toStatus(nestedStatus),
    toStatus(get(nestedObject, 'statusCode')),
    toStatus(get(data, 'status')),
    toStatus(get(data, 'statusCode')),
    numericStatusCode,
    toStatus(get(get(firstError, 'extensions'), 'status')),
  );
  if (status !== undefined) facts.status = status;

  const name = readName(target);
  if (name !== undefined) facts.name = name;

  const message = first(
    toText(get(target, 'message'), MAX_MESSAGE),
    toText(get(target, 'error_description'), MAX_MESSAGE),
    toText(get(target, 'detail'), MAX_MESSAGE),
    toText(get(nestedObject, 'message'), MAX_MESSAGE),
    toText(get(data, 'message'), MAX_MESSAGE),
    toText(get(dataError, 'message'), MAX_MESSAGE),
    toText(get(firstError, 'message'), MAX_MESSAGE),
    nestedString !== undefined && !CODE_LIKE.test(nestedString) ? toText(nestedString, MAX_MESSAGE) : undefined,
    toText(get(target, 'statusText'), MAX_MESSAGE),
    toText(get(target, 'title'), MAX_MESSAGE),
    toText(get(response, 'statusText'), MAX_MESSAGE),
  );
  if (message !== undefined) facts.message = message;
  // An axios-style message ("Request failed with status code 403") still says the status.
  if (facts.status === undefined && facts.message !== undefined) {
    const found = STATUS_IN_TEXT.exec(facts.message.slice(0, 200));
    const fromText = found ? toStatus(found[1] ?? found[2]) : undefined;
    if (fromText !== undefined) facts.status = fromText;
  }

  const url = first(
    toText(get(target, 'url'), MAX_URL),
    toText(get(get(target, 'config'), 'url'), MAX_URL),
    toText(get(get(response, 'config'), 'url'), MAX_URL),
  );
  if (url !== undefined) facts.url = url;

  const cause = get(target, 'cause');
  if (cause !== undefined && cause !== null) facts.cause = cause;
  // GraphQL lists several errors; the first gave the facts above, the rest are kept as causes.
  facts.extraCauses = errorList.slice(1);
  // AggregateError keeps its inner errors in `errors` too; they are causes.
  if (errorList.length > 0 && isErrorInstance(target)) facts.extraCauses = errorList;
  return facts;
}

/** `error.name` when it says more than `Error`; plain objects only count when the name reads like an error type. */
function readName(target: object): string | undefined {
  const own = toText(get(target, 'name'), MAX_CODE);
  const isError = isErrorInstance(target);
  if (own !== undefined && own !== 'Error') {
    if (isError || /(?:Error|Exception)$/.test(own)) return own;
  }
  if (!isError) return undefined;
  // A subclass that never set `name` still says what it is through its constructor.
  const ctorName = toText(get(get(target, 'constructor'), 'name'), MAX_CODE);
  return ctorName !== undefined && ctorName !== 'Error' && /(?:Error|Exception)$/.test(ctorName) ? ctorName : undefined;
}
