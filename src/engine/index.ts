export type * from './types';
export { createHelpEngine, createEngineSearch } from './create-help-engine';
export { createHelpEngineCore } from './engine-core';
export { describeReason } from './describe-reason';
export type { SearchFunction } from './search';
export { createRelatedMatch } from './related-search';
export { HelpIndexError, type HelpIndexProblem } from './help-index-error';
export { normalizeError } from './normalize-error';
export { normalizeRoute } from './normalize-route';
export {
  compileRoutePattern,
  isRoutePatternProblem,
  matchRoute,
  type CompiledRoute,
  type RoutePatternProblem,
} from './route-pattern';
export { parseErrorPattern, parseErrorTable, isErrorPatternProblem, type ErrorPatternProblem, type ErrorTableInput } from './error-pattern';
export { buildSearchData, SEARCH_DATA_VERSION, type EngineSearchData } from './search-index';
export {
  runDiagnostics, runnableChecks, toState, DEFAULT_DIAGNOSTIC_TIMEOUT_MS,
  type Diagnostics, type DiagnosticFunction, type DiagnosticContext, type DiagnosticResult, type DiagnosticFix,
  type DiagnosticState, type DiagnosticStatus, type DiagnosticOutcome, type UnknownReason, type RunDiagnosticsOptions,
} from './run-diagnostics';
export {
  buildEscalationPayload, prefill, rememberSearches,
  ESCALATION_PAYLOAD_VERSION, MAX_NOTE_LENGTH, MAX_ANSWER_LENGTH, MAX_SEARCHES,
  type EscalationPayload, type EscalationField, type EscalationAnswer, type EscalationCheck,
  type EscalationDiagnostic, type BuildEscalationPayloadInput,
} from './escalation';
export { formatEscalationSummary } from './escalation-summary';
export { escalationMailto, DEFAULT_MAILTO_MAX_LENGTH, type EscalationMailtoOptions } from './escalation-mailto';
export {
  createEscalationDraftStore, isDraftEmpty, EMPTY_DRAFT,
  type EscalationDraft, type EscalationDraftStore, type EscalationDraftStoreOptions, type DraftStorage,
} from './escalation-draft-store';
export {
  safeEmit, safeCall, escalationSentEvent, feedbackEvent, diagnosticFinishedEvent,
  type HelpEvent, type HelpEventType, type HelpEventHandler, type PanelOpenedBy, type EventPrivacyOptions,
} from './events';
export { decideSearchCommit, normalizeSearchQuery, DEFAULT_SEARCH_COMMIT_DELAY_MS, type SearchCommitInput, type SearchTrigger } from './search-commit';
export { createVisitLog, errorSignature, type VisitLog, type VisitLogOptions } from './visit-log';
export { describeLocalTime, userTimeZone, type LocalTime } from './time-zone';
export { toJsonSafe, capString, CIRCULAR_MARKER, UNREADABLE_MARKER, DEPTH_MARKER, type JsonValue, type JsonSafeLimits } from './to-json-safe';
export { createLocalStorage, createMemoryStorage, createSafeStorage, type ProgressStorage } from './progress-storage';
export { createProgressStore, hashText, progressKey, type ProgressStore } from './progress-store';
