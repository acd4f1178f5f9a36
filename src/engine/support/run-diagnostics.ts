import type { Check, Symptom } from '../../schema/help-index';
import type { NormalizedError } from '../types';

/**
 * Host diagnostics: functions the host app provides so a checklist can check
 * itself. Content binds a check to a diagnostic by name (`Check.diagnostic`);
 * the host maps names to functions. Everything a diagnostic returns is
 * untrusted: it is validated here, and every way it can go wrong (throw,
 * rejection, odd value, no answer) becomes the status `unknown` ("could not
 * check") instead of an error that reaches the host app.
 */

/** Where a fix points: a place in the host app, handed to `onNavigate`. */
export interface DiagnosticFix {
  /** Button text, e.g. "Reconnect Slack". */
  label: string;
  /** App location, e.g. `/settings/integrations/slack`. */
  to: string;
}

/** What a diagnostic resolves to. */
export interface DiagnosticResult {
  /** `true` passed, `false` failed, `'unknown'` the diagnostic could not tell. */
  ok: boolean | 'unknown';
  /** One sentence for the user, e.g. "The email channel is paused". */
  detail?: string;
  /** Where the user can fix a failure. Dropped when malformed. */
  fix?: DiagnosticFix;
}

/** What a diagnostic receives. */
export interface DiagnosticContext {
  /** The route the user is on, or `null`. */
  route: string | null;
  /** The normalised error that opened the panel, or `null`. */
  error: NormalizedError | null;
  /** The symptom being checked. */
  symptom: Symptom;
  /** The check this diagnostic is bound to. */
  check: Check;
  /** Aborted when the diagnostic times out or the panel closes: pass it to `fetch`. */
  signal: AbortSignal;
}

/** A host diagnostic. May return a value or a promise; may throw. */
export type DiagnosticFunction = (context: DiagnosticContext) => Promise<DiagnosticResult> | DiagnosticResult;

/** The host's `diagnostics` prop: diagnostic name → function. */
export type Diagnostics = Record<string, DiagnosticFunction>;

/** Lifecycle of one check's diagnostic, as the UI shows it. */
export type DiagnosticStatus = 'idle' | 'running' | 'passed' | 'failed' | 'unknown';

/**
 * Why a check could not be checked.
 * - `reported-unknown`: the diagnostic answered `ok: 'unknown'`;
 * - `threw`: it threw synchronously;
 * - `rejected`: its promise rejected;
 * - `invalid-result`: it resolved to something that is not `{ ok: true | false | 'unknown' }`;
 * - `timeout`: it did not settle within the timeout;
 * - `aborted`: the run was aborted (the panel closed) before it settled.
 */
export type UnknownReason = 'reported-unknown' | 'threw' | 'rejected' | 'invalid-result' | 'timeout' | 'aborted';

/** The state of one check's diagnostic. A status union, so each state carries only what it has. */
export type DiagnosticState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'passed'; detail?: string }
  | { status: 'failed'; detail?: string; fix?: DiagnosticFix }
  | {
      status: 'unknown';
      reason: UnknownReason;
      /** For developers (console, escalation payload): what went wrong, in English. */
      message: string;
      /** The diagnostic's own detail, when it answered `'unknown'` with one. */
      detail?: string;
    };

/** A settled diagnostic: its state plus which check and diagnostic it belongs to. */
export type DiagnosticOutcome = Exclude<DiagnosticState, { status: 'idle' } | { status: 'running' }> & {
  checkId: string;
  /** The diagnostic's name. */
  diagnostic: string;
  /** Wall-clock time the diagnostic took, for analytics. */
  durationMs: number;
};

export interface RunDiagnosticsOptions {
  /** The checks to run; those without a `diagnostic` binding, or bound to a name `diagnostics` lacks, are skipped. */
  checks: readonly Check[];
  /** The host's diagnostics. Default: none (nothing runs). */
  diagnostics?: Diagnostics | null;
  /** What every diagnostic receives (its `check` and `signal` are added per diagnostic). */
  context: { route?: string | null; error?: NormalizedError | null; symptom: Symptom };
  /** Per-diagnostic time limit in milliseconds. Default 5000; a non-positive or non-finite value means the default. */
  timeoutMs?: number;
  /** Aborts every diagnostic and stops waiting at once (e.g. the panel closed). */
  signal?: AbortSignal;
  /** Called as each diagnostic settles (not for those cut short by `signal`). Errors it throws are contained. */
  onResult?: (outcome: DiagnosticOutcome) => void;
}

/** Default per-diagnostic time limit. */
export const DEFAULT_DIAGNOSTIC_TIMEOUT_MS = 5000;

/** Longest `detail` kept; a diagnostic that dumps a response body should not flood the panel. */
const MAX_DETAIL_LENGTH = 500;
const MAX_FIX_LABEL_LENGTH = 120;
const MAX_FIX_TO_LENGTH = 2000;

/** The checks of `checks` that `diagnostics` can run, with their diagnostic's name. */
export function runnableChecks(
  checks: readonly Check[],
  diagnostics: Diagnostics | null | undefined,
): { check: Check; name: string; run: DiagnosticFunction }[] {
  if (!diagnostics || typeof diagnostics !== 'object' || !Array.isArray(checks)) return [];
  const runnable: { check: Check; name: string; run: DiagnosticFunction }[] = [];
  for (const check of checks) {
    const name = check?.diagnostic;
    if (typeof name !== 'string' || name === '') continue;
    let run: unknown;
    try {
      // Own names only: a check bound to "toString" must not run Object.prototype.toString.
      if (!Object.prototype.hasOwnProperty.call(diagnostics, name)) continue;
      run = diagnostics[name];
    } catch {
      // A throwing getter or proxy on the host's map: this check cannot run.
      continue;
    }
    if (typeof run === 'function') runnable.push({ check, name, run: run as DiagnosticFunction });
  }
  return runnable;
}

/**
 * Runs the diagnostics bound to `checks`, all in parallel, each with its own
 * timeout, and resolves with one outcome per runnable check, in check order.
 * Never rejects and never hangs: the slowest a call can take is `timeoutMs`,
 * and aborting `signal` resolves it at once (unsettled checks become
 * `unknown`/`aborted`).
 */
export function runDiagnostics(options: RunDiagnosticsOptions): Promise<DiagnosticOutcome[]> {
  const { checks, diagnostics, context, signal, onResult } = options;
  const timeoutMs =
    typeof options.timeoutMs === 'number' && Number.isFinite(options.timeoutMs) && options.timeoutMs > 0
      ? options.timeoutMs
      : DEFAULT_DIAGNOSTIC_TIMEOUT_MS;
  const runnable = runnableChecks(checks, diagnostics);
  const report = (outcome: DiagnosticOutcome) => {
    if (!onResult) return;
    try {
      onResult(outcome);
    } catch (error) {
      // A throwing listener must not turn a finished check into a hung run.
      console.error('help-panel: the onResult callback of runDiagnostics threw', error);
    }
  };
  return Promise.all(
    runnable.map(({ check, name, run }) =>
      runOne({ check, name, run, context, timeoutMs, signal }).then((outcome) => {
        if (!(outcome.status === 'unknown' && outcome.reason === 'aborted')) report(outcome);
        return outcome;
      }),
    ),
  );
}

interface RunOneOptions {
  check: Check;
  name: string;
  run: DiagnosticFunction;
  context: RunDiagnosticsOptions['context'];
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

function runOne({ check, name, run, context, timeoutMs, signal }: RunOneOptions): Promise<DiagnosticOutcome> {
  const started = now();
  const controller = new AbortController();
  return new Promise<DiagnosticOutcome>((resolve) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => finish({ status: 'unknown', reason: 'aborted', message: 'The check was stopped before it finished.' });
    function finish(state: Exclude<DiagnosticState, { status: 'idle' } | { status: 'running' }>) {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // Tell the diagnostic to stop work nobody waits for any more (a fetch, a poll).
      if (!controller.signal.aborted && state.status === 'unknown') controller.abort();
      resolve({ ...state, checkId: check.id, diagnostic: name, durationMs: Math.max(0, now() - started) });
    }

    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(
      () =>
        finish({
          status: 'unknown',
          reason: 'timeout',
          message: `The diagnostic "${name}" did not answer within ${formatMs(timeoutMs)}.`,
        }),
      timeoutMs,
    );

    let returned: unknown;
    try {
      returned = run({
        route: typeof context.route === 'string' ? context.route : null,
        error: context.error ?? null,
        symptom: context.symptom,
        check,
        signal: controller.signal,
      });
    } catch (error) {
      finish({ status: 'unknown', reason: 'threw', message: `The diagnostic "${name}" threw: ${describeError(error)}` });
      return;
    }
    // Promise.resolve adopts thenables and turns a throwing `then` into a
    // rejection; attaching both handlers means a late rejection (after the
    // timeout) is still handled and never reaches `unhandledRejection`.
    Promise.resolve(returned).then(
      (value) => finish(toState(value, name)),
      (error: unknown) =>
        finish({ status: 'unknown', reason: 'rejected', message: `The diagnostic "${name}" failed: ${describeError(error)}` }),
    );
  });
}

/**
 * Validates what a diagnostic resolved to. Anything that is not
 * `{ ok: true | false | 'unknown' }` is `unknown`/`invalid-result`; a
 * malformed `detail` or `fix` is dropped rather than failing the whole result.
 */
export function toState(
  value: unknown,
  name = 'diagnostic',
): Exclude<DiagnosticState, { status: 'idle' } | { status: 'running' }> {
  let ok: unknown;
  let detail: unknown;
  let fix: unknown;
  try {
    if (typeof value !== 'object' || value === null) {
      return {
        status: 'unknown',
        reason: 'invalid-result',
        message: `The diagnostic "${name}" resolved to ${describeValue(value)}; expected { ok: true | false | 'unknown' }.`,
      };
    }
    const record = value as Record<string, unknown>;
    ok = record.ok;
    detail = record.detail;
    fix = record.fix;
  } catch (error) {
    // A proxy or a throwing getter.
    return { status: 'unknown', reason: 'invalid-result', message: `The result of "${name}" could not be read: ${describeError(error)}` };
  }
  const cleanDetail = cleanText(detail, MAX_DETAIL_LENGTH);
  if (ok === true) return cleanDetail === undefined ? { status: 'passed' } : { status: 'passed', detail: cleanDetail };
  if (ok === false) {
    const cleanFix = toFix(fix);
    return {
      status: 'failed',
      ...(cleanDetail === undefined ? {} : { detail: cleanDetail }),
      ...(cleanFix ? { fix: cleanFix } : {}),
    };
  }
  if (ok === 'unknown') {
    return {
      status: 'unknown',
      reason: 'reported-unknown',
      message: `The diagnostic "${name}" could not tell.`,
      ...(cleanDetail === undefined ? {} : { detail: cleanDetail }),
    };
  }
  return {
    status: 'unknown',
    reason: 'invalid-result',
    message: `The diagnostic "${name}" resolved with ok = ${describeValue(ok)}; expected true, false or 'unknown'.`,
  };
}

function toFix(value: unknown): DiagnosticFix | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const { label, to } = value as Record<string, unknown>;
    if (typeof to !== 'string' || to.trim() === '' || to.length > MAX_FIX_TO_LENGTH) return undefined;
    const cleanLabel = cleanText(label, MAX_FIX_LABEL_LENGTH);
    if (cleanLabel === undefined) return undefined;
    return { label: cleanLabel, to: to.trim() };
  } catch {
    return undefined;
  }
}

function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
    if (typeof error === 'string') return error.slice(0, 200);
    return describeValue(error);
  } catch {
    return 'an unreadable error';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function now(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function' ? performance.now() : Date.now();
}
