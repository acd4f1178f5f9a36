export { buildAskMessages, MAX_QUESTION_CHARS, type ChatMessage, type BuildAskMessagesOptions } from './build-ask-messages';
export {
  createChatCompletionsAsk, errorMessageOf, AskError, DEFAULT_ASK_TIMEOUT_MS,
  type ChatCompletionsAskOptions, type AskErrorKind,
} from './chat-completions';
export { createSseParser, MAX_SSE_LINE, type SseEvent, type SseParser } from './sse-parser';
export type { AskRequest, AskFunction } from '../engine/ask-request';
export type { GroundingPassage, GroundingCheck, GroundOptions, GroundFunction } from '../engine/ground';
