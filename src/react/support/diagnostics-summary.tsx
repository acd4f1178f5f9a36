import type { DiagnosticRunStatus } from './use-diagnostics';
import { resolveSupportLabels, type SupportLabels } from './support-labels';

export interface DiagnosticsSummaryProps {
  /** From `useDiagnostics`. Nothing renders while `idle` (no diagnostics bound). */
  status: DiagnosticRunStatus;
  /** Settled outcomes by status, from `useDiagnostics`. */
  counts: { running: number; passed: number; failed: number; unknown: number };
  /** Reruns every diagnostic ("Run checks again"). */
  onRunAgain: () => void;
  /** Strings; missing keys use the English defaults. */
  labels?: Partial<SupportLabels>;
  /** Class on the root element. */
  className?: string;
}

/**
 * One polite announcement for the whole run ("2 passed, 1 failed.") instead
 * of one per check, plus "Run checks again".
 */
export function DiagnosticsSummary({ status, counts, onRunAgain, labels: partial, className }: DiagnosticsSummaryProps) {
  if (status === 'idle') return null;
  const labels = resolveSupportLabels(partial);
  const running = status === 'running';
  return (
    <div data-help-part="diagnostics-summary" data-status={status} className={className}>
      <p role="status" aria-atomic="true" data-help-part="diagnostics-summary-text">
        {running ? labels.checkingCount(counts.running) : labels.checkSummary(counts)}
      </p>
      <button type="button" data-help-part="diagnostics-run-again" onClick={onRunAgain} disabled={running}>
        {labels.runAgain}
      </button>
    </div>
  );
}
