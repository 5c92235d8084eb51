import { loadConfig } from '../core/config';
import { migrate } from '../core/db/migrate';
import { argon2idHasher } from '../core/auth/passwords';
import { EventLog } from '../core/realtime/event-log';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemoCouple } from '../features/demo/seed';
import { openDatabase } from './open-database';

/** `npm run demo`: creates the demo couple in the configured database, then says how to try both sides. */
const config = loadConfig();
const db = await openDatabase(config);
await migrate(db);
await seedDemoCouple(db, new EventLog('offbeat_events'), argon2idHasher(config.argon2));
await db.close();

const url = config.publicOrigin ?? `http://localhost:${config.port}`;
console.log(`
Demo couple ready: "Alex & Blair", with a little history.

  1. Start Offbeat:            npm run serve   (or npm start)
  2. Window one:               ${url}  → log in as ${DEMO_PEOPLE[0].email}
  3. A private/incognito window: ${url}  → log in as ${DEMO_PEOPLE[1].email}
     Password for both: ${DEMO_PASSWORD}

Each window is one partner: watch presence and the activity feed update live.
Running npm run demo again resets the demo couple (other accounts are untouched).
`);
