/**
 * When a search counts as "made", for the `search` event and the escalation's
 * list of searches tried. Typing "webhook" should be one search, not seven:
 * a query commits when the user pauses, presses Enter, opens a result or
 * leaves the field, and only when it differs from the last one committed.
 */

/** What just happened in the search field. */
export type SearchTrigger =
  /** The debounce timer fired after the last keystroke. */
  | 'idle'
  /** Enter was pressed. */
  | 'enter'
  /** A result was opened. */
  | 'result'
  /** The field lost focus or the panel closed. */
  | 'blur';

export interface SearchCommitInput {
  /** The query as typed. */
  query: string;
  /** The last committed query (normalised), or `null`. */
  lastCommitted: string | null;
  trigger: SearchTrigger;
  /** Milliseconds since the last keystroke (only read for `idle`). */
  msSinceInput?: number;
  /** Pause that commits a query. Default {@link DEFAULT_SEARCH_COMMIT_DELAY_MS}. */
  delayMs?: number;
  /** Shorter queries never commit. Default 2. */
  minLength?: number;
}

/** A pause long enough to read results, short enough to catch a query before the user leaves. */
export const DEFAULT_SEARCH_COMMIT_DELAY_MS = 1000;

/** Trimmed, inner whitespace collapsed, lower-cased: the form queries are compared in. */
export function normalizeSearchQuery(query: string): string {
  return typeof query === 'string' ? query.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/**
 * The normalised query when this moment commits it, otherwise `null`.
 * Pure: the caller owns the timer and remembers `lastCommitted`.
 */
export function decideSearchCommit(input: SearchCommitInput): string | null {
  const query = normalizeSearchQuery(input.query);
  if (query.length < (input.minLength ?? 2)) return null;
  if (query === input.lastCommitted) return null;
  if (input.trigger === 'idle') {
    const delay = input.delayMs ?? DEFAULT_SEARCH_COMMIT_DELAY_MS;
    if (typeof input.msSinceInput !== 'number' || !(input.msSinceInput >= delay)) return null;
  }
  return query;
}
