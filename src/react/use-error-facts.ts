import { useEffect, useState } from 'react';

/**
 * What {@link useErrorFacts} gives: the error to match (the one given, or for
 * a fetch `Response` what its body says, `undefined` while it is read), and
 * whether a body is still being read (matching then waits rather than
 * deciding on the status alone).
 */
export type ErrorFacts = [error: unknown, pending: boolean];

/** A fetch `Response` nobody has read yet, by shape (a polyfill's counts); never throws. */
export function isUnreadResponse(value: unknown): value is Response {
  try {
    const candidate = value as Partial<Response> | null | undefined;
    return typeof candidate?.clone === 'function' && candidate.bodyUsed === false;
  } catch {
    return false;
  }
}

/**
 * The error as the engine should match it. A fetch `Response` says what went
 * wrong in its body, which is read asynchronously: the engine's
 * `readErrorBody` (loaded on first need, so pages without such an error never
 * download it) reads a clone, and the facts it finds replace the `Response`.
 * Until then `pending` is true; a body that cannot be read leaves the
 * `Response` as it is (its status and URL still match).
 */
export function useErrorFacts(error: unknown): ErrorFacts {
  const unread = isUnreadResponse(error);
  const [read, setRead] = useState<[from: unknown, facts: unknown]>();
  useEffect(() => {
    if (!unread) return;
    let live = true;
    import('../engine/match/read-error-body')
      // `readErrorBody` never rejects; the chunk may fail to arrive (offline, a deploy).
      .then((chunk) => chunk.readErrorBody(error), () => null)
      .then((facts) => live && setRead([error, facts ?? error]));
    return () => {
      live = false;
    };
  }, [error, unread]);
  if (!unread) return [error, false];
  return read?.[0] === error ? [read[1], false] : [undefined, true];
}
