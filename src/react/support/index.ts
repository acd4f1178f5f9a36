export { CheckStatus, type CheckStatusProps } from './check-status';
export { ContactSupport, type ContactSupportProps } from './contact-support';
export { CopySummary, type CopySummaryProps, type CopyStatus } from './copy-summary';
export { DiagnosticsSummary, type DiagnosticsSummaryProps } from './diagnostics-summary';
export {
  EscalationForm,
  defaultEscalationDraftStore,
  type EscalationAbout,
  type EscalationFormProps,
} from './escalation-form';
export { Feedback } from './lazy-feedback';
export type { FeedbackProps, FeedbackStatus, HelpFeedback } from './feedback';
export { defaultSupportLabels, resolveSupportLabels, type SupportLabels } from './support-labels';
export {
  useDiagnostics,
  type DiagnosticRunStatus,
  type UseDiagnosticsOptions,
  type UseDiagnosticsResult,
} from './use-diagnostics';
export {
  useEscalation,
  DEFAULT_ESCALATION_TIMEOUT_MS,
  type EscalateHandler,
  type EscalationStatus,
  type UseEscalationOptions,
  type UseEscalationResult,
} from './use-escalation';
export { useEscalationDraft } from './use-escalation-draft';
export { checkStatusView, type CheckStatusViewModel } from './check-status-view';
