/**
 * Every string of "Ask in plain words" (`<HelpProvider ask>`): the Ask button
 * beside search results and the answer screen. Pass them in `labels` with the
 * others; missing keys fall back to {@link defaultAskLabels}, which load with
 * the part that shows them, so a panel without `ask` never downloads them.
 */
export interface AskLabels {
  /** The button beside search results that asks the typed question. Default `"Ask"`. */
  ask: string;
  /** Next to the Ask button: what it does. Default `"Get an answer in plain words from the help articles"`. */
  askHint: string;
  /** Heading over the question on the answer screen, for screen readers. Default `"Your question"`. */
  yourQuestion: string;
  /** While the help articles are searched for the question. Default `"Looking through the help articles…"`. */
  findingSources: string;
  /** While the answer streams in. Default `"Writing an answer…"`. */
  writingAnswer: string;
  /** Announced when the answer is complete. Default `"Answer ready."`. */
  answerReady: string;
  /** Stops the answer being written. Default `"Stop"`. */
  stop: string;
  /** After Stop, above what was written so far. Default `"Stopped. This is the answer so far."`. */
  stopped: string;
  /** Heading of the cited articles, shown as buttons that open them. Default `"Sources"`. */
  sources: string;
  /** Under every answer: how it was made. Default: written by AI from the sources, to be checked. */
  answerNotice: string;
  /** When the answer cited something it was not given (the citation is removed). Default: says some of it is not backed by the articles. */
  notFullySupported: string;
  /** When no help article covers the question (no model was asked). Default `"No help article covers this yet."`. */
  notCovered: string;
  /** Under {@link notCovered} and under a failure: what to do instead. Default: search results below, or contact support. */
  tryInstead: string;
  /** When the answer could not be written (an error, a timeout). Default `"The answer could not be written."`. */
  answerFailed: string;
  /** Asks the same question again after a failure or a stop. Default `"Ask again"`. */
  askAgain: string;
  /** Heading of the search results shown when there is no answer. Default `"Search results for your question"`. */
  searchInstead: string;
}

// Plain literals, no spreads: a bundler drops what nothing uses, so the page never carries these.
const ASK = 'Ask';
const ASK_HINT = 'Get an answer in plain words from the help articles';

/** The Ask button's strings: all the search results need (the rest load with the answer screen). */
export const askButtonLabels: Pick<AskLabels, 'ask' | 'askHint'> = { ask: ASK, askHint: ASK_HINT };

/** English defaults of {@link AskLabels}. */
export const defaultAskLabels: AskLabels = {
  ask: ASK,
  askHint: ASK_HINT,
  yourQuestion: 'Your question',
  findingSources: 'Looking through the help articles…',
  writingAnswer: 'Writing an answer…',
  answerReady: 'Answer ready.',
  stop: 'Stop',
  stopped: 'Stopped. This is the answer so far.',
  sources: 'Sources',
  answerNotice: 'Written by AI from the sources below. Check each step against them before you act on it.',
  notFullySupported: 'Part of this answer is not backed by the help articles; it has been left out.',
  notCovered: 'No help article covers this yet.',
  tryInstead: 'The search results below may still help, or contact support.',
  answerFailed: 'The answer could not be written.',
  askAgain: 'Ask again',
  searchInstead: 'Search results for your question',
};

/** The host's labels over the defaults. */
export function resolveAskLabels(labels: Partial<AskLabels> | undefined): AskLabels {
  return { ...defaultAskLabels, ...labels };
}
