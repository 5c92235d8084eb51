import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Runs the built app (`dist/server/main.js`, serving `dist/web`) exactly as in
 * production, as child processes on free ports:
 * - one process on the embedded PGlite (a fresh DATA_DIR), or
 * - two processes sharing one PostgreSQL database, isolated in a fresh schema
 *   (passed with `options=-c search_path=…` in DATABASE_URL), so partner A and
 *   partner B can be served by different processes.
 */

export const POSTGRES_URL = process.env.E2E_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const MAIN = path.resolve('dist/server/main.js');

export interface AppProcess {
  url: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** The running server's process id (e.g. to trace its system calls). */
  pid(): number;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`, default 5 s); resolves to the exit code (null if killed). */
  stop(graceMs?: number): Promise<number | null>;
  /**
   * Stops the process (SIGKILL with `kill`, as in a crash) and starts it again
   * with the same environment (data) on the same port, so open pages reconnect
   * to "the same server" once it is back.
   */
  restart(options?: { kill?: boolean }): Promise<void>;
}

export interface Deployment {
  mode: 'one-process' | 'two-process';
  /** Where partner A's browser goes, and partner B's (the same process in one-process mode). */
  a: AppProcess;
  b: AppProcess;
  /** Two-process mode: the database both share (with its schema), for set-up no screen offers yet. */
  databaseUrl?: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const BASE_ENV = {
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  ARGON2_MEMORY_KIB: '1024',
  ARGON2_ITERATIONS: '1',
  AUTH_RATE_LIMIT: '1000',
};

interface Running {
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** `main`: the built server to run; integration tests pass one they bundled themselves (test/support/server-bundle.ts). */
export async function startAppProcess(env: Record<string, string>, main = MAIN): Promise<AppProcess> {
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...BASE_ENV, ...env, PORT: String(port) };
  // Absent, not empty: an empty DATABASE_URL is invalid configuration, and PGlite is used only when it is unset.
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const url = `http://127.0.0.1:${port}`;
  let output = '';

  const spawnReady = async (): Promise<Running> => {
    const child: ChildProcess = spawn(process.execPath, [main], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before it was ready:\n${output}`);
      try {
        const res = await fetch(`${url}/readyz`);
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`server did not become ready in 60 s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    return { child, exited };
  };

  const stopRunning = async ({ child, exited }: Running, kill = false, graceMs = 5000): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill(kill ? 'SIGKILL' : 'SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };

  let running = await spawnReady();
  return {
    url,
    output: () => output,
    pid: () => running.child.pid!,
    stop: (graceMs) => stopRunning(running, false, graceMs),
    async restart(options = {}) {
      await stopRunning(running, options.kill);
      running = await spawnReady();
    },
  };
}

/** One process on a fresh embedded PGlite. */
export async function startOneProcess(): Promise<Deployment> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'offbeat-e2e-'));
  const app = await startAppProcess({ DATA_DIR: dataDir });
  return {
    mode: 'one-process',
    a: app,
    b: app,
    async stop() {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Two processes on one PostgreSQL database, in a schema of their own that is dropped afterwards. */
export async function startTwoProcesses(): Promise<Deployment> {
  const schema = `e2e_${randomBytes(5).toString('hex')}`;
  await withAdmin((c) => c.query(`create schema ${schema}`));
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const env = { DATABASE_URL: url.toString(), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'offbeat-e2e-')) };
  const started = await Promise.allSettled([startAppProcess(env), startAppProcess(env)]);
  const apps = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stopAll = async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await withAdmin((c) => c.query(`drop schema if exists ${schema} cascade`));
    rmSync(env.DATA_DIR, { recursive: true, force: true });
  };
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await stopAll();
    throw failed.reason;
  }
  // The servers must have migrated into our schema, not into whatever search_path defaults to.
  const [{ n }] = (await withAdmin((c) =>
    c.query(`select count(*)::int as n from information_schema.tables where table_schema = $1 and table_name in ('users', 'couples', 'schema_migrations')`, [schema]),
  )).rows as [{ n: number }];
  if (n !== 3) {
    await stopAll();
    throw new Error(`the servers did not use schema ${schema} (found ${n} of 3 tables there)`);
  }
  return { mode: 'two-process', a: apps[0]!, b: apps[1]!, databaseUrl: env.DATABASE_URL, stop: stopAll };
}

export async function canReachPostgres(): Promise<boolean> {
  try {
    await withAdmin((c) => c.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function startDeployment(mode: Deployment['mode']): Promise<Deployment> {
  return mode === 'one-process' ? startOneProcess() : startTwoProcesses();
}
