import type { ReactNode } from 'react';
import type { DiagnosticState } from '../../engine/support/index';
import { CheckStatus } from './check-status';
import type { SupportLabels } from './support-labels';

/** What a checklist row needs to show a diagnostic: `data-status` and the rendered status. */
export interface CheckStatusViewModel {
  status: 'running' | 'passed' | 'failed' | 'unknown';
  detail: ReactNode;
}

/**
 * Adapts a diagnostic state to a checklist row: `undefined` for checks without
 * a diagnostic (or not yet run), otherwise the status for CSS and a
 * {@link CheckStatus} to render under the check's text.
 */
export function checkStatusView(
  state: DiagnosticState | undefined,
  options: { onNavigate?: (to: string) => void; labels?: Partial<SupportLabels> } = {},
): CheckStatusViewModel | undefined {
  if (!state || state.status === 'idle') return undefined;
  return {
    status: state.status,
    detail: (
      <CheckStatus
        state={state}
        {...(options.onNavigate ? { onNavigate: options.onNavigate } : {})}
        {...(options.labels ? { labels: options.labels } : {})}
      />
    ),
  };
}
