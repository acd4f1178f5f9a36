/**
 * Where the panel keeps what must outlive a closed drawer or a reload
 * (checklist progress, the unsent escalation draft). The shape is a subset of
 * the Web Storage API, so `window.sessionStorage` can be passed as is; anything
 * else (a server, IndexedDB behind a cache) only needs these three methods.
 */
export interface ProgressStorage {
  /** The saved string, or `null` when there is none. */
  getItem(key: string): string | null;
  /** Saves a string; may throw (a full quota), the panel then keeps progress in memory. */
  setItem(key: string, value: string): void;
  /** Forgets a key. */
  removeItem(key: string): void;
}

/** A storage that lives as long as the page: the fallback when nothing else works. */
export function createMemoryStorage(): ProgressStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * Wraps a storage so that it never throws. Storage fails in ordinary ways:
 * Safari private mode and sandboxed iframes throw on access, a full quota
 * throws on write, and there is no `window` during server rendering. On the
 * first failure this switches to memory for the rest of the page's life; every
 * write is mirrored there, so nothing ticked in this visit is lost.
 *
 * @param getStorage called lazily, on first use, so nothing touches `window` at import or render time.
 */
export function createSafeStorage(getStorage: () => ProgressStorage | undefined): ProgressStorage {
  const memory = createMemoryStorage();
  let target: ProgressStorage | null | undefined; // undefined: not resolved yet; null: use memory

  const fallBack = () => {
    target = null;
  };
  const resolve = (): ProgressStorage | null => {
    if (target === undefined) {
      try {
        target = getStorage() ?? null;
      } catch {
        target = null;
      }
    }
    return target;
  };

  return {
    getItem(key) {
      const storage = resolve();
      if (storage) {
        try {
          return storage.getItem(key);
        } catch {
          fallBack();
        }
      }
      return memory.getItem(key);
    },
    setItem(key, value) {
      // Mirror every write so that a later fallback still knows it.
      memory.setItem(key, value);
      const storage = resolve();
      if (!storage) return;
      try {
        storage.setItem(key, value);
      } catch {
        fallBack();
      }
    },
    removeItem(key) {
      memory.removeItem(key);
      const storage = resolve();
      if (!storage) return;
      try {
        storage.removeItem(key);
      } catch {
        fallBack();
      }
    },
  };
}

/** The default: `localStorage` when the browser allows it, memory otherwise. */
export function createLocalStorage(): ProgressStorage {
  // globalThis rather than window: the engine runs in Node too, where there is none.
  return createSafeStorage(() => (globalThis as { localStorage?: ProgressStorage }).localStorage);
}
