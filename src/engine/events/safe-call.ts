import type { HelpEvent, HelpEventHandler, HelpEventSource } from './events';

// Calling the host's callbacks: its own module, because the panel's shell (on every page load)
// needs it and nothing else of the event types.

const reported = new WeakSet<object>();

/**
 * Calls a host callback so that nothing it does can break the panel: a throw
 * or a rejected promise is caught and reported with `console.error`, once
 * per callback (a handler that throws on every event would otherwise flood
 * the console). Returns the callback's return value, or `undefined` when it
 * threw or is missing.
 */
export function safeCall<A extends unknown[], R>(
  callback: ((...args: A) => R) | null | undefined,
  name: string,
  ...args: A
): R | undefined {
  if (typeof callback !== 'function') return undefined;
  const report = (error: unknown) => {
    if (reported.has(callback)) return;
    reported.add(callback);
    console.error(`help-panel: the ${name} callback threw; the panel carries on. Fix the callback to silence this.`, error);
  };
  try {
    const result = callback(...args);
    if (isThenable(result)) {
      // Observe a rejection so it never becomes an unhandled rejection.
      Promise.resolve(result).catch(report);
    }
    return result;
  } catch (error) {
    report(error);
    return undefined;
  }
}

/** Hands `event` to the host's `onEvent`, containing whatever it throws. */
export function safeEmit(onEvent: HelpEventHandler | null | undefined, event: HelpEvent, source?: HelpEventSource): void {
  if (source) safeCall(onEvent, 'onEvent', event, source);
  else safeCall(onEvent, 'onEvent', event);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  try {
    return (
      (typeof value === 'object' || typeof value === 'function') &&
      value !== null &&
      typeof (value as { then?: unknown }).then === 'function'
    );
  } catch {
    return false;
  }
}
