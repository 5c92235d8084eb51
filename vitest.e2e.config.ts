import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: Debian's Chromium driven by playwright-core, two contexts as two partners. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two suites at a time: most of a suite waits on a browser, a socket or a timer, and one at a
    // time took 15.6 minutes. No suite times how fast something arrives (that is the bench's job,
    // e2e/support/live.ts), so the load two suites make is no reason for a test to fail.
    maxWorkers: 2,
  },
});
