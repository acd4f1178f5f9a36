/**
 * What went wrong with the browser storage that keeps checklist progress and
 * escalation drafts, as a stable code the host can switch on:
 *
 * - `quota`: storage was full; progress of the symptoms touched longest ago was
 *   removed to make room (or, with nothing left to remove, the change is kept in
 *   memory for this page).
 * - `corrupt`: a saved value was not readable (truncated JSON, someone else's
 *   value under our key); it was discarded.
 * - `migrated`: a saved value was in an older layout; it was read and is saved
 *   in the current layout on the next change.
 * - `unavailable`: storage refused to read or write (private mode, a policy);
 *   the panel carries on in memory.
 */
export type HelpStorageProblem = 'quota' | 'corrupt' | 'migrated' | 'unavailable';

/**
 * Handed to `onError` when storage misbehaves. The panel has already done what
 * it can (evicted, discarded, migrated, fallen back to memory): nothing for
 * the host to undo, only something to log.
 */
export class HelpStorageError extends Error {
  override readonly name = 'HelpStorageError';
  /** Which kind of problem it is. */
  readonly problem: HelpStorageProblem;
  /** The storage key concerned. */
  readonly key: string;

  /** @param message what happened and what the panel did, after `help-panel: "<key>": `. */
  constructor(problem: HelpStorageProblem, key: string, message: string, cause?: unknown) {
    super(`help-panel: "${key}": ${message}`, cause === undefined ? undefined : { cause });
    this.problem = problem;
    this.key = key;
  }
}

/** Whether a failed `setItem` means "full" (each browser spells it its own way). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
