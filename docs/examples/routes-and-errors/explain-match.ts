// Why does this route and error open that symptom? The engine's reasons, as a developer reads them.
import { createHelpEngine, describeReason, type HelpIndex } from 'help-panel/engine';

export function explainMatch(index: HelpIndex, route: string, error: unknown): string[] {
  const engine = createHelpEngine(index);
  return engine.match({ route, error }).map(
    (match) => `${match.symptom.id} (${match.score}): ${match.reasons.map(describeReason).join('; ')}`,
  );
}
