import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic, `*.test.ts` but not `*.int.test.ts`) and
 * `integration` (`*.int.test.ts`, real server + database). TEST_DB picks the
 * database for integration tests; `npm test` runs them on PGlite and PostgreSQL.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'], exclude: ['**/*.int.test.ts', 'node_modules/**'] },
      },
      {
        extends: true,
        // Files share their worker's process: the server's modules and PGlite's WebAssembly load
        // once per worker instead of once per file (about half the suite's CPU time). Each file
        // still starts its own app on a fresh database.
        test: { name: 'integration', include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'], isolate: false },
      },
    ],
  },
});
