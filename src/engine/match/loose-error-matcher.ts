import type { ErrorPattern } from '../../schema/help-index';
import { compileErrorMatcher, ERROR_WEIGHT, TABLE_EXTRA_FACET, type ErrorHit, type ErrorMatcher } from './error-matcher';
import { createMatcher, type MatchFunction } from './match';
import { compileMessageText } from './message-text';
import type { HelpIndex } from '../../schema/help-index';
import type { NormalizedError } from '../types';

type ErrorFacts = Omit<NormalizedError, 'causes'>;
type Facet = Extract<ErrorPattern, { kind: 'table' }>['facets'][number];

/**
 * A table facet the error does not give at all costs this much: an entry that
 * names exactly what the error says wins over one that asks for more the error
 * cannot confirm, but never by a tier (see {@link TABLE_EXTRA_FACET}).
 */
export const ABSENT_FACET_COST = 1;

/** The fact each facet kind reads. */
const FIELD = { code: 'code', status: 'status', 'status-class': 'status', name: 'name', message: 'message' } as const;

/**
 * {@link compileErrorMatcher} for errors as apps really hand them over, which
 * the engine's `createRelatedMatch` (and so `createHelpEngine`) and the split
 * index match with:
 *
 * - a message pattern, or a table's message, is also compared word by word
 *   (see `message-text.ts`): outer quotes and punctuation, a leading class
 *   name and values that vary do not count; a closer match scores a little
 *   higher within the message tier (a longer message, the whole message, the
 *   author's own values);
 * - a table matches when every facet the error gives agrees and at least one
 *   of its code, message or name does: a message-only error (a toast's text,
 *   an `Error` whose code was lost) opens the table that lists its message.
 *   It weighs as its most specific facet that matched, plus 25 for each other
 *   that matched, less {@link ABSENT_FACET_COST} for each the error did not give.
 *
 * A regular expression is matched as written.
 */
export function compileLooseErrorMatcher(pattern: ErrorPattern): ErrorMatcher | null {
  try {
    if (pattern.kind === 'message' && pattern.glob !== undefined) return looseMessage(pattern);
    if (pattern.kind === 'table') return looseTable(pattern);
  } catch {
    return null;
  }
  return compileErrorMatcher(pattern);
}

function looseMessage(pattern: Extract<ErrorPattern, { kind: 'message' }>): ErrorMatcher | null {
  const plain = compileErrorMatcher(pattern);
  const words = compileMessageText(pattern.glob ?? '');
  if (plain === null || words === null) return plain;
  return {
    pattern,
    weight: ERROR_WEIGHT.message,
    test: (facts) => {
      if (facts.message === undefined) return null;
      const score = words(facts.message);
      if (score !== null) return { kind: 'message', value: facts.message, weight: ERROR_WEIGHT.message + score };
      return plain.test(facts);
    },
  };
}

function looseTable(pattern: Extract<ErrorPattern, { kind: 'table' }>): ErrorMatcher | null {
  const facets = pattern.facets.map((facet) => ({ facet, matcher: compileLooseErrorMatcher(facet) }));
  if (facets.length === 0 || facets.some(({ matcher }) => matcher === null)) return null;
  const identifies = (facet: Facet) => facet.kind === 'code' || facet.kind === 'message' || facet.kind === 'name';
  const needsIdentity = facets.some(({ facet }) => identifies(facet));
  const first = facets[0]!.matcher!;
  const named = pattern.facets.filter(identifies);
  return {
    pattern,
    // An error giving only its code, only its message or only its name must find it; one giving only a status, never.
    filedUnder: named.length > 0 ? named : pattern.facets.slice(0, 1),
    weight: first.weight + TABLE_EXTRA_FACET * (facets.length - 1),
    test: (facts: ErrorFacts) => {
      let best: ErrorHit | null = null;
      let hits = 0;
      let absent = 0;
      let identified = false;
      for (const { facet, matcher } of facets) {
        if (facts[FIELD[facet.kind]] === undefined) {
          absent++;
          continue;
        }
        const hit = matcher!.test(facts);
        // A facet the error gives and contradicts: not this table.
        if (hit === null) return null;
        // Facets come most specific first: the first hit is the one the table is scored and explained by.
        best ??= { ...hit, weight: hit.weight ?? matcher!.weight };
        hits++;
        if (identifies(facet)) identified = true;
      }
      if (best === null || (needsIdentity && !identified)) return null;
      return { ...best, weight: (best.weight ?? 0) + TABLE_EXTRA_FACET * (hits - 1) - ABSENT_FACET_COST * absent };
    },
  };
}

/**
 * The matcher for an index with {@link compileLooseErrorMatcher}: what
 * `createHelpEngine` matches with, and what to give `createRelatedMatch` as
 * `match` for an engine core. Its patterns are compiled on the first call,
 * so creating an engine costs nothing more.
 */
export function createLooseMatcher(index: HelpIndex): MatchFunction {
  let match: MatchFunction | undefined;
  return (context) => {
    match ??= createMatcher(index, { compile: compileLooseErrorMatcher });
    return match(context);
  };
}
