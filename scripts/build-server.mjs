#!/usr/bin/env node
// Bundles the server entry points (TypeScript → one ESM file each); node_modules stay external.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/server/main.ts', demo: 'src/server/demo.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir: 'dist/server',
  sourcemap: true,
  logLevel: 'warning',
});
