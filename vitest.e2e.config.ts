import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: Debian's Chromium driven by playwright-core, two contexts as two partners. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One suite at a time. Two at a time took the run from 15.6 to about 11 minutes, but under that
    // load the suites' within-a-second live checks measured over a second (1.3 s across processes).
    maxWorkers: 1,
    fileParallelism: false,
  },
});
