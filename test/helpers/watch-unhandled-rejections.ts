import { afterEach, beforeEach } from 'vitest';

/**
 * Collects every `unhandledRejection` during each test of the calling file, so
 * a test can assert that a throwing or rejecting host callback was contained:
 * `await flush(); expect(unhandled).toEqual([])`.
 */
export function watchUnhandledRejections() {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });
  /** Lets pending rejections surface as `unhandledRejection` before asserting there were none. */
  async function flush() {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { unhandled, flush };
}
