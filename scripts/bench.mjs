#!/usr/bin/env node
// `npm run bench [-- --only=web,startup,latency --couples=N --events=N --rate=N --no-postgres --profile --no-build]`
// Builds the app (web + server) unless --no-build, bundles bench/*.ts with esbuild,
// and runs bench/main.ts. Benches are never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
process.chdir(root);

let buildNote = '';
if (!args.includes('--no-build')) {
  console.log('Building (npm run build)…');
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { encoding: 'utf8' });
  if (built.status !== 0) {
    const why = `${built.stdout}\n${built.stderr}`.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
    buildNote = `build FAILED (figures may come from an older build): ${why.slice(0, 400)}`;
    console.log(buildNote);
  }
}

// Inside node_modules so the bundles resolve the project's packages, which stay external.
const outdir = path.join(root, 'node_modules/.cache/offbeat-bench');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['bench/main.ts', 'bench/offbeat-server.ts', 'bench/relay-server.ts', 'bench/durability-writer.ts', 'bench/load-generator.ts', 'bench/floor-server.ts', 'bench/hocuspocus-server.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir,
  logLevel: 'warning',
});
// The loop-render bench's page: production React, the loop diagram and the app's CSS, for Chromium.
await build({
  entryPoints: ['bench/loop-render-page.tsx'],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  outdir,
  logLevel: 'warning',
});

const run = spawnSync(process.execPath, [path.join(outdir, 'main.js'), ...args.filter((a) => a !== '--no-build')], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_ROOT: root, ...(buildNote ? { BENCH_BUILD_NOTE: buildNote } : {}) },
});
process.exit(run.status ?? 1);
