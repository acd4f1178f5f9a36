// Outside React: read a failed response's body before matching, so its code and message count.
import { readErrorBody, type HelpEngine } from 'help-panel/engine';

export async function helpForFailedRequest(engine: HelpEngine, response: Response, route: string) {
  // { status, code, message, url } from a JSON body's code and message; never rejects.
  const error = await readErrorBody(response, { timeoutMs: 3000 });
  return engine.match({ route, error })[0]?.symptom ?? null;
}
