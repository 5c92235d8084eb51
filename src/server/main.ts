import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../core/config';
import { migrate } from '../core/db/migrate';
import { buildApp } from '../core/http/app';
import { lanAddresses } from '../core/lan';
import { routineLevel } from '../core/log';
import { scheduleBackups } from '../core/ops/schedule';
import { projectRoot } from '../core/project-root';
import { features } from './features';
import { openDatabase } from './open-database';
import { readyMessage } from './ready-message';

const startedAt = performance.now();
const loaded = loadConfig(process.env, { webRoot: path.join(projectRoot(), 'dist', 'web') });
const lan = loaded.lanAddress ? [loaded.lanAddress] : lanAddresses(loaded.host, networkInterfaces());
const config = { ...loaded, lanAddress: lan[0] };
const db = await openDatabase(config);
await migrate(db);
const app = await buildApp({ config, db, features });

// Fastify announces each address as a JSON line; people get the plain lines below instead.
const level = app.api.log.level;
app.api.log.level = 'warn';
const address = await app.api.listen({ port: config.port, host: config.host });
app.api.log.level = level;
app.api.log[routineLevel(config.logFile)]({ address, lan }, 'listening');

const bound = app.api.server.address();
const port = typeof bound === 'object' && bound ? bound.port : config.port;
console.log(
  readyMessage({
    database: db.kind === 'pglite' ? { kind: 'pglite', dataDir: config.dataDir } : { kind: 'postgres' },
    host: config.host,
    port,
    lanAddresses: lan,
    publicOrigin: config.publicOrigin,
    startupMs: performance.now() - startedAt,
  }),
);

const stopBackups = scheduleBackups(db, config.mediaDir, config.backups, app.api.log);

let stopping = false;
/**
 * SIGTERM (systemd, docker stop) or Ctrl-C: not ready at once, new requests refused, sockets told
 * to reconnect elsewhere, requests in flight finished within SHUTDOWN_GRACE_SECONDS, then the
 * database closed. Should something still hang after that, the process ends anyway.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.api.log[routineLevel(config.logFile)]({ signal }, 'shutting down');
  setTimeout(() => {
    app.api.log.error('shutdown did not finish in time; exiting');
    process.exit(1);
  }, config.shutdownGraceMs + 5000).unref();
  stopBackups();
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
