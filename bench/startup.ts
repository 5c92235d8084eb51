// Start-up time: process spawn → GET /api/health answers 200.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, httpStatus, sleep, stats, type Stats } from './lib';

const POLL_MS = 5;
const GIVE_UP_MS = 120_000; // a cold start on a busy 2-core machine can take 20 s+

/** Spawns `node args…` with PORT set, polls /api/health, and stops the process once it answers. */
async function timeToHealthy(root: string, args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    while (performance.now() - start < GIVE_UP_MS) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${stderr.slice(-500)}`);
      if ((await httpStatus(`http://127.0.0.1:${port}/api/health`)) === 200) return performance.now() - start;
      await sleep(POLL_MS);
    }
    throw new Error(`no answer in ${GIVE_UP_MS} ms`);
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
  }
}

const HELLO_FASTIFY = `import('fastify').then(async ({ default: Fastify }) => {
  const app = Fastify();
  app.get('/api/health', async () => ({ ok: true }));
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
});`;

/** The embedded database's share: hello-world Fastify that first opens PGlite on the same data dir. */
const HELLO_PGLITE = `Promise.all([import('fastify'), import('@electric-sql/pglite')]).then(async ([{ default: Fastify }, { PGlite }]) => {
  const db = await PGlite.create(process.env.PGLITE_DIR);
  await db.query('select 1');
  const app = Fastify();
  app.get('/api/health', async () => ({ ok: true }));
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
});`;

export interface StartupResult {
  helloFastify: Stats;
  helloPglite: Stats;
  cold: Stats;
  warm: Stats;
}

export async function runStartup(root: string, runs: { cold: number; warm: number }): Promise<StartupResult> {
  const main = path.join(root, 'dist/server/main.js');
  if (!existsSync(main)) throw new Error('dist/server/main.js is missing (the server build failed)');
  const serverEnv = (dataDir: string) => ({ HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });

  const hello: number[] = [];
  for (let i = 0; i < runs.warm; i++) hello.push(await timeToHealthy(root, ['-e', HELLO_FASTIFY], {}));

  // Cold: an empty data directory, so PGlite creates the cluster and every migration runs.
  const cold: number[] = [];
  const warm: number[] = [];
  const helloPglite: number[] = [];
  for (let i = 0; i < runs.cold; i++) {
    const dir = await mkdtemp(path.join(tmpdir(), 'offbeat-start-'));
    try {
      cold.push(await timeToHealthy(root, [main], serverEnv(dir)));
      // Warm: the same directory again, migrations already applied.
      if (i === 0) {
        for (let j = 0; j < runs.warm; j++) warm.push(await timeToHealthy(root, [main], serverEnv(dir)));
        for (let j = 0; j < runs.warm; j++) helloPglite.push(await timeToHealthy(root, ['-e', HELLO_PGLITE], { PGLITE_DIR: path.join(dir, 'pglite') }));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { helloFastify: stats(hello), helloPglite: stats(helloPglite), cold: stats(cold), warm: stats(warm) };
}
