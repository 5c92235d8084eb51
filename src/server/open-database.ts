import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../core/config';
import { openPglite, openPostgres, type Database } from '../core/db/database';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite under DATA_DIR. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgres({ connectionString: config.databaseUrl });
  const dir = path.resolve(config.dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  return openPglite(dir);
}
