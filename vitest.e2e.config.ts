import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: Debian's Chromium driven by playwright-core, two contexts as two partners. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
