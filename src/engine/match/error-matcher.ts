import type { ErrorPattern } from '../../schema/help-index';
import type { NormalizedError, ReasonKind } from '../types';

type ErrorFacts = Omit<NormalizedError, 'causes'>;

/** One error pattern compiled once, with how specific a hit on it is. */
export interface ErrorMatcher {
  pattern: ErrorPattern;
  /** Evidence weight of a hit; see {@link ERROR_WEIGHT}. */
  weight: number;
  /** `null` when the pattern does not match, otherwise what kind of evidence it is and the value the app gave. */
  test(facts: ErrorFacts): ErrorHit | null;
  /**
   * The patterns a matcher is looked up by: an error that can match it gives
   * at least one of their facts. Default: the pattern, or a table's first
   * (most specific) facet, which every error matching the table gives.
   */
  filedUnder?: readonly ErrorPattern[];
}

/** A pattern's hit: the reason's kind and the app's value that matched (the pattern is the matcher's own). */
export interface ErrorHit {
  kind: Exclude<ReasonKind, 'route' | 'related-search' | 'search-rank'>;
  value: string;
  /** This hit's own weight, when it depends on how closely the error matched; the matcher's `weight` otherwise. */
  weight?: number;
}

/**
 * How much a hit on each kind of pattern says, most specific first. The gaps
 * keep tiers apart even after the cause discount and the bonus for a second
 * hit: an exact code always outranks a glob, a glob a message, a message a
 * name, a name a status, a status a status class.
 */
export const ERROR_WEIGHT = {
  code: 1000,
  /** Plus up to 90 for the literal characters of the glob: `STRIPE_NOT_*` is narrower than `S*`. */
  codeGlob: 700,
  message: 600,
  name: 500,
  status: 400,
  statusClass: 200,
} as const;

/**
 * A `*` glob as a test, in time linear in the text (no regular expression, so no
 * backtracking on a long message against `a*b*c*…`). Only `*` is special; `anchored`
 * wants the whole text (`STRIPE_*` is `STRIPE_` then anything), otherwise the glob
 * may stand anywhere in it. Each piece is found at its leftmost place after the one before,
 * which is enough: whatever fits further on also fits there.
 */
export function globTest(glob: string, options: { anchored?: boolean; ignoreCase?: boolean } = {}): (text: string) => boolean {
  const { anchored = true, ignoreCase = false } = options;
  const fold = (text: string) => (ignoreCase ? text.toLowerCase() : text);
  const pieces = fold(glob).split('*');
  if (pieces.length === 1) {
    const only = pieces[0]!;
    return anchored ? (text) => fold(text) === only : (text) => fold(text).includes(only);
  }
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const middle = pieces.slice(1, -1).filter((piece) => piece !== '');
  return (raw) => {
    const text = fold(raw);
    let at = 0;
    let end = text.length;
    if (anchored) {
      if (!text.startsWith(first) || text.length < first.length + last.length || !text.endsWith(last)) return false;
      at = first.length;
      end = text.length - last.length;
    } else {
      if (first !== '') {
        const found = text.indexOf(first);
        if (found < 0) return false;
        at = found + first.length;
      }
    }
    for (const piece of middle) {
      const found = text.indexOf(piece, at);
      if (found < 0 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return anchored || last === '' || text.indexOf(last, at) >= 0;
  };
}

/**
 * Compiles a parsed error pattern. Returns `null` for a pattern that cannot
 * be compiled (a regular expression this runtime rejects): it is skipped
 * rather than breaking the engine.
 */
export function compileErrorMatcher(pattern: ErrorPattern): ErrorMatcher | null {
  try {
    switch (pattern.kind) {
      case 'status':
        return {
          pattern,
          weight: ERROR_WEIGHT.status,
          test: (facts) => (facts.status === pattern.status ? { kind: 'status', value: String(facts.status) } : null),
        };
      case 'status-class':
        return {
          pattern,
          weight: ERROR_WEIGHT.statusClass,
          test: (facts) =>
            facts.status !== undefined && Math.floor(facts.status / 100) === pattern.status
              ? { kind: 'status-class', value: String(facts.status) }
              : null,
        };
      case 'code': {
        if (!pattern.glob.includes('*')) {
          return {
            pattern,
            weight: ERROR_WEIGHT.code,
            test: (facts) => (facts.code === pattern.glob ? { kind: 'error-code', value: facts.code } : null),
          };
        }
        const matches = globTest(pattern.glob);
        const literal = pattern.glob.replace(/\*/g, '').length;
        return {
          pattern,
          weight: ERROR_WEIGHT.codeGlob + Math.min(90, literal * 5),
          test: (facts) => (facts.code !== undefined && matches(facts.code) ? { kind: 'error-code', value: facts.code } : null),
        };
      }
      case 'name':
        return {
          pattern,
          weight: ERROR_WEIGHT.name,
          test: (facts) => (facts.name === pattern.name ? { kind: 'name', value: facts.name } : null),
        };
      case 'message': {
        // A regular expression is the author's, matched as written; a glob never becomes one.
        const regex = pattern.regex ? new RegExp(pattern.regex.source, pattern.regex.flags.replace(/[gy]/g, '')) : null;
        const matches = regex ? (text: string) => regex.test(text) : pattern.glob !== undefined ? globTest(pattern.glob, { anchored: false, ignoreCase: true }) : null;
        if (matches === null) return null;
        return {
          pattern,
          weight: ERROR_WEIGHT.message,
          test: (facts) => (facts.message !== undefined && matches(facts.message) ? { kind: 'message', value: facts.message } : null),
        };
      }
      case 'table':
        return tableMatcher(pattern);
      default:
        return null;
    }
  } catch {
    return null;
  }
}

/** Each facet a table gives beyond its first (most specific) adds this much: more facets, narrower match, but never a tier up. */
export const TABLE_EXTRA_FACET = 25;

/**
 * An error table: every facet must match. The compiler puts the most specific
 * facet first; the table weighs as that one plus a little for each other
 * (code and message > code alone > message alone > name > status > status
 * class), and gives that facet's hit as its reason.
 */
function tableMatcher(pattern: Extract<ErrorPattern, { kind: 'table' }>): ErrorMatcher | null {
  const facets = pattern.facets.map(compileErrorMatcher);
  const first = facets[0];
  if (!first || facets.includes(null)) return null;
  return {
    pattern,
    weight: first.weight + TABLE_EXTRA_FACET * (facets.length - 1),
    test: (facts) => {
      const hits = facets.map((facet) => facet?.test(facts) ?? null);
      return hits.includes(null) ? null : (hits[0] ?? null);
    },
  };
}
