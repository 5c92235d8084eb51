import path from 'node:path';
import { loadConfig } from '../core/config';
import { migrate } from '../core/db/migrate';
import { buildApp } from '../core/http/app';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SPACE, seedDemoCouple } from './demo/seed';
import { features } from './features';
import { openDatabase } from './open-database';

/** `npm run demo`: creates the demo couple in the configured database, then says how to try both sides. */
const config = loadConfig();
const db = await openDatabase(config);
await migrate(db);
// The app itself, never listening: the demo history goes in through its routes.
const app = await buildApp({ config, db, features });
await seedDemoCouple(app);
await app.close();
await db.close();

const url = config.publicOrigin ?? `http://localhost:${config.port}`;
console.log(`
Demo couple ready: "${DEMO_SPACE}", with a history to look through — their pattern map
(both sides shared), a pause yesterday and how they came back, a repair, rituals and a joy photo.

  1. Start Offbeat:              npm run serve   (or npm start)
  2. Window one:                 ${url}  → log in as ${DEMO_PEOPLE[0].email}
  3. A private/incognito window: ${url}  → log in as ${DEMO_PEOPLE[1].email}
     Password for both: ${DEMO_PASSWORD}

Each window is one partner. Running npm run demo again resets the demo couple (other accounts are untouched).
Data: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : path.resolve(config.dataDir)}
`);
