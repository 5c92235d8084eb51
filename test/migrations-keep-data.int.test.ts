import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, wrapPglite, type Database } from '../src/core/db/database';
import { loadMigrations, migrate } from '../src/core/db/migrate';
import { postgresUrl, testDbKind } from './support/test-db';

/**
 * Migrations that reshape rows a couple already has must keep them: a
 * database is brought to just before them, given data the old way, then
 * migrated on (PGlite, or PostgreSQL with TEST_DB=postgres).
 */
let db: Database;
let dropSchema: (() => Promise<void>) | null = null;
beforeAll(async () => {
  if (testDbKind === 'pglite') {
    db = wrapPglite(await PGlite.create());
    return;
  }
  const schema = `test_keep_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  db = await openPostgres({ connectionString: postgresUrl, schema, max: 2 });
  dropSchema = async () => {
    const cleanup = new pg.Client({ connectionString: postgresUrl });
    await cleanup.connect();
    await cleanup.query(`drop schema ${schema} cascade`);
    await cleanup.end();
  };
});
afterAll(async () => {
  await db?.close();
  await dropSchema?.();
});

describe('said and meant, and rupture views, on a database that already has data', () => {
  it('renames the phrases to said and meant, and turns each rupture’s one view into its logger’s view', async () => {
    const all = await loadMigrations();
    await migrate(db, all.filter((m) => m.version <= 11));
    const [alex] = await db.query<{ id: string }>(`insert into users (email, email_normalized, display_name, password_hash) values ('a@x.test', 'a@x.test', 'Alex', 'x') returning id`);
    const [blair] = await db.query<{ id: string }>(`insert into users (email, email_normalized, display_name, password_hash) values ('b@x.test', 'b@x.test', 'Blair', 'x') returning id`);
    const [couple] = await db.query<{ id: string }>(`insert into couples (name) values ('Us') returning id`);
    await db.query(`insert into couple_members (couple_id, user_id, slot) values ($1, $2, 1), ($1, $3, 2)`, [couple!.id, alex!.id, blair!.id]);
    const [pair] = await db.query<{ id: string }>(`insert into phrases (owner_id, said, meant, shared) values ($1, 'Fine.', 'I am hurt', true) returning id`, [alex!.id]);
    await db.query(`insert into couple_events (couple_id, seq, type, actor_id, payload) values ($1, 1, 'phrase.shared', $2, $3)`, [couple!.id, alex!.id, JSON.stringify({ phraseId: pair!.id })]);
    const [rupture] = await db.query<{ id: string }>(
      `insert into ruptures (couple_id, topic, intensity, reached_by, withdrew_by, logged_by) values ($1, 'money', 6, $2, $3, $2) returning id`,
      [couple!.id, alex!.id, blair!.id],
    );

    await migrate(db, all);

    // Shared then with Blair: now shared into the space the two are in (migration 0017).
    expect(await db.query('select said, meant, shared_in as "sharedIn" from said_and_meant where id = $1', [pair!.id])).toEqual([{ said: 'Fine.', meant: 'I am hurt', sharedIn: couple!.id }]);
    expect(await db.query(`select type, payload from couple_events where couple_id = $1`, [couple!.id])).toEqual([{ type: 'said_and_meant.shared', payload: { pairId: pair!.id } }]);
    expect(
      await db.query('select author_id as "authorId", intensity, reached_by as "reachedBy", withdrew_by as "withdrewBy" from rupture_views where rupture_id = $1', [rupture!.id]),
    ).toEqual([{ authorId: alex!.id, intensity: 6, reachedBy: alex!.id, withdrewBy: blair!.id }]);
    const columns = await db.query<{ column: string }>(`select column_name as "column" from information_schema.columns where table_schema = current_schema() and table_name = 'ruptures'`);
    expect(columns.map((c) => c.column)).not.toContain('intensity');
  });
});
