import { hashText } from '../base/index';
import { createLocalStorage, storageKeys, type ProgressStorage } from './progress-storage';

/**
 * Where the panel keeps a user's data, and how it is forgotten. Every key
 * starts with the namespace:
 *
 * - `<namespace>:<help center>:<symptom id>`: checklist progress of one symptom;
 * - `<namespace>:<help center>:escalation-draft`: the unsent escalation note;
 * - `<namespace>:cleared-at`: when that namespace was last cleared (a number, no
 *   user data), so a tab that missed the sign-out cannot write the old data back.
 */

/**
 * The namespace of one user: `storageNamespace` alone, or followed by a hash
 * of `userId` (so the key names never show who used the browser).
 */
export function userNamespace(storageNamespace: string, userId?: string | null): string {
  return userId ? `${storageNamespace}:u${hashText(userId)}` : storageNamespace;
}

/** The key of a help center's escalation draft. */
export function draftKey(namespace: string, helpCenterId: string): string {
  return `${namespace}:${helpCenterId}:escalation-draft`;
}

/** The key that remembers when `namespace` was last cleared. */
export function clearedAtKey(namespace: string): string {
  return `${namespace}:cleared-at`;
}

/** When `namespace` was last cleared (ms since epoch), `0` if never or unreadable. */
export function readClearedAt(storage: ProgressStorage, namespace: string): number {
  try {
    const value = Number(storage.getItem(clearedAtKey(namespace)));
    return Number.isFinite(value) && value > 0 ? value : 0;
  } catch {
    return 0;
  }
}

/** What a change to `key` (from another tab's `storage` event) means for one provider. */
export type StorageChange = 'all' | 'draft' | 'progress' | null;

/**
 * Sorts a changed key: `all` when everything may have gone (the namespace was
 * cleared, or `key` is `null` because someone called `localStorage.clear()`),
 * `draft` or `progress` for this help center's keys, `null` when not ours.
 */
export function storageChange(key: string | null, namespace: string, helpCenterId: string): StorageChange {
  if (key === null || key === clearedAtKey(namespace)) return 'all';
  if (key === draftKey(namespace, helpCenterId)) return 'draft';
  return key.startsWith(`${namespace}:${helpCenterId}:`) ? 'progress' : null;
}

/** Options of {@link clearHelpData}. */
export interface ClearHelpDataOptions {
  /** The provider's `storage`. Default: `localStorage` (and the old per-tab drafts in `sessionStorage`). */
  storage?: ProgressStorage;
  /** The provider's `storageNamespace`. Default `"help-panel"`. */
  storageNamespace?: string;
  /** The provider's `userId`. Default: none. */
  userId?: string | null;
  /** Also remove drafts that older versions kept in `sessionStorage`. Default: `true` when `storage` is not given. */
  sessionDrafts?: boolean;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}

const clearedListeners = new Set<(namespace: string) => void>();

/** Calls `listener(namespace)` whenever this page clears a namespace. Returns the unsubscribe function. */
export function onHelpDataCleared(listener: (namespace: string) => void): () => void {
  clearedListeners.add(listener);
  return () => void clearedListeners.delete(listener);
}

/**
 * Forgets one user's help data, for sign-out on a shared browser: checklist
 * progress, the unsent escalation draft and the visit log (searches and
 * errors seen). Removes every key of the namespace from storage, and every
 * open tab and provider drops what it holds in memory (other tabs hear it
 * through the `storage` event). Never throws.
 */
export function clearHelpData(options: ClearHelpDataOptions = {}): void {
  const namespace = userNamespace(options.storageNamespace ?? 'help-panel', options.userId);
  const storages: ProgressStorage[] = [options.storage ?? createLocalStorage()];
  if (options.sessionDrafts ?? !options.storage) {
    // Drafts lived in sessionStorage before they moved next to progress.
    try {
      const session = (globalThis as { sessionStorage?: ProgressStorage }).sessionStorage;
      if (session) storages.push(session);
    } catch {
      // No session storage here: nothing to clear there.
    }
  }
  for (const storage of storages) {
    for (const key of storageKeys(storage, `${namespace}:`)) {
      try {
        storage.removeItem(key);
      } catch {
        // A storage that refuses to remove also refuses to show: carry on with the others.
      }
    }
  }
  try {
    storages[0]!.setItem(clearedAtKey(namespace), String((options.now ?? Date.now)()));
  } catch {
    // Storage full or refused: the keys are gone; only the late-write guard is missing.
  }
  for (const listener of [...clearedListeners]) {
    try {
      listener(namespace);
    } catch {
      // A provider's listener never throws; if one did, the others must still hear.
    }
  }
}

/** Whether clearing `cleared` clears `namespace` too (the same, or a user namespace under it). */
export function isClearedBy(namespace: string, cleared: string): boolean {
  return namespace === cleared || namespace.startsWith(`${cleared}:`);
}
