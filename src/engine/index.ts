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
  createEscalationDraftStore, isDraftEmpty, EMPTY_DRAFT, DRAFT_MAX_AGE_MS,
  type EscalationDraft, type EscalationDraftStore, type EscalationDraftStoreOptions, type DraftStorage,
} from './escalation-draft-store';
export {
  safeEmit, safeCall, escalationSentEvent, feedbackEvent, diagnosticFinishedEvent, errorSeenEvent, MAX_EVENT_MESSAGE_LENGTH,
  type HelpEvent, type HelpEventType, type HelpEventHandler, type HelpEventSource, type PanelOpenedBy, type EventPrivacyOptions,
} from './events';
export {
  createEventBatcher, toNdjson, HELP_EVENT_ENVELOPE_VERSION,
  type EventBatcher, type EventBatcherOptions, type EventBatcherEnvironment, type EventBatchSender, type EventFlushReason,
  type HelpEventEnvelope,
} from './event-batcher';
export { decideSearchCommit, normalizeSearchQuery, DEFAULT_SEARCH_COMMIT_DELAY_MS, type SearchCommitInput, type SearchTrigger } from './search-commit';
export { createVisitLog, errorSignature, type VisitLog, type VisitLogOptions } from './visit-log';
export { describeLocalTime, userTimeZone, type LocalTime } from './time-zone';
export { toJsonSafe, capString, CIRCULAR_MARKER, UNREADABLE_MARKER, DEPTH_MARKER, type JsonValue, type JsonSafeLimits } from './to-json-safe';
export { createLocalStorage, createMemoryStorage, createSafeStorage, storageKeys, type ProgressStorage } from './progress-storage';
export {
  createProgressStore, hashText, progressKey, mergeChecks, parseProgress,
  type ProgressStore, type ProgressStoreOptions, type CheckChange, type CheckChanges, type ParsedProgress,
} from './progress-store';
export { HelpStorageError, isQuotaError, type HelpStorageProblem } from './help-storage-error';
export {
  clearHelpData, userNamespace, draftKey, clearedAtKey, storageChange,
  type ClearHelpDataOptions, type StorageChange,
} from './help-data';
export {
  openHelpIndex, createLazyEngine, validateManifest, isHelpIndexReference, isLazyHelpEngine, MANIFEST_FILE,
  type LazyHelpEngine, type HelpIndexSource, type IndexFileLoader, type OpenHelpIndexOptions,
} from './index-loader';
export { createSplitSearch, type SplitSearchFunction } from './split-search';
export { chunkOf, articleIdOf } from './chunk-of';
export { termKey } from './term-key';
