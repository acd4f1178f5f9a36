import type { DiagnosticFunction } from '../../src/engine/support/run-diagnostics';
import type { DiagnosticOutcome } from './host-diagnostics';

/** Sentences the demo host says about its own checks. */
const PASS_DETAIL = 'Checked by the app: looks right.';
const FAIL_DETAIL = 'Checked by the app: this is the problem.';

/**
 * The demo host's diagnostics: one function per name the content binds a
 * check to, answering what the visitor set in the Host diagnostics card. A
 * failure points at the page of the product where it would be fixed.
 */
export function demoDiagnostics(
  names: string[],
  outcomes: Record<string, DiagnosticOutcome>,
  fixPath: string,
): Record<string, DiagnosticFunction> {
  return Object.fromEntries(
    names.map((name): [string, DiagnosticFunction] => [
      name,
      async () =>
        (outcomes[name] ?? 'pass') === 'pass'
          ? { ok: true, detail: PASS_DETAIL }
          : { ok: false, detail: FAIL_DETAIL, fix: { label: 'Open the setting', to: fixPath } },
    ]),
  );
}
