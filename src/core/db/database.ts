import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createDurablePglite, fsyncPath, fsyncTree } from './durable-pglite';

/**
 * The one database interface every feature uses. Two implementations run the
 * same SQL: PGlite (embedded, the default) and PostgreSQL (production, via
 * DATABASE_URL). Keep SQL to what both accept.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Inside a transaction: runs `callback` once the transaction has committed (never if it rolls back). */
  onCommit?(callback: () => void): void;
}

/** Collects a transaction's after-commit callbacks, and runs them once it has committed. */
function commitHooks() {
  const callbacks: Array<() => void> = [];
  return {
    add: (callback: () => void) => void callbacks.push(callback),
    run() {
      for (const callback of callbacks) {
        try {
          callback();
        } catch {
          // The transaction is saved; a failing follow-up must not make it look failed.
        }
      }
    },
  };
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction; throws roll it back. Inside `fn` use only
   * `tx`: PGlite is one connection, so a query on the outer handle would wait
   * for this very transaction forever.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `fn` on one connection, for session-scoped work such as advisory locks. */
  withConnection<T>(fn: (conn: Queryable & Pick<Database, 'transaction'>) => Promise<T>): Promise<T>;
  /**
   * Subscribes to NOTIFY on `channel`; resolves to an unsubscribe function. If the
   * listening connection is lost it is re-established, and `onResume` is called
   * then: notifications sent in between are gone, so the caller catches up.
   */
  listen(channel: string, onPayload: (payload: string) => void, onResume?: () => void): Promise<() => Promise<void>>;
  /** PostgreSQL: whether the listening connection is up now (false from its loss until it is listening again). PGlite listens in process. */
  isListening?(): boolean;
  close(): Promise<void>;
  /** PostgreSQL's connection pool now, for metrics (PGlite has no pool). */
  poolStats?(): { total: number; idle: number; waiting: number };
  /** PostgreSQL: calls `observer` with the time of each query and each whole transaction, for metrics; returns its removal. */
  observeTimings?(observer: TimingObserver): () => void;
}

export type TimingObserver = (kind: 'query' | 'transaction', seconds: number) => void;

/**
 * Opens the embedded database, durably when it lives in `dataDir`: each commit is
 * fsynced before it is acknowledged (see durable-pglite.ts). `seed`, an archive of
 * a migrated data directory, is used only when `dataDir` holds no database yet: it
 * saves initdb on a first start. A database made by an earlier version (fsync off)
 * opens as it is; from then on it is written durably too.
 */
export async function openPglite(dataDir?: string, seed?: Blob): Promise<Database> {
  if (!dataDir) return wrapPglite(await PGlite.create());
  // Present while a seed is unpacked and not yet on disk: a first start that died there left
  // no acknowledged data, only files that may be torn, so it starts over.
  const seeding = path.join(path.dirname(dataDir), `.${path.basename(dataDir)}-seeding`);
  if (existsSync(seeding)) rmSync(dataDir, { recursive: true, force: true });
  if (!seed || existsSync(path.join(dataDir, 'PG_VERSION'))) return wrapPglite(await createDurablePglite(dataDir));
  writeFileSync(seeding, '');
  fsyncPath(path.dirname(dataDir));
  const db = await createDurablePglite(dataDir, { loadDataDir: seed });
  fsyncTree(dataDir);
  rmSync(seeding);
  // The marker's removal must be on disk before anything is acknowledged: a marker back after
  // a crash would wipe the database.
  fsyncPath(path.dirname(dataDir));
  return wrapPglite(db);
}

/** The Database interface over an open PGlite (tests open theirs from a migrated image). */
export function wrapPglite(db: PGlite): Database {
  const self: Database = {
    kind: 'pglite',
    async query<T>(text: string, params: unknown[] = []) {
      const result = await db.query<T>(text, params);
      return result.rows;
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const hooks = commitHooks();
      const result = await db.transaction((tx) =>
        fn({
          async query<R>(text: string, params: unknown[] = []) {
            return (await tx.query<R>(text, params)).rows;
          },
          onCommit: hooks.add,
        }),
      );
      hooks.run();
      return result;
    },
    // PGlite is a single connection, so the whole database is "one connection".
    withConnection: (fn) => fn(self),
    async listen(channel, onPayload) {
      const unlisten = await db.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => db.close(),
  };
  return self;
}

export interface PostgresOptions {
  connectionString: string;
  /** Isolates a test run in its own schema. */
  schema?: string;
  max?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const clientConfig: pg.ClientConfig = {
    connectionString: options.connectionString,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
  // Idle connections stay open for minutes, not pg's default 10 s: opening one on a burst costs
  // milliseconds on the request that waits for it.
  // Pipeline mode: a query is written at once, not after the previous answer; answers still come
  // back in order, each statement with its own Sync. A transaction's BEGIN rides on it (below), and
  // so do statements a route sends together on purpose (Promise.all on one transaction, decision 0022).
  const pool = new pg.Pool({ ...clientConfig, pipeline: true, max: options.max ?? 10, idleTimeoutMillis: 5 * 60_000 });
  // An idle client that errors (e.g. server restart) must not crash the process.
  pool.on('error', () => {});

  async function runTransaction<T>(client: pg.PoolClient, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    // BEGIN travels with the transaction's first statement instead of taking a round trip of its
    // own (decision 0022). Its answer arrives before that statement's, and is checked before COMMIT.
    const begun = client.query('BEGIN');
    begun.catch(() => {}); // awaited below; a failure must not be reported twice
    const hooks = commitHooks();
    let result: T;
    try {
      result = await fn({ ...clientQueryable(client), onCommit: hooks.add });
      await begun;
      // A transaction that hit an error someone caught answers COMMIT with ROLLBACK: nothing was
      // saved, so it must not look saved (PGlite throws here by itself).
      const committed = await client.query('COMMIT');
      if (committed.command !== 'COMMIT') throw new Error('transaction rolled back at COMMIT: a statement in it had failed');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
    hooks.run();
    return result;
  }

  // One dedicated connection carries every LISTEN. When it drops (a restart, a network
  // blip, an idle timeout) it is reopened with back-off and every channel listened again.
  const listeners = new Map<string, Set<(payload: string) => void>>();
  const resumers = new Set<() => void>();
  let listenClient: Promise<pg.Client> | undefined;
  let listenConnected = false;
  let closed = false;

  async function openListenClient(): Promise<pg.Client> {
    const client = new pg.Client(clientConfig);
    client.on('error', () => {}); // an 'end' follows; that is where we recover
    client.on('notification', (msg) => {
      for (const cb of listeners.get(msg.channel) ?? []) cb(msg.payload ?? '');
    });
    await client.connect();
    client.on('end', () => {
      listenConnected = false;
      if (closed) return;
      listenClient = undefined;
      reconnect(0);
    });
    for (const channel of listeners.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    listenConnected = true;
    return client;
  }

  function ensureListenClient(): Promise<pg.Client> {
    listenClient ??= openListenClient().catch((error) => {
      listenClient = undefined;
      throw error;
    });
    return listenClient;
  }

  function reconnect(attempt: number): void {
    const timer = setTimeout(() => {
      if (closed) return;
      ensureListenClient().then(
        () => {
          for (const resume of resumers) resume();
        },
        () => reconnect(attempt + 1),
      );
    }, Math.min(50 * 2 ** attempt, 5_000));
    timer.unref();
  }

  const observers = new Set<TimingObserver>();
  async function timed<T>(kind: 'query' | 'transaction', run: () => Promise<T>): Promise<T> {
    if (observers.size === 0) return run();
    const started = performance.now();
    try {
      return await run();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      for (const observe of observers) observe(kind, seconds);
    }
  }

  await pool.query('select 1');
  return {
    kind: 'postgres',
    query<T>(text: string, params: unknown[] = []) {
      return timed('query', async () => (await pool.query(text, params)).rows as T[]);
    },
    transaction(fn) {
      return timed('transaction', async () => {
        const client = await pool.connect();
        try {
          return await runTransaction(client, fn);
        } finally {
          client.release();
        }
      });
    },
    async withConnection(fn) {
      const client = await pool.connect();
      try {
        return await fn({ ...clientQueryable(client), transaction: (inner) => runTransaction(client, inner) });
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload, onResume) {
      const client = await ensureListenClient();
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      }
      set.add(onPayload);
      if (onResume) resumers.add(onResume);
      return async () => {
        set.delete(onPayload);
        if (onResume) resumers.delete(onResume);
        if (set.size === 0) {
          listeners.delete(channel);
          const current = await listenClient?.catch(() => undefined);
          await current?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => {});
        }
      };
    },
    isListening: () => listenConnected,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    observeTimings(observer) {
      observers.add(observer);
      return () => observers.delete(observer);
    },
    async close() {
      closed = true;
      const current = await listenClient?.catch(() => undefined);
      await current?.end().catch(() => {});
      await pool.end();
    },
  };
}

function clientQueryable(client: pg.PoolClient): Queryable {
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
  };
}
