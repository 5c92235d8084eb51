#!/usr/bin/env node
// `npm run backup [-- FILE]`, `npm run restore -- FILE`, `npm run move-to-postgres -- postgres://…`,
// `npm run reset-link -- EMAIL`:
// src/server/ops.ts bundled with esbuild (the packages stay external) and run, with the same
// environment as the server (DATA_DIR, MEDIA_DIR, DATABASE_URL, BACKUP_DIR). No build needed.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules so the bundle resolves the project's packages; one file per run, so
// two commands at once never read each other's half-written bundle.
const dir = path.join(root, 'node_modules/.cache/offbeat-ops');
mkdirSync(dir, { recursive: true });
const outfile = path.join(dir, `ops-${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
let ops;
try {
  await build({
    entryPoints: [path.join(root, 'src/server/ops.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  ops = await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true });
}
process.exitCode = await ops.main(process.argv.slice(2));
