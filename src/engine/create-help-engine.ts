import type { Article, HelpIndex, Symptom } from '../schema/help-index';
import { HelpIndexError } from './help-index-error';
import { createMatcher } from './match';
import { normalizeError } from './normalize-error';
import { createSearch } from './search';
import { buildSearchData, isEngineSearchData, type EngineSearchData } from './search-index';
import type { HelpEngine } from './types';
import { damaged, validateIndex } from './validate-index';

/**
 * Creates the engine for a compiled index. Everything is compiled once here
 * (route patterns, error patterns, lookups); search uses the index's
 * precomputed `search` data and only builds it when the index has none (or an
 * older version of it).
 *
 * @param index The parsed JSON that `help-panel build` (or the Vite plugin) produced.
 * @throws {HelpIndexError} when the index is not one this engine can read,
 *   with a message that says how to fix it.
 *
 * @example
 * const engine = createHelpEngine(index);
 * engine.match({ route: '/settings/developer/webhooks', error: { code: 'WEBHOOK_DELIVERY_FAILED' } });
 * engine.search('webhok not firing', { limit: 5 });
 */
export function createHelpEngine(index: unknown): HelpEngine {
  try {
    return create(validateIndex(index));
  } catch (error) {
    // The validator checks records, not every value inside them: whatever else is malformed
    // surfaces here and reaches the app as the same clear error, never as a raw TypeError.
    throw error instanceof HelpIndexError ? error : damaged(`is damaged (${error instanceof Error ? error.message : 'unreadable'})`);
  }
}

function create(validated: HelpIndex): HelpEngine {
  // Bodies may be shipped apart and loaded later; everything here works without them.
  const helpIndex: HelpIndex = validated.bodies ? validated : { ...validated, bodies: {} };
  const articles = new Map<string, Article>(helpIndex.articles.map((article) => [article.id, article]));
  const symptoms = new Map<string, Symptom>(helpIndex.symptoms.map((symptom) => [symptom.id, symptom]));

  const match = createMatcher(helpIndex);
  const data = usableSearchData(helpIndex.search, articles, symptoms) ?? buildSearchData(helpIndex);
  const search = createSearch(helpIndex, data, match);

  return {
    index: helpIndex,
    match,
    search,
    article: (id) => (typeof id === 'string' ? articles.get(id) : undefined),
    symptom: (id) => (typeof id === 'string' ? symptoms.get(id) : undefined),
    normalizeError,
  };
}

/** The index's search data when this engine can use it as is: the right version, and every record still in the index. */
function usableSearchData(
  data: unknown,
  articles: Map<string, Article>,
  symptoms: Map<string, Symptom>,
): EngineSearchData | null {
  if (!isEngineSearchData(data)) return null;
  for (const ref of data.refs) {
    if (typeof ref !== 'string' || (!symptoms.has(ref) && !articles.has(ref))) return null;
  }
  return data;
}
