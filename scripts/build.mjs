#!/usr/bin/env node
// `npm run build [-- --quiet]`: the web app with Vite (which also writes brotli and gzip copies of
// its files), the server entry points (TypeScript → one ESM file each; node_modules stay external),
// then the migrated PGlite image a first start loads instead of running initdb.
// --quiet (npm start, npm run demo, the bench) keeps Vite to warnings and errors.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { build as buildWeb } from 'vite';

const quiet = process.argv.includes('--quiet');

await buildWeb({ logLevel: quiet ? 'warn' : 'info' });

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
