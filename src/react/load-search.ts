import { guard } from '../engine/engine-core';
import type { SearchFunction } from '../engine/search/index';
import type { MatchFunction } from '../engine/match/index';
import type { HelpEngineCore, MatchContext } from '../engine/types';

// Per engine: every search box of a provider shares one load, and a new index (hot reload) gets its own.
const loaded = new WeakMap<HelpEngineCore, SearchFunction>();
/** `match` with related search (errors no pattern names, searched by their words), from the same chunk. */
const relatedMatches = new WeakMap<HelpEngineCore, MatchFunction>();
const pending = new WeakMap<HelpEngineCore, Promise<SearchFunction>>();
/** A split index's related search first fetches what a search for the error's words needs. */
const relatedPreparation = new WeakMap<HelpEngineCore, { ready(context: MatchContext): boolean; prepare(context: MatchContext): Promise<void> }>();

/**
 * Loads the engine's search once. A failed load (offline, a deploy removed
 * the chunk) is forgotten, so that the next call tries again.
 */
export function loadSearch(engine: HelpEngineCore): Promise<SearchFunction> {
  const ready = loaded.get(engine);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(engine);
  if (!promise) {
    promise = (
      engine.lazy
        ? // A split index: search fetches the shards a query needs (see split-search.ts).
          import('../engine/split/split-search').then(({ createSplitSearch, createSplitRelatedMatch }) => {
            const search = guard(() => createSplitSearch(engine as Parameters<typeof createSplitSearch>[0]));
            try {
              const related = createSplitRelatedMatch(engine, search);
              relatedMatches.set(engine, related.match);
              relatedPreparation.set(engine, related);
            } catch {
              // As below: plain matching.
            }
            return search;
          })
        : // Messages compared as apps hand them over: its own chunk, as search is (search's chunk must not import the matcher).
          Promise.all([import('../engine/search/engine-search'), import('../engine/match/loose-error-matcher')]).then(([chunk, loose]) => {
            // Read outside `guard`: a chunk that failed to arrive is a failed load, not a damaged index.
            const { engineSearch } = chunk;
            // Damage only search reads is reported as the index error it is, never a raw TypeError.
            const search = guard(() => engineSearch(engine));
            try {
              relatedMatches.set(engine, chunk.createRelatedMatch(engine, { search, match: loose.createLooseMatcher(engine.index) }));
            } catch {
              // Without it the panel matches as before: only written patterns and routes.
            }
            return search;
          })
    ).then((search: SearchFunction) => {
      loaded.set(engine, search);
      return search;
    });
    pending.set(engine, promise);
    promise.catch(() => pending.delete(engine));
  }
  return promise;
}

/** The engine's search when it has loaded, so that a box mounted later shows results at once. */
export function loadedSearch(engine: HelpEngineCore): SearchFunction | undefined {
  return loaded.get(engine);
}

/** The engine's `match` with related search once search has loaded; `undefined` before. */
export function loadedRelatedMatch(engine: HelpEngineCore): MatchFunction | undefined {
  return relatedMatches.get(engine);
}

/** Whether related search can answer for this context now (a whole index: once search has loaded). */
export function relatedReady(engine: HelpEngineCore, context: MatchContext): boolean {
  return loadedRelatedMatch(engine) !== undefined && (relatedPreparation.get(engine)?.ready(context) ?? true);
}

/** Loads search, and for a split index what related search needs for this context. Never rejects. */
export function prepareRelated(engine: HelpEngineCore, context: MatchContext): Promise<void> {
  return loadSearch(engine)
    .then(() => relatedPreparation.get(engine)?.prepare(context))
    .catch(() => undefined);
}
