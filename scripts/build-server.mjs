#!/usr/bin/env node
// Bundles the server entry points (TypeScript → one ESM file each); node_modules stay external.
// Then makes the migrated PGlite image a first start loads instead of running initdb.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/server/main.ts', demo: 'src/server/demo.ts', 'make-pglite-seed': 'src/server/make-pglite-seed.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir: 'dist/server',
  sourcemap: true,
  logLevel: 'warning',
});

const seed = spawnSync(process.execPath, ['dist/server/make-pglite-seed.js'], { stdio: 'inherit' });
if (seed.status !== 0) process.exit(seed.status ?? 1);
