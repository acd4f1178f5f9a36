// What an answer may cite: the passages of the help center that hold the question's words.
import { createHelpEngine, type HelpIndex } from 'help-panel/engine';

export async function passagesFor(index: HelpIndex, question: string, route?: string) {
  const engine = createHelpEngine(index);
  const passages = await engine.ground(question, { route, limit: 5, maxChars: 6000 });
  // [] means no article covers it: the panel then says so without calling the model.
  return passages.map((passage) => `[${passage.key}] ${passage.title} (${passage.id})`);
}
