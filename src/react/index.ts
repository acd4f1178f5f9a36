'use client';
export { HelpProvider, type HelpProviderProps, type HelpIndexInput, type HelpPreload } from './help-provider';
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
export { defaultLabels } from './default-labels';
export type { HelpLabels } from './labels';
export { createLocalStorage, createMemoryStorage, createSafeStorage, type ProgressStorage } from '../engine/progress-storage';
export { clearHelpData, type ClearHelpDataOptions } from '../engine/help-data';
export { HelpStorageError, type HelpStorageProblem } from '../engine/help-storage-error';
export { useHelpShortcut, type HelpShortcut } from './use-help-shortcut';
// Types only: the standalone support parts (values) are the `help-panel/support` entry (src/support.ts).
// Re-exporting them here would tie the lazily loaded screens to this entry, and every app would
// download them up front.
export type {
  CheckStatusProps, DiagnosticsSummaryProps, ContactSupportProps, CopySummaryProps, CopyStatus,
  EscalationFormProps, EscalationAbout, FeedbackProps, FeedbackStatus, HelpFeedback,
  UseDiagnosticsOptions, UseDiagnosticsResult, DiagnosticRunStatus,
  UseEscalationOptions, UseEscalationResult, EscalationStatus, EscalateHandler,
  SupportLabels, CheckStatusViewModel,
} from './support/index';
export type {
  Diagnostics, DiagnosticFunction, DiagnosticContext, DiagnosticResult, DiagnosticOutcome,
  EscalationPayload, EscalationField, LocalTime, HelpEvent, HelpEventType, PanelOpenedBy,
} from '../engine/index';
