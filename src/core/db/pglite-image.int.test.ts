import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from './database';
import { loadMigrations, migrate } from './migrate';
import { imageKey, makeMigratedImage } from './pglite-image';
import { testDbKind } from '../../../test/support/test-db';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

// The image is the embedded database's alone: the PostgreSQL run has nothing of it to prove.
describe.skipIf(testDbKind === 'postgres')('the migrated PGlite image a first start loads', () => {
  // Builds an image from scratch (initdb and every migration in WebAssembly): about 8 s of one core
  // alone, several times that beside the other suites' workers on a loaded 2-core machine.
  it('gives a new data dir every migration at once, and never replaces a database that is already there', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'offbeat-seed-'));
    dirs.push(dir);
    const image = await makeMigratedImage('gzip');
    const first = await openPglite(dir, new Blob([image.bytes]));
    expect(await migrate(first)).toEqual([]); // nothing left to apply
    await first.query(`insert into users (email, email_normalized, display_name, password_hash) values ('kept@x.test', 'kept@x.test', 'Kept', 'x')`);
    await first.close();

    const again = await openPglite(dir, new Blob([image.bytes]));
    expect(await again.query('select display_name as name from users')).toEqual([{ name: 'Kept' }]);
    await again.close();
  });

  it('is named by the migrations it holds, so a build with new migrations never loads an old image', async () => {
    const migrations = await loadMigrations();
    const changed = [...migrations, { version: 9999, name: '9999_later', sql: 'select 1' }];
    expect(await imageKey(migrations)).toBe(await imageKey());
    expect(await imageKey(changed)).not.toBe(await imageKey(migrations));
  });
});
