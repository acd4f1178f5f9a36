export type * from './types';
export { createHelpEngine, createEngineSearch } from './create-help-engine';
export { createHelpEngineCore } from './engine-core';
export {
  createGround, passageChars, DEFAULT_GROUND_LIMIT, DEFAULT_GROUND_MAX_CHARS, GROUNDING_FLOOR, MAX_CHECK_CHARS,
  type GroundFunction, type GroundOptions, type GroundingPassage, type GroundingCheck,
} from './ground';
export type { AskRequest, AskFunction } from './ask-request';
export { describeReason } from './match/index';
export type { SearchFunction } from './search/index';
export { createRelatedMatch } from './search/index';
export { HelpIndexError, type HelpIndexProblem } from './base/index';
export { normalizeError } from './match/index';
export { normalizeRoute } from './match/index';
export { type RelatedMatchOptions } from './search/index';
export { createLooseMatcher, readErrorBody, type ErrorBodyFacts, type ReadErrorBodyOptions } from './match/index';
export {
  compileRoutePattern,
  isRoutePatternProblem,
  matchRoute,
  type CompiledRoute,
  type RoutePatternProblem,
} from './match/index';
export { parseErrorPattern, parseErrorTable, isErrorPatternProblem, type ErrorPatternProblem, type ErrorTableInput } from './match/index';
export { buildSearchData, SEARCH_DATA_VERSION, type EngineSearchData } from './search/index';
export {
  runDiagnostics, runnableChecks, toState, DEFAULT_DIAGNOSTIC_TIMEOUT_MS,
  type Diagnostics, type DiagnosticFunction, type DiagnosticContext, type DiagnosticResult, type DiagnosticFix,
  type DiagnosticState, type DiagnosticStatus, type DiagnosticOutcome, type UnknownReason, type RunDiagnosticsOptions,
} from './support/index';
export {
  buildEscalationPayload, prefill, rememberSearches,
  ESCALATION_PAYLOAD_VERSION, MAX_NOTE_LENGTH, MAX_ANSWER_LENGTH, MAX_SEARCHES,
  type EscalationPayload, type EscalationField, type EscalationAnswer, type EscalationCheck, type EscalationAsk,
  type EscalationDiagnostic, type BuildEscalationPayloadInput,
} from './support/index';
export { formatEscalationSummary } from './support/index';
export { escalationMailto, DEFAULT_MAILTO_MAX_LENGTH, type EscalationMailtoOptions } from './support/index';
export {
  createEscalationDraftStore, isDraftEmpty, EMPTY_DRAFT, DRAFT_MAX_AGE_MS,
  type EscalationDraft, type EscalationDraftStore, type EscalationDraftStoreOptions, type DraftStorage,
} from './state/index';
export {
  safeEmit, safeCall, escalationSentEvent, feedbackEvent, diagnosticFinishedEvent, errorSeenEvent, eventQuestion, MAX_EVENT_MESSAGE_LENGTH,
  type HelpEvent, type HelpEventType, type HelpEventHandler, type HelpEventSource, type PanelOpenedBy, type EventPrivacyOptions,
} from './events/index';
export {
  createEventBatcher, toNdjson, HELP_EVENT_ENVELOPE_VERSION,
  type EventBatcher, type EventBatcherOptions, type EventBatcherEnvironment, type EventBatchSender, type EventFlushReason,
  type HelpEventEnvelope,
} from './events/index';
export { decideSearchCommit, normalizeSearchQuery, DEFAULT_SEARCH_COMMIT_DELAY_MS, type SearchCommitInput, type SearchTrigger } from './search/index';
export { createVisitLog, errorSignature, type VisitLog, type VisitLogOptions } from './state/index';
export { describeLocalTime, userTimeZone, type LocalTime } from './support/index';
export { toJsonSafe, capString, CIRCULAR_MARKER, UNREADABLE_MARKER, DEPTH_MARKER, type JsonValue, type JsonSafeLimits } from './base/index';
export { createLocalStorage, createMemoryStorage, createSafeStorage, storageKeys, type ProgressStorage } from './state/index';
export {
  createProgressStore, hashText, progressKey, mergeChecks, parseProgress,
  type ProgressStore, type ProgressStoreOptions, type CheckChange, type CheckChanges, type ParsedProgress,
} from './state/index';
export { HelpStorageError, isQuotaError, type HelpStorageProblem } from './state/index';
export {
  clearHelpData, userNamespace, draftKey, clearedAtKey, storageChange,
  type ClearHelpDataOptions, type StorageChange,
} from './state/index';
export {
  openHelpIndex, createLazyEngine, validateManifest, isHelpIndexReference, isLazyHelpEngine, MANIFEST_FILE,
  type LazyHelpEngine, type HelpIndexSource, type IndexFileLoader, type OpenHelpIndexOptions,
} from './split/index';
export { createSplitSearch, type SplitSearchFunction } from './split/index';
export { chunkOf, articleIdOf } from './split/index';
export { termKey } from './search/index';
