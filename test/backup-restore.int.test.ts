import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { wrapPglite } from '../src/core/db/database';
import { loadMigrations, migrate } from '../src/core/db/migrate';
import { diskMediaStore } from '../src/core/media-store';
import { OpsRefusal, backupName, pruneBackups, restoreBackup, writeBackup } from '../src/core/ops/backup';
import { moveDatabase } from '../src/core/ops/move';
import { copiedTables, migrationLevel, tablesWithData } from '../src/core/ops/tables';
import type { TestClient } from './support/client';
import { documentedRoutes, type DocumentedRoute } from './support/openapi';
import { installData, samePersonOn, seedInstall, type SeededInstall } from './support/seeded-install';
import { partnerReadsOf } from './support/side-by-side';
import { startTestApp, type TestApp } from './support/test-app';
import { asTestDatabase, createTestDatabase, emptyPostgresSchema, testDbKind } from './support/test-db';

/**
 * A backup restored into an empty install answers every read exactly as the original did, for
 * each partner and their therapist: same JSON bytes, same rows, same media bytes.
 */
/** Whole installs seeded, copied and read back route by route: seconds on a quiet machine, more on a shared one. */
const WHOLE_INSTALL = { timeout: 120_000 };

let work: string;
let source: TestApp;
let life: SeededInstall;
let reads: DocumentedRoute[];
let backupFile: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'offbeat-backup-test-'));
  source = await startTestApp({ mediaDir: path.join(work, 'source-media') });
  life = await seedInstall(source);
  reads = partnerReadsOf(await documentedRoutes(source.url));
  backupFile = path.join(work, 'backup.tar.gz');
  await writeBackup(source.db, path.join(work, 'source-media'), backupFile);
});
afterAll(async () => {
  await source.close();
  await rm(work, { recursive: true, force: true });
});

async function mediaFiles(dir: string): Promise<Record<string, string>> {
  const store = diskMediaStore(dir);
  const files = await store.list();
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f.key, (await store.get(f.key)).toString('base64')] as const)));
}

/** When an answer was made (an export's `madeAt`, the server's clock for a pause): the one thing two answers a moment apart may differ in. */
const answeredAt = (body: unknown) => JSON.stringify(body).replace(/"(madeAt|serverNow)":"[^"]+"/g, '"$1":"<now>"');

/** Every read of each person, on both servers, one right after the other: status and exact body. */
async function sameAnswers(a: TestApp, b: TestApp, people: TestClient[]): Promise<void> {
  const [mediaRow] = await a.db.query<{ id: string }>(`select id from media order by id limit 1`);
  const urls = [...reads.map((r) => r.url), `/api/media/${mediaRow!.id}`];
  for (const person of people) {
    const there = samePersonOn(person, b.url);
    for (const url of urls) {
      const [mine, theirs] = [await person.request('GET', url), await there.request('GET', url)];
      expect(`${theirs.status} ${answeredAt(theirs.body)}`, `${url} as ${person.userId}`).toBe(`${mine.status} ${answeredAt(mine.body)}`);
    }
  }
}

describe('backup and restore', () => {
  let restored: TestApp;
  const restoredMedia = () => path.join(work, 'restored-media');

  beforeAll(async () => {
    const target = await createTestDatabase();
    await restoreBackup(target.db, restoredMedia(), backupFile, work);
    restored = await startTestApp({ mediaDir: restoredMedia() }, { database: target });
  });
  afterAll(() => restored.close());

  it('gives an empty install the same rows, media bytes and answers for both partners and their therapist', WHOLE_INSTALL, async () => {
    const before = await installData(source.db);
    expect(await installData(restored.db)).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    const media = await mediaFiles(path.join(work, 'source-media'));
    expect(Object.keys(media)).toHaveLength(3); // two voice notes and a photo
    expect(await mediaFiles(restoredMedia())).toEqual(media);
    await sameAnswers(source, restored, [life.alex, life.blair, life.lee]);
  });

  it('refuses an install that already has data, or media files, and changes nothing', async () => {
    const before = await installData(restored.db);
    const media = await mediaFiles(restoredMedia());
    await expect(restoreBackup(restored.db, path.join(work, 'elsewhere'), backupFile, work)).rejects.toThrow(/already has data/);
    expect(await installData(restored.db)).toEqual(before);
    const empty = await createTestDatabase();
    try {
      await expect(restoreBackup(empty.db, restoredMedia(), backupFile, work)).rejects.toThrow(/media folder .* already holds files/);
      expect(await tablesWithData(empty.db, await copiedTables(empty.db))).toEqual([]);
    } finally {
      await empty.drop();
    }
    expect(await mediaFiles(restoredMedia())).toEqual(media);
  });

  it('refuses a cut-short, a damaged or an altered backup, leaving the empty install empty', async () => {
    const bytes = await readFile(backupFile);
    const cut = path.join(work, 'cut.tar.gz');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 0xff;
    const damaged = path.join(work, 'damaged.tar.gz');
    await writeFile(damaged, flipped);
    // A well-formed archive whose rows no longer match the manifest's digest.
    const unpacked = await mkdtemp(path.join(work, 'unpacked-'));
    await tar.x({ file: backupFile, cwd: unpacked });
    const journal = path.join(unpacked, 'tables', 'journal_entries.ndjson');
    await writeFile(journal, (await readFile(journal, 'utf8')).replace('journal alex-words', 'journal someone-else'));
    const altered = path.join(work, 'altered.tar.gz');
    await tar.c({ gzip: true, file: altered, cwd: unpacked }, ['manifest.json', 'tables', 'media']);
    // A link where a media file belongs, pointing out of the install.
    const withLink = await mkdtemp(path.join(work, 'with-link-'));
    await tar.x({ file: backupFile, cwd: withLink });
    await mkdir(path.join(withLink, 'media', 'aa'), { recursive: true });
    await symlink('/etc/hostname', path.join(withLink, 'media', 'aa', 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa'));
    const linked = path.join(work, 'linked.tar.gz');
    await tar.c({ gzip: true, file: linked, cwd: withLink }, ['manifest.json', 'tables', 'media']);

    const empty = await createTestDatabase();
    const emptyMedia = path.join(work, 'empty-media');
    try {
      for (const file of [cut, damaged, altered, linked]) {
        await expect(restoreBackup(empty.db, emptyMedia, file, work), file).rejects.toThrow(OpsRefusal);
      }
      await expect(restoreBackup(empty.db, emptyMedia, altered, work)).rejects.toThrow(/journal_entries does not match/);
      await expect(restoreBackup(empty.db, emptyMedia, linked, work)).rejects.toThrow(/holds something a backup never does \(media\/aa\/aaaaaaaa/);
      expect(await tablesWithData(empty.db, await copiedTables(empty.db))).toEqual([]);
      expect(await diskMediaStore(emptyMedia).list()).toEqual([]);
      // Scratch folders are cleaned up whatever happened.
      expect((await readdir(work)).filter((n) => n.startsWith('.offbeat-restore-'))).toEqual([]);
    } finally {
      await empty.drop();
    }
  });
});

describe('the scheduled backups folder', () => {
  it('keeps the newest BACKUP_KEEP backups and touches nothing else in the folder', async () => {
    const dir = await mkdtemp(path.join(work, 'scheduled-'));
    const names = [1, 2, 3, 4].map((hour) => backupName(new Date(Date.UTC(2026, 11, 3, hour))));
    for (const name of [...names, 'my-notes.txt', 'offbeat-backup-by-hand.tar.gz']) await writeFile(path.join(dir, name), 'x');
    expect(await pruneBackups(dir, 2)).toEqual(names.slice(0, 2));
    expect((await readdir(dir)).sort()).toEqual([...names.slice(2), 'my-notes.txt', 'offbeat-backup-by-hand.tar.gz'].sort());
  });
});

describe('a backup made by an earlier version', () => {
  it('is restored at its own migration level into a new database, then migrated forward; never into a newer one', WHOLE_INSTALL, async () => {
    const all = await loadMigrations();
    const base = await PGlite.create();
    // A copy of the database as initdb left it: the new, never-migrated target, without a second initdb.
    const pristine = await base.dumpDataDir('none');
    const older = wrapPglite(base);
    await migrate(older, all.slice(0, 5));
    await older.query(`insert into couples (name) values ('An older space')`);
    const file = path.join(work, 'older.tar.gz');
    await writeBackup(older, path.join(work, 'older-media'), file);
    await older.close();

    const fresh = testDbKind === 'pglite' ? { db: wrapPglite(await PGlite.create({ loadDataDir: pristine })), drop: async () => {} } : await emptyPostgresSchema().then(async (s) => ({ db: await s.open(), drop: s.drop }));
    const current = await createTestDatabase();
    try {
      await expect(restoreBackup(current.db, path.join(work, 'older-into-newer'), file, work)).rejects.toThrow(/set up by a newer version than the backup/);
      const manifest = await restoreBackup(fresh.db, path.join(work, 'older-restored-media'), file, work);
      expect(manifest.migrations).toEqual(all.slice(0, 5).map((m) => m.version));
      expect(await migrationLevel(fresh.db)).toEqual(all.map((m) => m.version));
      expect(await fresh.db.query(`select name from couples`)).toEqual([{ name: 'An older space' }]);
    } finally {
      await current.drop();
      await fresh.db.close();
      await fresh.drop();
    }
  });
});

describe.skipIf(testDbKind === 'pglite')('moving an embedded install to PostgreSQL', () => {
  it('copies every table with equal counts and digests; the app on PostgreSQL answers the same and takes new writes', WHOLE_INSTALL, async () => {
    const embedded = await startTestApp({ mediaDir: path.join(work, 'embedded-media') }, { database: await createTestDatabase('pglite') });
    const target = await emptyPostgresSchema();
    let moved: TestApp | undefined;
    try {
      const couple = await seedInstall(embedded);
      const targetDb = await target.open();
      const report = await moveDatabase(embedded.db, targetDb);
      expect(report.tables.couple_events!.rows).toBeGreaterThan(10);
      moved = await startTestApp({ mediaDir: path.join(work, 'embedded-media') }, { database: asTestDatabase(targetDb) });
      expect(await installData(moved.db)).toEqual(await installData(embedded.db));
      await sameAnswers(embedded, moved, [couple.alex, couple.blair, couple.lee]);
      // New writes on PostgreSQL: an event after the copied ones, a consent row after the copied serial ids.
      const alex = samePersonOn(couple.alex, moved.url);
      const [head] = await moved.db.query<{ seq: number }>(`select event_seq::int as seq from couples where id = $1`, [couple.coupleId]);
      expect((await alex.post('/api/signals', { clientId: crypto.randomUUID(), note: 'after the move' })).status).toBe(201);
      const [after] = await moved.db.query<{ seq: number }>(`select event_seq::int as seq from couples where id = $1`, [couple.coupleId]);
      expect(after!.seq).toBeGreaterThan(head!.seq);
      expect((await alex.put('/api/my-therapist/consent', { scope: 'loop', granted: true, subjectId: null })).status).toBe(204);
    } finally {
      await moved?.close();
      await embedded.close();
      await target.drop();
    }
  });
});
