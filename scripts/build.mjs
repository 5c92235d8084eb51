#!/usr/bin/env node
// `npm run build [-- --quiet]`: the web app with Vite (which also writes brotli and gzip copies of
// its files), the server entry points (TypeScript → one ESM file each; node_modules stay external),
// then the migrated PGlite image a first start loads instead of running initdb.
// --quiet (npm start, npm run demo, the bench) keeps Vite to warnings and errors.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { build as buildWeb } from 'vite';
import { serverBuildOptions } from './server-build.mjs';

const quiet = process.argv.includes('--quiet');

await buildWeb({ logLevel: quiet ? 'warn' : 'info' });

await build(serverBuildOptions());

const seed = spawnSync(process.execPath, ['dist/server/make-pglite-seed.js'], { stdio: 'inherit' });
if (seed.status !== 0) process.exit(seed.status ?? 1);
