// Couples for the benches, inserted straight into the database: signing 20,000 people up over
// HTTP would time argon2, not the live path. The rows are what sign-up and joining leave:
// two partner accounts (one precomputed argon2id hash), the couple, its two members, and a
// session each, stored as the app stores it (only the token's SHA-256; the CSRF token derived).
import argon2 from 'argon2';
import pg from 'pg';
import { csrfTokenFor, hashToken, randomToken } from '../src/core/auth/tokens';
import { openPostgres, type Database, type Queryable } from '../src/core/db/database';
import type { Person } from './offbeat-server';

export type SeededCouple = { a: Person; b: Person };

/** Rows per statement: big enough that 10,000 couples take a few dozen round trips. */
const BATCH = 1000;

export async function seedCouples(db: Queryable, n: number): Promise<SeededCouple[]> {
  const hash = await argon2.hash('bench passphrase', { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const couples: SeededCouple[] = [];
  for (let first = 0; first < n; first += BATCH) {
    const batch = [...Array(Math.min(BATCH, n - first)).keys()].map((j) => first + j);
    const emails = batch.flatMap((i) => [`a${i}@bench.test`, `b${i}@bench.test`]);
    const users = await db.query<{ id: string; email: string }>(
      `insert into users (email, email_normalized, display_name, password_hash)
       select e, e, d, $3 from unnest($1::text[], $2::text[]) as t(e, d) returning id, email`,
      [emails, batch.flatMap(() => ['Alex', 'Blair']), hash],
    );
    const userOf = new Map(users.map((u) => [u.email, u.id]));
    const rows = await db.query<{ id: string; name: string }>(`insert into couples (name) select unnest($1::text[]) returning id, name`, [
      batch.map((i) => `Couple ${i}`),
    ]);
    const coupleOf = new Map(rows.map((c) => [c.name, c.id]));
    const people = batch.map((i) => ({ couple: coupleOf.get(`Couple ${i}`)!, a: userOf.get(`a${i}@bench.test`)!, b: userOf.get(`b${i}@bench.test`)! }));
    await db.query(
      `insert into couple_members (couple_id, user_id, slot) select * from unnest($1::uuid[], $2::uuid[], $3::smallint[])`,
      [people.flatMap((p) => [p.couple, p.couple]), people.flatMap((p) => [p.a, p.b]), people.flatMap(() => [1, 2])],
    );
    const persons = people.map((p) => ({ a: person(p.a), b: person(p.b) }));
    await db.query(
      `insert into sessions (id, user_id, user_agent, expires_at)
       select id, user_id, 'bench', now() + interval '1 day' from unnest($1::text[], $2::uuid[]) as t(id, user_id)`,
      [persons.flatMap((c) => [hashToken(c.a.token), hashToken(c.b.token)]), persons.flatMap((c) => [c.a.userId, c.b.userId])],
    );
    couples.push(...persons);
  }
  return couples;
}

function person(userId: string): Person {
  const token = randomToken();
  return { userId, token, csrf: csrfTokenFor(token) };
}

/** A new, empty schema on `url` and a pool onto it; `drop` closes the pool and removes the schema with everything in it. */
export async function freshSchema(url: string, schema: string): Promise<{ db: Database; drop: () => Promise<void> }> {
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`create schema ${schema}`);
  // Production's pool size (openDatabase does not set one).
  const db = await openPostgres({ connectionString: url, schema });
  return {
    db,
    async drop() {
      await db.close().catch(() => {});
      await admin(`drop schema ${schema} cascade`);
    },
  };
}
