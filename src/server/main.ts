import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../core/config';
import { migrate } from '../core/db/migrate';
import { buildApp } from '../core/http/app';
import { projectRoot } from '../core/project-root';
import { features } from './features';
import { openDatabase } from './open-database';

const startedAt = performance.now();
const config = loadConfig(process.env, { webRoot: path.join(projectRoot(), 'dist', 'web') });
const db = await openDatabase(config);
await migrate(db);
const app = await buildApp({ config, db, features });
await app.api.listen({ port: config.port, host: config.host });

const address = app.api.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const lan = Object.values(networkInterfaces())
  .flat()
  .filter((i) => i && i.family === 'IPv4' && !i.internal)
  .map((i) => `http://${i!.address}:${port}`);
const database = db.kind === 'pglite' ? `embedded PGlite in ${path.resolve(config.dataDir)}` : 'PostgreSQL (DATABASE_URL)';
console.log(`\nOffbeat is running on ${database}\n  Open: http://localhost:${port}\n${lan.map((u) => `  On your phone (same Wi-Fi): ${u}`).join('\n')}\n`);
console.log(`ready in ${Math.round(performance.now() - startedAt)} ms`);

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
