import { createContext, useContext, type ReactNode } from 'react';
import type { HelpEngine, Match } from '../engine/types';
import type { HelpEvent, PanelOpenedBy } from '../engine/events';
import type { HelpLoadStatus, HelpView } from './help-view';
import type { HelpLabels } from './labels';
import type { ProgressStore } from './progress-store';

/** Where a "Contact support" action can appear. */
export type SupportPlace = 'home' | 'symptom' | 'no-results';

/** What a checklist item shows next to its text when the host checked it for the user. */
export interface CheckStatusView {
  /** Reaches CSS as `data-status`. */
  status: 'running' | 'passed' | 'failed' | 'unknown';
  /** Rendered under the check's text. */
  detail?: ReactNode;
}

/** Options of `reportError`. */
export interface ReportErrorOptions {
  /** Open the panel on the symptom the error matches (or home if none). Default `false`. */
  open?: boolean;
}

/** Everything the parts share. Internal: the public face is `useHelp()`. */
export interface HelpContextValue {
  status: HelpLoadStatus;
  engine: HelpEngine | null;
  /** The load or index error, when `status` is `error`. */
  loadError: unknown;
  /** Present when loading can be retried (a `load` function was given). */
  retry: (() => void) | undefined;
  route: string | null;
  error: unknown;
  matches: Match[];
  labels: HelpLabels;
  isOpen: boolean;
  setOpen(open: boolean, via?: PanelOpenedBy): void;
  openHelp(id?: string, via?: PanelOpenedBy): void;
  reportError(error: unknown, options?: ReportErrorOptions): void;
  view: HelpView;
  canGoBack: boolean;
  navigate(view: HelpView): void;
  back(): void;
  query: string;
  setQuery(query: string): void;
  searchDelay: number;
  progress: ProgressStore | null;
  /** Follows an app link: `onNavigate(to)` and close. Returns false when the host has no `onNavigate`. */
  followAppLink(to: string, articleId: string): boolean;
  emit(event: HelpEvent): void;
  /** Reports a failure inside the panel to `onError` and `onEvent`. */
  reportCrash(error: unknown): void;
  /** The element to focus when the drawer closes (the one focused when it opened). */
  returnFocus: { current: HTMLElement | null };
  /** Searches committed in this visit, oldest first, for the escalation payload. */
  searchesTried: { current: string[] };
  /** Seams for the escalation and diagnostics features; `undefined` renders nothing. */
  renderSupport: ((place: SupportPlace) => ReactNode) | undefined;
  checkStatus: ((symptomId: string, checkId: string) => CheckStatusView | undefined) | undefined;
}

export const HelpContext = createContext<HelpContextValue | null>(null);

/** The shared state, or a sentence that says how to fix the tree. */
export function useHelpContext(consumer: string): HelpContextValue {
  const value = useContext(HelpContext);
  if (!value) {
    throw new Error(
      `\`${consumer}\` must be used within \`HelpProvider\`. Wrap your app (or at least this part) in <HelpProvider index={…}>.`,
    );
  }
  return value;
}
