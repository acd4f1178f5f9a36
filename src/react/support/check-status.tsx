import type { DiagnosticState } from '../../engine/support/index';
import { resolveSupportLabels, type SupportLabels } from './support-labels';

export interface CheckStatusProps {
  /** The check's diagnostic state, from `useDiagnostics`. `idle` renders nothing. */
  state: DiagnosticState | undefined;
  /** Follows a failed check's fix (`fix.to`). Without it the fix is shown as text, not a button. */
  onNavigate?: (to: string) => void;
  /** Strings; missing keys use the English defaults. */
  labels?: Partial<SupportLabels>;
  /** Class on the root element. */
  className?: string;
}

/**
 * What a host diagnostic found for one check: checking / passed / failed with
 * its detail and fix / could not check. State reaches CSS as `data-status`.
 */
export function CheckStatus({ state, onNavigate, labels: partial, className }: CheckStatusProps) {
  if (!state || state.status === 'idle') return null;
  const labels = resolveSupportLabels(partial);
  const common = { 'data-help-part': 'diagnostic-status', 'data-status': state.status, className } as const;
  switch (state.status) {
    case 'running':
      return (
        <span {...common} aria-busy="true">
          {labels.checking}
        </span>
      );
    case 'passed':
      return (
        <span {...common}>
          <strong data-help-part="diagnostic-status-label">{labels.passed}</strong>
          {state.detail ? <span data-help-part="diagnostic-detail"> — {state.detail}</span> : null}
        </span>
      );
    case 'failed':
      return (
        <span {...common}>
          <strong data-help-part="diagnostic-status-label">{labels.failed}</strong>
          {state.detail ? <span data-help-part="diagnostic-detail"> — {state.detail}</span> : null}
          {state.fix ? (
            onNavigate ? (
              <>
                {' '}
                <button type="button" data-help-part="diagnostic-fix" onClick={() => onNavigate(state.fix!.to)}>
                  {state.fix.label}
                </button>
              </>
            ) : (
              <span data-help-part="diagnostic-fix"> {state.fix.label}</span>
            )
          ) : null}
        </span>
      );
    case 'unknown': {
      const reason = state.reason === 'reported-unknown' && state.detail ? state.detail : labels.unknownReason(state.reason);
      return (
        <span {...common} data-reason={state.reason}>
          <strong data-help-part="diagnostic-status-label">{labels.couldNotCheck}</strong>
          {reason ? <span data-help-part="diagnostic-detail"> — {reason}</span> : null}
        </span>
      );
    }
  }
}
