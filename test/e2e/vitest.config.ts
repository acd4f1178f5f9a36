import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the demo product built and served once (global setup),
 * driven by Debian's chromium through playwright-core. Separate from the unit
 * projects because they need a browser and a production build; `npm test`
 * runs them after the unit tests.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/serve-demo.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser per file; two files at a time keep a 2-core machine busy, not swamped.
    maxWorkers: 2,
  },
});
