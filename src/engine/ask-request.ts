import type { GroundingPassage } from './ground';

/**
 * What the panel hands the host's `ask` function (`<HelpProvider ask={fn}>`): the user's question,
 * the passages the answer may rest on, and the language to answer in. Build the chat messages with
 * `buildAskMessages(request.question, request.passages, { locale: request.locale })` from
 * `help-panel/ask`, or hand the request to `createChatCompletionsAsk`'s function as is.
 */
export interface AskRequest {
  /** The question as the user typed it, trimmed. */
  question: string;
  /** The passages from `engine.ground`, best first; never empty (the panel does not ask without one). */
  passages: GroundingPassage[];
  /** The panel's locale (BCP 47), the language the answer should be in. */
  locale: string;
}

/**
 * The host's model, behind one function: resolves to the answer's text, or yields it as it streams
 * (an async iterable of pieces, joined in order). `signal` aborts when the user presses Stop, asks
 * again or closes the panel; stop the request then. A throw or rejection is shown as a failure with
 * a retry, never a blank view.
 */
export type AskFunction = (request: AskRequest, signal: AbortSignal) => string | Promise<string> | AsyncIterable<string>;
