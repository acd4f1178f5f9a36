import { createContext, useContext, type ReactNode } from 'react';
import type { HelpEngineCore, Match } from '../engine/types';
import type { HelpEvent, PanelOpenedBy } from '../engine/events/index';
import type { HelpLoadStatus, HelpView } from './help-view';
import type { ActiveLabels } from './labels';
import type { NormalizedError } from '../engine/types';
import type { Diagnostics, DiagnosticOutcome } from '../engine/support/index';
import type { EscalationField, EscalationPayload } from '../engine/support/index';
import type { EscalationDraftStore } from '../engine/state/index';
import type { HelpFeedback } from './support/feedback';
import type { ProgressStore } from '../engine/state/index';
import type { ProgressStorage } from '../engine/state/index';
import type { HelpStorageError } from '../engine/state/index';
import type { AskFunction } from '../engine/ask-request';
import type { EscalationAsk } from '../engine/support/index';

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
  engine: HelpEngineCore | null;
  /** The load or index error, when `status` is `error`. */
  loadError: unknown;
  /** Present when loading can be retried (a `load` function was given). */
  retry: (() => void) | undefined;
  route: string | null;
  error: unknown;
  matches: Match[];
  labels: ActiveLabels;
  /** The package's label pack for the user's locale is on its way: the drawer waits for it rather than open in English. */
  labelsPending: boolean;
  /** What the drawer shows has all come: the parts below it (search's chunk, feedback) wait for this, so they never share the network with it. */
  contentSettled: boolean;
  /** The labels' language (BCP 47): the drawer's `lang`. */
  locale: string;
  /** The language the user asked for (the `locale` prop, else the page's), when known. */
  userLocale: string | undefined;
  /** The drawer's text direction. */
  dir: 'ltr' | 'rtl';
  /** Show developer detail (the patterns that matched). */
  debug: boolean;
  isOpen: boolean;
  setOpen(open: boolean, via?: PanelOpenedBy): void;
  openHelp(id?: string, via?: PanelOpenedBy): void;
  /** Fetches the panel's lazy parts ahead of need (the trigger calls it on hover and focus). */
  prefetch(): void;
  /** A link to this page that opens the panel on `id`; `null` when deep links are off. */
  linkTo(id: string): string | null;
  reportError(error: unknown, options?: ReportErrorOptions): void;
  view: HelpView;
  canGoBack: boolean;
  /** Opens a screen. From search results, the search is kept under it: Back returns to the results. */
  navigate(view: HelpView): void;
  /** Back one screen; from results opened by a search, back to those results. */
  back(): void;
  query: string;
  setQuery(query: string): void;
  searchDelay: number;
  progress: ProgressStore | null;
  /**
   * Follows an app link (or, with `symptomId`, a diagnostic's fix): `onNavigate(to)` and close.
   * Returns false when the host has no `onNavigate`.
   */
  followAppLink(to: string, articleId: string, symptomId?: string): boolean;
  emit(event: HelpEvent): void;
  /** Reports a failure inside the panel to `onError` and `onEvent`. */
  reportCrash(error: unknown): void;
  /** The element to focus when the drawer closes (the one focused when it opened). */
  returnFocus: { current: HTMLElement | null };
  /** The trigger button, where focus goes back when nothing else was focused at the open. */
  triggerRef: { current: HTMLElement | null };
  /** Searches committed and errors seen in this visit, for the escalation payload. */
  visit: Visit;
  /** The host's support props, read when used (inline callbacks must not re-render the panel). */
  host: { current: SupportHost };
  /** The escalation draft, created by the escalation screen on first use and kept for the provider's life. */
  drafts: DraftsRef;
  /** Forgets this user's progress, draft and visit log, here and in every open tab. */
  clearHelpData(): void;
  /** The diagnostics of the open symptom, published by the (lazily loaded) runner; `null` when none run. */
  diag: DiagnosticsView | null;
  setDiag(diag: DiagnosticsView | null): void;
  /** What a checklist row shows when a host diagnostic checked it. */
  checkStatus: ((symptomId: string, checkId: string) => CheckStatusView | undefined) | undefined;
  /** Whether the host gave `ask`: search offers "Ask". */
  canAsk: boolean;
  /** The answer being written (or last written), created by the lazily loaded answer screen on first use. */
  asks: AskSessionRef;
}

/** What the rest of the panel needs of the answer session the answer screen keeps (see `use-ask.ts`). */
export interface AskSessionRef {
  current: {
    /** Stops the answer being written, if one is (the drawer closed). */
    stop(): void;
    /** The question and answer on screen, for the escalation payload. */
    escalation(): EscalationAsk | null;
  } | null;
}

/** Where the escalation screen finds (or creates) the provider's draft store. */
export interface DraftsRef {
  current: EscalationDraftStore | null;
  key: string;
  /** The provider's storage and namespace, so drafts live (and are cleared) next to progress. */
  storage: ProgressStorage;
  namespace: string;
  /** Whether to move a draft over from the per-tab `sessionStorage` older versions used. */
  legacy: boolean;
  onProblem(error: HelpStorageError): void;
}

/** What happened in this visit, appended as it happens (bounded). */
export interface Visit {
  /** Committed searches, oldest first (the last 100). */
  searches: string[];
  /** Errors as they arrived (the first 50). */
  errors: { error: NormalizedError; at: Date }[];
}

/** The support props of `HelpProvider`, as the lazily loaded screens read them. */
export interface SupportHost {
  onNavigate?: ((to: string) => void) | undefined;
  diagnostics?: Diagnostics | undefined;
  diagnosticTimeoutMs?: number | undefined;
  onEscalate?: ((payload: EscalationPayload) => unknown) | undefined;
  supportEmail?: string | undefined;
  escalationFields?: readonly EscalationField[] | undefined;
  context?: Record<string, unknown> | undefined;
  onFeedback?: ((feedback: HelpFeedback) => void) | undefined;
  includeNoteInEvents?: boolean | undefined;
  ask?: AskFunction | undefined;
  onError?: ((error: unknown) => void) | undefined;
}

/** A diagnostics run as the panel shows it. */
export interface DiagnosticsView {
  symptomId: string;
  /** Settled outcomes, for the escalation payload. */
  outcomes: readonly DiagnosticOutcome[];
  /** The row status of one check. */
  view(checkId: string): CheckStatusView | undefined;
  /** The run's summary and "Run checks again". */
  summary: ReactNode;
}

export const HelpContext = createContext<HelpContextValue | null>(null);

/** The shared state, or a sentence that says how to fix the tree. */
export function useHelpContext(consumer: string): HelpContextValue {
  const value = useContext(HelpContext);
  if (!value) {
    throw new Error(
      `${consumer} must be inside <HelpProvider>.`,
    );
  }
  return value;
}
