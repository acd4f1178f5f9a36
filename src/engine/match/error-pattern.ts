import type { ErrorPattern, ErrorTablePattern } from '../../schema/help-index';

/** Why an error pattern was rejected, as a sentence that says how to fix it. */
export interface ErrorPatternProblem {
  error: string;
}

/** Flags that keep a message regular expression stateless (`g` and `y` would make `test` remember its position). */
const ALLOWED_REGEX_FLAGS = new Set(['i', 'm', 's', 'u']);

/** A name such as `TypeError`, `AbortError` — the convention every JS error class follows. */
const ERROR_NAME = /^[A-Z][A-Za-z0-9]*Error$/;

const isProblem = (value: ErrorPattern | ErrorPatternProblem): value is ErrorPatternProblem => 'error' in value;

/**
 * Parses one error pattern as an author wrote it (see {@link ErrorPattern} for
 * the grammar). Pure and total: returns `{ error }` instead of throwing, so the
 * compiler can report it with a position and the engine can skip it.
 *
 * YAML turns `401` into a number, so numbers are accepted too.
 */
export function parseErrorPattern(input: string | number): ErrorPattern | ErrorPatternProblem {
  if (typeof input === 'number') return parseStatus(String(input), input);
  const raw = input.trim();
  if (raw === '') return { error: 'an error pattern is empty; write a code (STRIPE_*), a status (401, 5xx), a name (TypeError) or message:text' };

  if (/^\d+$/.test(raw)) return parseStatus(raw, Number(raw));
  const statusClass = /^([1-5])xx$/i.exec(raw);
  if (statusClass) return { kind: 'status-class', raw, status: Number(statusClass[1]) };
  if (/^\d[\dx]*$/i.test(raw)) {
    return { error: `"${raw}" looks like an HTTP status but is not one; write a status such as 404 or a class such as 4xx` };
  }

  if (raw.startsWith('/')) return parseRegex(raw);

  const prefixed = /^(code|name|message):(.*)$/s.exec(raw);
  if (prefixed) {
    const kind = prefixed[1] as 'code' | 'name' | 'message';
    const value = (prefixed[2] ?? '').trim();
    if (value === '') return { error: `"${raw}" has nothing after "${kind}:"; write what to match, e.g. ${kind}:${example(kind)}` };
    if (kind === 'message') return { kind: 'message', raw, glob: value };
    // Codes are whatever an API puts in its code field, and some put words with spaces there
    // ("cannot parse response"): the explicit form says it is a code, so it is taken as one.
    if (kind === 'name' && /\s/.test(value)) return { error: `"${raw}" contains a space; names have none (use message:… to match text)` };
    if (kind === 'name') return { kind: 'name', raw, name: value };
    return codePattern(raw, value);
  }

  if (/\s/.test(raw)) {
    return {
      error: `"${raw}" contains a space, so it is not read as an error code; to match the error message write "message:${raw}", or "code:${raw}" if your API returns it as the code`,
    };
  }
  if (ERROR_NAME.test(raw)) return { kind: 'name', raw, name: raw };
  return codePattern(raw, raw);
}

/** Narrows a {@link parseErrorPattern} result. */
export function isErrorPatternProblem(value: ErrorPattern | ErrorPatternProblem): value is ErrorPatternProblem {
  return isProblem(value);
}

function parseStatus(raw: string, status: number): ErrorPattern | ErrorPatternProblem {
  if (Number.isInteger(status) && status >= 100 && status <= 599) return { kind: 'status', raw, status };
  return { error: `"${raw}" is not an HTTP status (100–599); write a status such as 404 or a class such as 4xx` };
}

function codePattern(raw: string, glob: string): Extract<ErrorPattern, { kind: 'code' }> | ErrorPatternProblem {
  if (/^\*+$/.test(glob)) {
    return { error: `"${raw}" would match every error code; write a narrower pattern such as STRIPE_*` };
  }
  return { kind: 'code', raw, glob };
}

function parseRegex(raw: string): ErrorPattern | ErrorPatternProblem {
  const end = raw.lastIndexOf('/');
  if (end <= 0) return { error: `"${raw}" starts like a regular expression but has no closing "/"; write /pattern/ or /pattern/i` };
  const source = raw.slice(1, end);
  const flags = raw.slice(end + 1);
  if (source === '') return { error: `"${raw}" is an empty regular expression; write what the message should contain` };
  for (const flag of flags) {
    if (!ALLOWED_REGEX_FLAGS.has(flag)) {
      return { error: `"${raw}" uses the flag "${flag}"; allowed flags are i, m, s and u` };
    }
  }
  if (new Set(flags).size !== flags.length) return { error: `"${raw}" repeats a flag; write each flag once` };
  try {
    new RegExp(source, flags);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { error: `"${raw}" is not a valid regular expression (${reason}); fix it or use message:text for plain text` };
  }
  return { kind: 'message', raw, regex: { source, flags } };
}

function example(kind: 'code' | 'name' | 'message'): string {
  return kind === 'code' ? 'E_TIMEOUT' : kind === 'name' ? 'AbortError' : 'quota*';
}

/** The facets an error table may give, as read from front matter. */
export interface ErrorTableInput {
  status?: string | number;
  /** The status under the name some docs sites give it. */
  http_status_code?: string | number;
  code?: string | number;
  name?: string | number;
  message?: string | number;
}

/**
 * Parses an error written as a table (`{ status, code, name, message }`), as
 * docs sites list errors. Every facet it gives must match; codes may hold
 * spaces here, since the key says it is a code. Total, like {@link parseErrorPattern}.
 */
export function parseErrorTable(input: ErrorTableInput): ErrorTablePattern | ErrorPatternProblem {
  if (input.status !== undefined && input.http_status_code !== undefined) {
    return { error: 'it gives both "status" and "http_status_code"; keep one' };
  }
  const facets: ErrorTablePattern['facets'] = [];
  const parts: string[] = [];
  const status = input.status ?? input.http_status_code;
  if (status !== undefined) {
    const parsed = typeof status === 'number' ? parseStatus(String(status), status) : parseErrorPattern(String(status).trim());
    if (isProblem(parsed)) return parsed;
    if (parsed.kind !== 'status' && parsed.kind !== 'status-class') return { error: `its status "${String(status)}" is not an HTTP status; write one such as 404 or a class such as 4xx` };
    facets.push(parsed as Extract<ErrorPattern, { kind: 'status' | 'status-class' }>);
    parts.push(`status: ${parsed.raw}`);
  }
  if (input.code !== undefined) {
    const code = String(input.code).trim();
    const parsed = codePattern(code, code);
    if (isProblem(parsed)) return parsed;
    facets.push(parsed);
    parts.push(`code: ${code}`);
  }
  if (input.name !== undefined) {
    const name = String(input.name).trim();
    if (/\s/.test(name)) return { error: `its name "${name}" contains a space; names are error class names such as TypeError` };
    facets.push({ kind: 'name', raw: name, name });
    parts.push(`name: ${name}`);
  }
  if (input.message !== undefined) {
    const message = String(input.message).trim();
    facets.push({ kind: 'message', raw: `message:${message}`, glob: message });
    parts.push(`message: ${JSON.stringify(message)}`);
  }
  if (facets.length === 0) return { error: 'it gives no facet; give at least one of status, code, name or message' };
  // Most specific first, as the engine reads them: the first facet is the one a table is filed and scored under.
  const rank = (facet: (typeof facets)[number]) =>
    facet.kind === 'code' ? (facet.glob.includes('*') ? 1 : 0) : facet.kind === 'message' ? 2 : facet.kind === 'name' ? 3 : facet.kind === 'status' ? 4 : 5;
  facets.sort((a, b) => rank(a) - rank(b));
  return { kind: 'table', raw: `{ ${parts.join(', ')} }`, facets };
}
