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
export { HelpArticle, type HelpArticleProps } from './article-view';
export { Checklist, type ChecklistProps } from './checklist';
export { useHelp, type UseHelpResult } from './use-help';
export type { ReportErrorOptions, SupportPlace, CheckStatusView } from './help-context';
export type { HelpEvent, HelpEventType, PanelOpenedBy } from '../engine/events';
export type { HelpLoadStatus, HelpScreen as HelpScreenName, HelpView } from './help-view';
export { defaultLabels, type HelpLabels } from './labels';
export { createLocalStorage, createMemoryStorage, createSafeStorage, type ProgressStorage } from './progress-storage';
export { useHelpShortcut, type HelpShortcut } from './use-help-shortcut';
