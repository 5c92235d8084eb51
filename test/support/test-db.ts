import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openPostgres, wrapPglite, type Database } from '../../src/core/db/database';
import { migrate } from '../../src/core/db/migrate';
import { imageKey, makeMigratedImage } from '../../src/core/db/pglite-image';
import { projectRoot } from '../../src/core/project-root';

/** Which database the integration suite runs on: `TEST_DB=pglite` (default) or `TEST_DB=postgres`. */
export const testDbKind = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

export interface TestDatabase {
  db: Database;
  /** Unique per test database, so NOTIFY traffic never crosses between parallel runs. */
  channel: string;
  /** Opens another connection pool onto the same database (a second "app process"). */
  openAnother(): Promise<Database>;
  drop(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a new schema on the PostgreSQL server. */
export async function createTestDatabase(kind = testDbKind): Promise<TestDatabase> {
  const suffix = randomBytes(6).toString('hex');
  const channel = `offbeat_test_${suffix}`;
  if (kind === 'pglite') {
    const db = wrapPglite(await PGlite.create({ loadDataDir: await migratedPgliteImage() }));
    // A no-op unless the image is stale; keeps the database right whatever the cache holds.
    await migrate(db);
    return {
      db,
      channel,
      openAnother: () => Promise.reject(new Error('PGlite is one process; use TEST_DB=postgres for multi-process tests')),
      drop: () => db.close(),
    };
  }
  const schema = `test_${suffix}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const opened: Database[] = [];
  const open = async () => {
    const db = await openPostgres({ connectionString: postgresUrl, schema, max: 5 });
    opened.push(db);
    return db;
  };
  const db = await open();
  await migrate(db);
  return {
    db,
    channel,
    openAnother: open,
    async drop() {
      await Promise.all(opened.map((d) => d.close().catch(() => {})));
      const cleanup = new pg.Client({ connectionString: postgresUrl });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

/**
 * A PGlite data directory with every migration applied, cached on disk by the
 * migrations' content: starting from it skips initdb and the migrations, which
 * is most of a test file's start-up time on PGlite.
 */
async function migratedPgliteImage(): Promise<Blob> {
  const key = await imageKey();
  const dir = path.join(projectRoot(), 'node_modules', '.cache', 'offbeat-test');
  const file = path.join(dir, `pglite-${key}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    // Uncompressed: every test file reads it, and unpacking is faster than gunzipping.
    const { bytes } = await makeMigratedImage('none');
    await mkdir(dir, { recursive: true });
    // Write then rename, so a parallel test file never reads half an image.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(temp, bytes);
    await rename(temp, file);
    return new Blob([bytes]);
  }
}

/** A database opened some other way (a PGlite folder, a restored schema), served and closed like a test database. */
export function asTestDatabase(db: Database, drop: () => Promise<void> = () => db.close()): TestDatabase {
  return {
    db,
    channel: `offbeat_test_${randomBytes(6).toString('hex')}`,
    openAnother: () => Promise.reject(new Error('one process only')),
    drop,
  };
}

/** A new, empty (unmigrated) schema on the PostgreSQL server, and a DATABASE_URL that uses it. */
export async function emptyPostgresSchema(): Promise<{ schema: string; url: string; open(): Promise<Database>; drop(): Promise<void> }> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    schema,
    url: url.toString(),
    open: () => openPostgres({ connectionString: postgresUrl, schema, max: 5 }),
    async drop() {
      const cleanup = new pg.Client({ connectionString: postgresUrl });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
