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
  /**
   * Number of keys, with {@link ProgressStorage.key}: lets the panel find its own keys
   * to make room when storage is full and to clear a user's data. Optional; without
   * them only the keys this page has used are found. `localStorage` has both.
   */
  readonly length?: number;
  /** The name of the key at `index`, or `null`. Optional, see {@link ProgressStorage.length}. */
  key?(index: number): string | null;
}

/** Every key of `storage` that starts with `prefix`; empty when it cannot list its keys. */
export function storageKeys(storage: ProgressStorage, prefix: string): string[] {
  const keys: string[] = [];
  try {
    const count = storage.length;
    if (typeof count !== 'number' || typeof storage.key !== 'function') return keys;
    for (let i = 0; i < count; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // A storage that refuses to list: the callers fall back to the keys they know.
  }
  return keys;
}

/** A storage that lives as long as the page: the fallback when nothing else works. */
export function createMemoryStorage(): ProgressStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
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
    get length() {
      const storage = resolve();
      try {
        return storage ? (storage.length ?? 0) : (memory.length ?? 0);
      } catch {
        return 0;
      }
    },
    key(index) {
      const storage = resolve();
      try {
        return (storage ?? memory).key?.(index) ?? null;
      } catch {
        return null;
      }
    },
  };
}

/**
 * The default: `localStorage` when the browser allows it, memory otherwise
 * (no `window`, Safari private mode, a sandboxed iframe). Unlike
 * {@link createSafeStorage}, a full quota is not hidden: `setItem` throws, so
 * the panel's stores can make room by removing the progress touched longest
 * ago and tell `onError`; they never let the error reach the host.
 */
export function createLocalStorage(): ProgressStorage {
  const memory = createMemoryStorage();
  let target: ProgressStorage | null | undefined;
  const resolve = (): ProgressStorage => {
    if (target === undefined) {
      try {
        // globalThis rather than window: the engine runs in Node too, where there is none.
        target = (globalThis as { localStorage?: ProgressStorage }).localStorage ?? null;
        target?.getItem('help-panel:probe'); // throws where access is denied
      } catch {
        target = null;
      }
    }
    return target ?? memory;
  };
  return {
    getItem: (key) => resolve().getItem(key),
    setItem: (key, value) => resolve().setItem(key, value),
    removeItem: (key) => resolve().removeItem(key),
    get length() {
      return resolve().length ?? 0;
    },
    key: (index) => resolve().key?.(index) ?? null,
  };
}
