/**
 * One "app process" that only migrates: `node migrate-process.mjs <url> <schema>`
 * prints the versions it applied as JSON. The migration concurrency test
 * starts several at once against the same fresh schema.
 */
import { openPostgres } from '../../src/core/db/database';
import { migrate } from '../../src/core/db/migrate';

const [url, schema] = process.argv.slice(2);
const db = await openPostgres({ connectionString: url!, schema: schema!, max: 2 });
try {
  process.stdout.write(JSON.stringify(await migrate(db)));
} finally {
  await db.close();
}
