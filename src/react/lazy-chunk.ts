import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

/**
 * One lazily imported module, fetched once: `load()` starts it (or returns the same promise),
 * `current()` has it once it came, and a failed import is forgotten so that the next `load()`
 * tries again. Components read it with {@link useChunk}.
 */
export interface LazyChunk<T> {
  current(): T | undefined;
  load(): Promise<T>;
  subscribe(listener: () => void): () => void;
}

export function lazyChunk<T>(importer: () => Promise<T>): LazyChunk<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    current: () => value,
    load() {
      if (value !== undefined) return Promise.resolve(value);
      if (!pending) {
        let started: Promise<T>;
        try {
          started = Promise.resolve(importer());
        } catch (error) {
          started = Promise.reject(error);
        }
        pending = started.then(
          (module) => {
            value = module;
            notify();
            return module;
          },
          (error: unknown) => {
            pending = undefined;
            notify();
            throw error;
          },
        );
        // A prefetch nobody waits on must not surface as an unhandled rejection.
        pending.catch(() => {});
      }
      return pending;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Fetches the chunk's module without waiting and without ever throwing: a nicety, never a failure. */
export function prefetchChunk(chunk: LazyChunk<unknown>): void {
  try {
    chunk.load().catch(() => {});
  } catch {
    // As the doc says.
  }
}

const serverNothing = () => undefined;

/**
 * The chunk's module once it has come, starting its load when `wanted`; `failed` after an
 * import that failed (offline, a deploy removed the file) until `retry()`.
 */
export function useChunk<T>(chunk: LazyChunk<T>, wanted: boolean): { module: T | undefined; failed: boolean; error: unknown; retry(): void } {
  // The server renders what was preloaded (preloadHelpPanel) and nothing else, as the first client render must.
  const module = useSyncExternalStore(chunk.subscribe, chunk.current, chunk.current ?? serverNothing);
  const [failure, setFailure] = useState<{ attempt: number; failed: boolean; error?: unknown }>({ attempt: 0, failed: false });
  useEffect(() => {
    if (!wanted || chunk.current() !== undefined) return;
    let live = true;
    chunk.load().catch((error: unknown) => live && setFailure((state) => ({ ...state, failed: true, error })));
    return () => {
      live = false;
    };
  }, [chunk, wanted, failure.attempt]);
  const retry = useCallback(() => setFailure((state) => ({ attempt: state.attempt + 1, failed: false })), []);
  const failed = module === undefined && failure.failed;
  return { module, failed, error: failed ? failure.error : undefined, retry };
}
