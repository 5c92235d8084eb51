// Child process: a real Offbeat server (the app main.ts builds) with BENCH_COUPLES
// couples seeded straight into the database, so the parent can open one
// authenticated socket per person. BENCH_DB=pglite (a fresh data dir) or postgres
// (a fresh schema on BENCH_POSTGRES_URL, dropped on stop). BENCH_JOIN_SCHEMA=<schema>:
// a second process serving the first one's PostgreSQL schema, seeding nothing.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { loadConfig } from '../src/core/config';
import { openPglite, openPostgres, type Database, type Queryable } from '../src/core/db/database';
import { migrate } from '../src/core/db/migrate';
import { buildApp } from '../src/core/http/app';
import { features } from '../src/server/features';
import { onStop } from './lib';
import { freshSchema, seedCouples, type SeededCouple } from './seed';

export interface Person {
  userId: string;
  token: string;
  csrf: string;
}
export interface OffbeatReady {
  url: string;
  couples: SeededCouple[];
  seedMs: number;
  /** The PostgreSQL schema (null on PGlite), for a second process to join. */
  schema: string | null;
}

const kind = process.env.BENCH_DB === 'postgres' ? 'postgres' : 'pglite';
const coupleCount = Number(process.env.BENCH_COUPLES ?? 1000);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';
const joining = process.env.BENCH_JOIN_SCHEMA;
const schema = joining ?? `bench_${randomBytes(4).toString('hex')}`;

async function open(): Promise<{ db: Database; cleanup: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'offbeat-bench-'));
    const db = await openPglite(path.join(dir, 'pglite'));
    return { db, cleanup: () => rm(dir, { recursive: true, force: true }) };
  }
  if (joining) return { db: await openPostgres({ connectionString: postgresUrl, schema }), cleanup: async () => {} };
  const { db, drop } = await freshSchema(postgresUrl, schema);
  return { db, cleanup: drop };
}

/** Diagnostics (BENCH_TRACE=1): statements slower than 50 ms and event-loop stalls, on stderr. */
function traced(inner: Database): Database {
  const wrap = (q: Queryable): Queryable => ({
    async query<T>(text: string, params?: unknown[]) {
      const start = performance.now();
      try {
        return await q.query<T>(text, params);
      } finally {
        const took = performance.now() - start;
        if (took > 50) console.error(`${new Date().toISOString()} slow statement ${took.toFixed(0)} ms: ${text.replace(/\s+/g, ' ').slice(0, 120)}`);
      }
    },
  });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 100) console.error(`${new Date().toISOString()} event loop stalled ${(now - last - 20).toFixed(0)} ms`);
    last = now;
  }, 20).unref();
  return { ...inner, ...wrap(inner), transaction: (fn) => inner.transaction((tx) => fn(wrap(tx))) };
}

// The default log level (info) as `npm start` runs it (no line per request since LOG_FILE / debug took those); the parent sends our stdout to a file.
// The live bus as the scale bench picks it (LIVE_BUS, NATS_URL); unset, the app's default.
const busEnv = Object.fromEntries(['LIVE_BUS', 'NATS_URL'].flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));
const config = loadConfig({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...busEnv });
// A configuration that does not know LIVE_BUS drops it without a word: the run would measure LISTEN/NOTIFY under another bus's name.
if (busEnv.LIVE_BUS && busEnv.LIVE_BUS !== 'postgres' && !JSON.stringify(config).includes(JSON.stringify(busEnv.LIVE_BUS))) {
  throw new Error(`LIVE_BUS=${busEnv.LIVE_BUS} is not known to this build's configuration (src/core/config.ts)`);
}

const { db, cleanup } = await open();
let seedMs = 0;
const couples = await (async () => {
  if (joining) return [];
  await migrate(db);
  const start = performance.now();
  const seeded = await db.transaction((tx) => seedCouples(tx, coupleCount));
  seedMs = performance.now() - start;
  return seeded;
})().catch(async (error) => {
  // Leave no data dir or schema behind when start-up fails.
  await db.close().catch(() => {});
  await cleanup();
  throw error;
});
// Its own NOTIFY channel per database: servers of other targets on the same PostgreSQL must not hear (and parse) this one's traffic.
const app = await buildApp({ config, db: process.env.BENCH_TRACE ? traced(db) : db, features, channel: `offbeat_events_${schema}` });
await app.api.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.api.server.address() as AddressInfo;

/**
 * Statements sent to PostgreSQL while profiling, by their first words: the round trips a request
 * makes (each pg query, BEGIN and COMMIT included, is one). PGlite runs in-process: not counted.
 */
const statements = new Map<string, number>();
/** Statements written while another was still unanswered on the same connection (pipelined): no round trip of their own. */
let pipelined = 0;
let counting = false;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client & { _activeQuery?: unknown; _sentQueryQueue?: unknown[] }, ...args: unknown[]) {
  if (counting) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text ?? '?';
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
    statements.set(key, (statements.get(key) ?? 0) + 1);
    // pg's own queue (internal fields, read only here): something sent and not yet answered.
    if (this.pipeline && (this._activeQuery || this._sentQueryQueue?.length)) pipelined++;
  }
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

// `npm run bench -- --profile`: the parent brackets the measured events with these.
const inspector = new Session();
process.on('message', (m) => {
  if (m === 'profile:start') {
    statements.clear();
    pipelined = 0;
    counting = true;
    inspector.connect();
    void inspector
      .post('Profiler.enable')
      .then(() => inspector.post('Profiler.setSamplingInterval', { interval: 250 }))
      .then(() => inspector.post('Profiler.start'))
      .then(() => process.send!({ profiling: true }));
  } else if (m === 'profile:stop') {
    counting = false;
    void inspector.post('Profiler.stop').then(({ profile }) => {
      const file = path.join(tmpdir(), `offbeat-bench-${kind}-${process.pid}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      process.send!({ profile: file, statements: [...statements].sort((a, b) => b[1] - a[1]), pipelined });
    });
  }
});

onStop(async () => {
  await app.close();
  await db.close();
  await cleanup();
});
process.send!({ ready: { url: `http://127.0.0.1:${port}`, couples, seedMs, schema: kind === 'postgres' ? schema : null } satisfies OffbeatReady });
