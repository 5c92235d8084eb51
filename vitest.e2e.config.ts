import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: Debian's Chromium driven by playwright-core, two contexts as two partners. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two suites at a time: most of a suite's time is spent waiting on a browser, a socket or a
    // timer, so two share the two cores well; each has its own server, browser and database.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
