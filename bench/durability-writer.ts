// One engine's commit run for the durability bench (bench/durability.ts): N single-row
// INSERT commits, one after another, each timed until acknowledged. Prints one JSON line.
//   node durability-writer.js <engine> <dir-or-url> <commits>
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createDurablePglite } from '../src/core/db/durable-pglite';

export type Engine = 'pglite-fsync-off' | 'pglite-durable' | 'postgres';

interface Session {
  query(sql: string, params?: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

async function open(engine: Engine, where: string): Promise<Session> {
  if (engine === 'postgres') {
    const client = new pg.Client({ connectionString: where });
    await client.connect();
    return { query: (sql, params) => client.query(sql, params), close: () => client.end() };
  }
  mkdirSync(where, { recursive: true });
  // PGlite as Offbeat ran it before decision 0007: the library's defaults, fsync off.
  const db = engine === 'pglite-durable' ? await createDurablePglite(where) : await PGlite.create(where);
  return { query: (sql, params) => db.query(sql, params), close: () => db.close() };
}

const [engine, where, count] = process.argv.slice(2) as [Engine, string, string];
const session = await open(engine, where);
await session.query('create table if not exists bench_commits (id serial primary key, words text not null)');
const latencies: number[] = [];
const started = performance.now();
for (let i = 0; i < Number(count); i += 1) {
  const at = performance.now();
  await session.query('insert into bench_commits (words) values ($1)', [`a sentence someone wrote, number ${i}`]);
  latencies.push(performance.now() - at);
}
const seconds = (performance.now() - started) / 1000;
await session.close();
console.log(JSON.stringify({ latencies, seconds }));
