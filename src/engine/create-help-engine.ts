import { createHelpEngineCore, guard } from './engine-core';
import { createLooseMatcher } from './match/index';
import { engineSearch } from './search/index';
import { createRelatedMatch } from './search/index';
import { createGround } from './ground';
import type { SearchFunction } from './search/index';
import type { HelpEngine, HelpEngineCore } from './types';

/**
 * Creates the engine for a compiled index. Everything is compiled once here
 * (route patterns, error patterns, lookups; error patterns also as apps hand
 * errors over, on the first `match`: see `createLooseMatcher`); search uses the index's
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
 * await engine.ground('my customers write but nothing turns up in the inbox', { route: '/inbox' });
 */
export function createHelpEngine(index: unknown): HelpEngine {
  const core = createHelpEngineCore(index);
  // Errors no pattern names are searched by their words (possibly related); search does the same work, so both live here.
  const search = createEngineSearch(core);
  const withRelated = { ...core, match: createRelatedMatch(core, { search, match: createLooseMatcher(core.index) }) };
  return { ...withRelated, search, ground: createGround(withRelated, search) };
}

/**
 * Search for an engine made with {@link createHelpEngineCore}: the same
 * function `createHelpEngine(index).search` is.
 *
 * @throws {HelpIndexError} when the parts of the index only search reads are damaged.
 */
export function createEngineSearch(core: HelpEngineCore): SearchFunction {
  return guard(() => engineSearch(core));
}
