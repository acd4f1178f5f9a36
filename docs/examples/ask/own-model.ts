// With a client of your own: the same prompt, sent your way. `ask` may return a string, a promise
// of one, or an async iterable of pieces as they stream.
import type { AskFunction } from 'help-panel';
import { buildAskMessages } from 'help-panel/ask';

export function askWith(complete: (messages: { role: string; content: string }[], signal: AbortSignal) => Promise<string>): AskFunction {
  return ({ question, passages, locale }, signal) => complete(buildAskMessages(question, passages, { locale }), signal);
}
