import type { Article, HelpIndex, Symptom } from '../schema/help-index';
import { HelpIndexError } from './base/index';
import { createMatcher } from './match/index';
import { normalizeError } from './match/index';
import type { HelpEngineCore } from './types';
import { damaged, validateIndex } from './base/index';

/**
 * The engine without search: validation, matching and lookups. The React panel
 * starts from this and loads search (and Fuse with it) when the search box
 * first shows, so a page that never searches never downloads it.
 *
 * @throws {HelpIndexError} as {@link createHelpEngine} does.
 */
export function createHelpEngineCore(index: unknown): HelpEngineCore {
  return guard(() => createCore(validateIndex(index)));
}

/** Runs an engine build step; any failure reaches the app as a `HelpIndexError`. */
export function guard<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    // The validator checks records, not every value inside them: whatever else is malformed
    // surfaces here and reaches the app as the same clear error, never as a raw TypeError.
    throw error instanceof HelpIndexError ? error : damaged(`is damaged (${error instanceof Error ? error.message : 'unreadable'})`);
  }
}

function createCore(validated: HelpIndex): HelpEngineCore {
  // Bodies may be shipped apart and loaded later; everything here works without them.
  const helpIndex: HelpIndex = validated.bodies ? validated : { ...validated, bodies: {} };
  const articles = new Map<string, Article>(helpIndex.articles.map((article) => [article.id, article]));
  const symptoms = new Map<string, Symptom>(helpIndex.symptoms.map((symptom) => [symptom.id, symptom]));

  return {
    index: helpIndex,
    match: createMatcher(helpIndex),
    article: (id) => (typeof id === 'string' ? articles.get(id) : undefined),
    symptom: (id) => (typeof id === 'string' ? symptoms.get(id) : undefined),
    normalizeError,
  };
}
