import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../core/config';
import { openPglite, openPostgres, type Database } from '../core/db/database';
import { imageKey } from '../core/db/pglite-image';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite under DATA_DIR. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgres({ connectionString: config.databaseUrl });
  const dir = path.resolve(config.dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  return openPglite(dir, await builtSeed());
}

/** Where the build leaves the migrated image for a first start (see scripts/build.mjs). */
export function seedPath(key: string, besides = path.dirname(fileURLToPath(import.meta.url))): string {
  return path.join(besides, `pglite-seed-${key}.tar.gz`);
}

/** The image made by this build for these migrations, if there is one; otherwise a first start runs initdb. */
async function builtSeed(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(seedPath(await imageKey()))]);
  } catch {
    return undefined;
  }
}
