import { rememberSearches, MAX_SEARCHES } from '../support/index';
import type { NormalizedError } from '../types';

/**
 * What the escalation payload needs from the whole visit, not just the
 * current screen: the searches tried and when each problem was first seen.
 * One log per provider (per page load); nothing is persisted.
 */
export interface VisitLog {
  /** Records a committed search query. */
  recordSearch(query: string): void;
  /** Search queries of this visit, oldest first, deduplicated, at most `maxSearches`. */
  searches(): string[];
  /** Records that `error` was seen at `at` (default now); only the first sighting of the same error counts. */
  recordError(error: NormalizedError | null | undefined, at?: Date): void;
  /** When `error` (or, without one, the first error of the visit) was first seen; `null` if never. */
  firstSeen(error?: NormalizedError | null): Date | null;
}

export interface VisitLogOptions {
  /** Default 20. */
  maxSearches?: number;
  /** Clock, for tests. Default `() => new Date()`. */
  now?: () => Date;
}

/** Errors with the same code, status, name and message are the same problem. */
export function errorSignature(error: NormalizedError): string {
  return [error.code ?? '', error.status ?? '', error.name ?? '', error.message ?? ''].join('\u0000');
}

/** Most distinct errors remembered: a page that throws in a loop must not grow the log forever. */
const MAX_ERRORS = 50;

/** Creates the visit log of one provider: searches and errors in memory, gone with the page. */
export function createVisitLog(options: VisitLogOptions = {}): VisitLog {
  const maxSearches = options.maxSearches ?? MAX_SEARCHES;
  const now = options.now ?? (() => new Date());
  let searches: string[] = [];
  const errors = new Map<string, Date>();
  let firstError: Date | null = null;
  return {
    recordSearch(query) {
      searches = rememberSearches(searches, [query], maxSearches);
    },
    searches: () => [...searches],
    recordError(error, at) {
      if (!error) return;
      const when = at instanceof Date && Number.isFinite(at.getTime()) ? at : now();
      firstError ??= when;
      const key = errorSignature(error);
      if (errors.has(key) || errors.size >= MAX_ERRORS) return;
      errors.set(key, when);
    },
    firstSeen(error) {
      if (!error) return firstError;
      return errors.get(errorSignature(error)) ?? null;
    },
  };
}
