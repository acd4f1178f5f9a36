'use client';
export { HelpProvider, type HelpProviderProps, type HelpIndexInput, type HelpPreload } from './help-provider';
export {
  HelpPanel,
  HelpPanelRoot,
  HelpPanelTrigger,
  HelpPanelContent,
  type HelpPanelProps,
  type HelpPanelRootProps,
  type HelpPanelTriggerProps,
  type HelpPanelContentProps,
  type HelpTheme,
} from './help-panel';
// The drawer is a chunk of its own (see panel-chunks): these are the same components as
// `HelpPanel.Header`, `.Screen`, …, rendered once it has loaded.
export { HelpPanelHeader, HelpScreen, HelpHome, HelpSearch, HelpSymptom, HelpArticle, Checklist } from './lazy-parts';
export { preloadHelpPanel } from './panel-chunks';
export type { HelpPanelHeaderProps } from './panel-header';
export type { HelpScreenProps } from './help-screen';
export type { HelpHomeProps } from './home-view';
export type { HelpSearchProps } from './search';
export type { HelpSymptomProps } from './symptom-view';
export type { LazyArticleProps as HelpArticleProps } from './lazy-article';
export type { ChecklistProps } from './checklist';
export { useHelp, type UseHelpResult } from './use-help';
export type { ReportErrorOptions, SupportPlace, CheckStatusView, SupportHost } from './help-context';
export type { HelpLoadStatus, HelpScreen as HelpScreenName, HelpView } from './help-view';
export { defaultLabels } from './default-labels';
export type { HelpLabels, HelpLocalePack } from './labels';
export type { AskLabels } from './ask-labels';
// From their modules, not the state room's door: everything this entry reaches statically is what
// a bundler may put on every page (see test/architecture/layers.test.ts).
export { createLocalStorage, createMemoryStorage, createSafeStorage, type ProgressStorage } from '../engine/state/progress-storage';
export { clearHelpData, type ClearHelpDataOptions } from '../engine/state/help-data';
export { HelpStorageError, type HelpStorageProblem } from '../engine/state/help-storage-error';
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
  AskFunction, AskRequest, GroundingPassage, GroundingCheck, EscalationAsk,
} from '../engine/index';
