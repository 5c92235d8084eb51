import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/core/db/database';
import { migrate } from '../../src/core/db/migrate';

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
    const db = await openPglite();
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
