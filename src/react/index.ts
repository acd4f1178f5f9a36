'use client';
export { HelpProvider, type HelpProviderProps } from './help-provider';
export {
  HelpPanel,
  HelpPanelRoot,
  HelpPanelTrigger,
  HelpPanelHeader,
  HelpPanelContent,
  type HelpPanelProps,
  type HelpPanelRootProps,
  type HelpPanelTriggerProps,
  type HelpPanelHeaderProps,
  type HelpPanelContentProps,
  type HelpTheme,
} from './help-panel';
export { HelpScreen, type HelpScreenProps } from './help-screen';
export { HelpHome, type HelpHomeProps } from './home-view';
export { HelpSearch, type HelpSearchProps } from './search';
export { HelpSymptom, type HelpSymptomProps } from './symptom-view';
export { LazyArticle as HelpArticle, type LazyArticleProps as HelpArticleProps } from './lazy-article';
export { Checklist, type ChecklistProps } from './checklist';
export { useHelp, type UseHelpResult } from './use-help';
export type { ReportErrorOptions, SupportPlace, CheckStatusView, SupportHost } from './help-context';
export type { HelpLoadStatus, HelpScreen as HelpScreenName, HelpView } from './help-view';
export { defaultLabels, type HelpLabels } from './labels';
export { createLocalStorage, createMemoryStorage, createSafeStorage, type ProgressStorage } from './progress-storage';
export { useHelpShortcut, type HelpShortcut } from './use-help-shortcut';
export {
  CheckStatus, DiagnosticsSummary, ContactSupport, CopySummary, EscalationForm, Feedback,
  useDiagnostics, useEscalation, useEscalationDraft, checkStatusView,
  defaultSupportLabels, resolveSupportLabels, DEFAULT_ESCALATION_TIMEOUT_MS,
  type CheckStatusProps, type DiagnosticsSummaryProps, type ContactSupportProps, type CopySummaryProps, type CopyStatus,
  type EscalationFormProps, type EscalationAbout, type FeedbackProps, type FeedbackStatus, type HelpFeedback,
  type UseDiagnosticsOptions, type UseDiagnosticsResult, type DiagnosticRunStatus,
  type UseEscalationOptions, type UseEscalationResult, type EscalationStatus, type EscalateHandler,
  type SupportLabels, type CheckStatusViewModel,
} from './support/index';
export type {
  Diagnostics, DiagnosticFunction, DiagnosticContext, DiagnosticResult, DiagnosticOutcome,
  EscalationPayload, EscalationField, LocalTime, HelpEvent, HelpEventType, PanelOpenedBy,
} from '../engine/index';
