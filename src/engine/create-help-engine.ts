import type { Article, HelpIndex, Symptom } from '../schema/help-index';
import { HelpIndexError } from './help-index-error';
import { createMatcher } from './match';
import { normalizeError } from './normalize-error';
import { createSearch } from './search';
import { buildSearchData, isEngineSearchData } from './search-index';
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
  const data = helpIndex.search;
  // Search data is used as is when this engine can read it (right version, every record still in
  // the index); otherwise it is built here, as the compiler would.
  const usable =
    isEngineSearchData(data) && data.refs.every((ref) => typeof ref === 'string' && (symptoms.has(ref) || articles.has(ref)));
  const search = createSearch(helpIndex, usable ? data : buildSearchData(helpIndex), match, articles, symptoms);

  return {
    index: helpIndex,
    match,
    search,
    article: (id) => (typeof id === 'string' ? articles.get(id) : undefined),
    symptom: (id) => (typeof id === 'string' ? symptoms.get(id) : undefined),
    normalizeError,
  };
}
