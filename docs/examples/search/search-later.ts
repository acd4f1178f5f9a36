// Matching at once, search only when someone types: the core validates and matches; search's
// data is prepared on its first query. (The panel goes further: its search code is a chunk of its own.)
import { createEngineSearch, createHelpEngineCore, type HelpIndex, type SearchFunction } from 'help-panel/engine';

export function openHelp(index: HelpIndex) {
  const core = createHelpEngineCore(index); // match, article, symptom, normalizeError
  let search: SearchFunction | undefined;
  return {
    match: (context: Parameters<typeof core.match>[0]) => core.match(context),
    search: (query: string) => (search ??= createEngineSearch(core))(query, { limit: 10 }),
  };
}
