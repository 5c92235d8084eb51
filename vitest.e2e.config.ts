import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: Debian's Chromium driven by playwright-core, two contexts as two partners. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One suite at a time. Two at a time took the run from 15.6 to 10.7 minutes, but under that load
    // pause.e2e.ts's "older answer" walk hung to its timeout in 2 of 6 runs (cause not yet found):
    // until it is, the slower run that does not flake.
    maxWorkers: 1,
    fileParallelism: false,
  },
});
