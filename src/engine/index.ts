export type * from './types';
export { createHelpEngine, createEngineSearch } from './create-help-engine';
export { createHelpEngineCore } from './engine-core';
export { describeReason } from './match';
export type { SearchFunction } from './search';
export { createRelatedMatch, type RelatedMatchOptions } from './search';
export { createLooseMatcher, readErrorBody, type ErrorBodyFacts, type ReadErrorBodyOptions } from './match';
export { HelpIndexError, type HelpIndexProblem } from './base';
export { normalizeError } from './match';
export { normalizeRoute } from './match';
export {
  compileRoutePattern,
  isRoutePatternProblem,
  matchRoute,
  type CompiledRoute,
  type RoutePatternProblem,
} from './match';
export { parseErrorPattern, parseErrorTable, isErrorPatternProblem, type ErrorPatternProblem, type ErrorTableInput } from './match';
export { buildSearchData, SEARCH_DATA_VERSION, type EngineSearchData } from './search';
export {
  runDiagnostics, runnableChecks, toState, DEFAULT_DIAGNOSTIC_TIMEOUT_MS,
  type Diagnostics, type DiagnosticFunction, type DiagnosticContext, type DiagnosticResult, type DiagnosticFix,
  type DiagnosticState, type DiagnosticStatus, type DiagnosticOutcome, type UnknownReason, type RunDiagnosticsOptions,
} from './support';
export {
  buildEscalationPayload, prefill, rememberSearches,
  ESCALATION_PAYLOAD_VERSION, MAX_NOTE_LENGTH, MAX_ANSWER_LENGTH, MAX_SEARCHES,
  type EscalationPayload, type EscalationField, type EscalationAnswer, type EscalationCheck,
  type EscalationDiagnostic, type BuildEscalationPayloadInput,
} from './support';
export { formatEscalationSummary } from './support';
export { escalationMailto, DEFAULT_MAILTO_MAX_LENGTH, type EscalationMailtoOptions } from './support';
export {
  createEscalationDraftStore, isDraftEmpty, EMPTY_DRAFT, DRAFT_MAX_AGE_MS,
  type EscalationDraft, type EscalationDraftStore, type EscalationDraftStoreOptions, type DraftStorage,
} from './state';
export {
  safeEmit, safeCall, escalationSentEvent, feedbackEvent, diagnosticFinishedEvent, errorSeenEvent, MAX_EVENT_MESSAGE_LENGTH,
  type HelpEvent, type HelpEventType, type HelpEventHandler, type HelpEventSource, type PanelOpenedBy, type EventPrivacyOptions,
} from './events';
export {
  createEventBatcher, toNdjson, HELP_EVENT_ENVELOPE_VERSION,
  type EventBatcher, type EventBatcherOptions, type EventBatcherEnvironment, type EventBatchSender, type EventFlushReason,
  type HelpEventEnvelope,
} from './events';
export { decideSearchCommit, normalizeSearchQuery, DEFAULT_SEARCH_COMMIT_DELAY_MS, type SearchCommitInput, type SearchTrigger } from './search';
export { createVisitLog, errorSignature, type VisitLog, type VisitLogOptions } from './state';
export { describeLocalTime, userTimeZone, type LocalTime } from './support';
export { toJsonSafe, capString, CIRCULAR_MARKER, UNREADABLE_MARKER, DEPTH_MARKER, type JsonValue, type JsonSafeLimits } from './base';
export { createLocalStorage, createMemoryStorage, createSafeStorage, storageKeys, type ProgressStorage } from './state';
export {
  createProgressStore, hashText, progressKey, mergeChecks, parseProgress,
  type ProgressStore, type ProgressStoreOptions, type CheckChange, type CheckChanges, type ParsedProgress,
} from './state';
export { HelpStorageError, isQuotaError, type HelpStorageProblem } from './state';
export {
  clearHelpData, userNamespace, draftKey, clearedAtKey, storageChange,
  type ClearHelpDataOptions, type StorageChange,
} from './state';
export {
  openHelpIndex, createLazyEngine, validateManifest, isHelpIndexReference, isLazyHelpEngine, MANIFEST_FILE,
  type LazyHelpEngine, type HelpIndexSource, type IndexFileLoader, type OpenHelpIndexOptions,
} from './split';
export { createSplitSearch, type SplitSearchFunction } from './split';
export { chunkOf, articleIdOf } from './split';
export { termKey } from './search';
