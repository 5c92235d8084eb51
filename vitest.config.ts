import { defineConfig } from 'vitest/config';

/** Unit tests (`*.test.ts`) and integration tests (`*.int.test.ts`); TEST_DB picks the database. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
