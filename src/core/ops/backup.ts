import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import * as tar from 'tar';
import { z } from 'zod';
import type { Database, Queryable } from '../db/database';
import { fsyncPath } from '../db/durable-pglite';
import { loadMigrations, migrate } from '../db/migrate';
import { diskMediaStore } from '../media-store';
import {
  SERVER_MADE_TABLES,
  advanceSequences,
  LineDigest,
  copiedTables,
  digestTable,
  insertLines,
  migrationLevel,
  pinTextOutput,
  tableBatches,
  tablesWithData,
  type TableInfo,
} from './tables';

/**
 * A backup is one .tar.gz: manifest.json (what is in it, with a digest of each part),
 * tables/<table>.ndjson (one row per line, see tables.ts) and media/<shard>/<key> (the voice
 * notes and photos the rows name). The database is read first, in one snapshot; the files
 * second, so every row's file was written before the snapshot was taken (an upload writes its
 * file before its row) and a restore never names a file it lacks. A file deleted in between
 * is listed under mediaMissing; the media sweep later drops its row, as after any lost file.
 */
const KEY = z.string().regex(/^[0-9a-f-]{36}$/);
const SHA256 = z.string().regex(/^[0-9a-f]{64}$/);
const manifestSchema = z.object({
  format: z.literal('offbeat-backup'),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  from: z.enum(['pglite', 'postgres']),
  migrations: z.array(z.number().int()),
  tables: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), z.object({ rows: z.number().int().min(0), sha256: SHA256 })),
  media: z.array(z.object({ key: KEY, bytes: z.number().int().min(0), sha256: SHA256 })),
  mediaMissing: z.array(KEY),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Said to the person running a command: what is wrong and what to do, changing nothing. */
export class OpsRefusal extends Error {}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const mediaPath = (root: string, key: string) => path.join(root, key.slice(0, 2), key);

/** Writes `bytes` to `file` and makes it (and its name in the folder) durable. */
async function writeDurably(file: string, bytes: Buffer | string, flag = 'w'): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes, { flag });
  fsyncPath(file);
}

export interface Snapshot {
  /** The snapshot's transaction: read-only, every table as it stood at one moment. */
  tx: Queryable;
  migrations: number[];
  tables: TableInfo[];
}

/**
 * Every table as it stood at one moment: a read-only REPEATABLE READ transaction, so writes
 * that commit while it reads are not half in it, held open while `read` runs. On PGlite (one
 * connection) requests wait for it; a household's database is read in well under a second.
 */
export async function withSnapshot<T>(db: Database, read: (snapshot: Snapshot) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read, read only');
    await pinTextOutput(tx);
    return read({ tx, migrations: await migrationLevel(tx), tables: await copiedTables(tx) });
  });
}

/** Writes a backup of `db` and the media it names to `file` (a .tar.gz), atomically: the file is whole or absent. */
export async function writeBackup(db: Database, mediaDir: string, file: string): Promise<Manifest> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(path.resolve(file)), '.offbeat-backup-'));
  try {
    const tables: Manifest['tables'] = {};
    const mediaKeys: string[] = [];
    await mkdir(path.join(staging, 'tables'));
    await mkdir(path.join(staging, 'media'));
    // Each table streams to its file a batch at a time: memory holds one batch, whatever the table's size.
    const migrations = await withSnapshot(db, async ({ tx, migrations, tables: snapshotTables }) => {
      for (const table of snapshotTables) {
        const digest = new LineDigest();
        const out = await open(path.join(staging, 'tables', `${table.name}.ndjson`), 'w');
        try {
          for await (const lines of tableBatches(tx, table)) {
            digest.add(lines);
            await out.write(lines.map((l) => `${l}\n`).join(''));
            if (table.name === 'media') mediaKeys.push(...lines.map((l) => (JSON.parse(l) as { storage_key: string }).storage_key));
          }
        } finally {
          await out.close();
        }
        tables[table.name] = digest.result();
      }
      return migrations;
    });
    const media: Manifest['media'] = [];
    const mediaMissing: string[] = [];
    const store = diskMediaStore(mediaDir);
    for (const key of mediaKeys.sort()) {
      const bytes = await store.get(key).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!bytes) {
        mediaMissing.push(key);
        continue;
      }
      await mkdir(path.dirname(mediaPath(path.join(staging, 'media'), key)), { recursive: true });
      await writeFile(mediaPath(path.join(staging, 'media'), key), bytes);
      media.push({ key, bytes: bytes.length, sha256: sha256(bytes) });
    }
    const manifest: Manifest = {
      format: 'offbeat-backup',
      formatVersion: 1,
      createdAt: new Date().toISOString(),
      from: db.kind,
      migrations,
      tables,
      media,
      mediaMissing,
    };
    await writeFile(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const partial = `${file}.partial-${randomBytes(4).toString('hex')}`;
    await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, ['manifest.json', 'tables', 'media']);
    fsyncPath(partial);
    await rename(partial, file);
    fsyncPath(path.dirname(path.resolve(file)));
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Only these names may be in a backup; anything else means it is not one of ours. */
const ENTRY = /^(manifest\.json|tables\/?|tables\/[a-z_][a-z0-9_]*\.ndjson|media\/?|media\/[0-9a-f]{2}\/?|media\/[0-9a-f]{2}\/[0-9a-f-]{36})$/;

export interface OpenedBackup {
  manifest: Manifest;
  /** The rows of one table, as written, in batches read from its file as they are taken. */
  lines(table: string): AsyncIterable<string[]>;
  /** The bytes of one media file. */
  media(key: string): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Unpacks `file` into a folder of its own and checks every part against the manifest:
 * a truncated, corrupted or foreign file is refused before anything is changed.
 */
export async function openBackup(file: string, scratchDir: string): Promise<OpenedBackup> {
  await mkdir(scratchDir, { recursive: true });
  const staging = await mkdtemp(path.join(scratchDir, '.offbeat-restore-'));
  // Retried: after a failed extraction tar may still be finishing a file in the folder being removed.
  const close = () => rm(staging, { recursive: true, force: true, maxRetries: 5 });
  try {
    let foreign: string | undefined;
    await tar.x({
      file,
      cwd: staging,
      strict: true,
      // Plain files and folders only: a link could point a restored name at any file on the machine.
      filter: (entry, stat) => {
        if (ENTRY.test(entry) && 'type' in stat && (stat.type === 'File' || stat.type === 'Directory')) return true;
        foreign ??= entry;
        return false;
      },
    });
    if (foreign) throw new OpsRefusal(`This file holds something a backup never does (${foreign}), so it is not restored.`);
    let manifest: Manifest;
    try {
      manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(staging, 'manifest.json'), 'utf8')));
    } catch {
      throw new OpsRefusal('This file has no readable backup manifest, so it is not restored.');
    }
    const tableFiles = new Set((await readdir(path.join(staging, 'tables'))).map((f) => f.replace(/\.ndjson$/, '')));
    for (const [table, expected] of Object.entries(manifest.tables)) {
      const found = await fileDigest(path.join(staging, 'tables', `${table}.ndjson`)).catch(() => null);
      if (!found || found.lines !== expected.rows || found.sha256 !== expected.sha256) throw damaged(`table ${table}`);
      tableFiles.delete(table);
    }
    if (tableFiles.size) throw damaged(`table ${[...tableFiles][0]}, which the manifest does not list`);
    for (const { key, bytes, sha256: expected } of manifest.media) {
      const content = await readFile(mediaPath(path.join(staging, 'media'), key)).catch(() => null);
      if (!content || content.length !== bytes || sha256(content) !== expected) throw damaged(`media file ${key}`);
    }
    return {
      manifest,
      lines: (table) => fileBatches(path.join(staging, 'tables', `${table}.ndjson`)),
      media: (key) => readFile(mediaPath(path.join(staging, 'media'), key)),
      close,
    };
  } catch (error) {
    await close();
    if (error instanceof OpsRefusal) throw error;
    throw new OpsRefusal(`This file could not be read as a whole backup (${(error as Error).message}); it may be cut short or damaged. Nothing was changed.`);
  }
}

/** A file's SHA-256 and how many newlines it holds, read as a stream. */
async function fileDigest(file: string): Promise<{ sha256: string; lines: number }> {
  const hash = createHash('sha256');
  let lines = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  }
  return { sha256: hash.digest('hex'), lines };
}

const LOAD_BATCH_LINES = 2_000;

/** A table file's lines (each ended by a newline), in batches. */
async function* fileBatches(file: string): AsyncGenerator<string[]> {
  let batch: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    batch.push(line);
    if (batch.length >= LOAD_BATCH_LINES) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

const damaged = (what: string) => new OpsRefusal(`The backup's ${what} does not match its manifest: the file is damaged or incomplete. Nothing was changed.`);

/** A server on `db` has shown a sign of life lately (app_nodes heartbeats; a server that stops cleanly removes its row). */
async function serverRunningOn(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from app_nodes where heartbeat_at > now() - interval '2 minutes'`);
  return row!.n > 0;
}

/**
 * Refuses, changing nothing, unless `db` and `mediaDir` (when given) are an empty install this version can
 * bring to the backup's migration level; returns the migrations that take it there.
 */
export async function checkEmptyTarget(db: Database, mediaDir: string | null, backupLevel: number[]) {
  const all = await loadMigrations();
  const known = all.map((m) => m.version);
  const newer = backupLevel.filter((v) => !known.includes(v));
  if (newer.length) throw new OpsRefusal(`This backup was made by a newer version of Offbeat (migrations ${newer.join(', ')}); update this install first.`);
  const upTo = all.filter((m) => backupLevel.includes(m.version));
  if (upTo.length !== backupLevel.length || upTo.some((m, i) => m.version !== known[i])) {
    throw new OpsRefusal('This backup does not follow the migrations this version knows, so it is not restored.');
  }
  const hasSchema = (await db.query(`select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'schema_migrations'`)).length > 0;
  if (hasSchema) {
    const level = await migrationLevel(db);
    if (level.some((v) => !backupLevel.includes(v))) {
      throw new OpsRefusal('This database was set up by a newer version than the backup. Restore into a database the app has not started on yet (an empty DATA_DIR or a new PostgreSQL database). Nothing was changed.');
    }
    const withData = await tablesWithData(db, await copiedTables(db));
    if (withData.length) throw new OpsRefusal(`This install already has data (in ${withData.slice(0, 3).join(', ')}${withData.length > 3 ? ', …' : ''}). A backup is restored only into an empty install, so nothing was changed.`);
    if (await serverRunningOn(db)) throw new OpsRefusal('The app is running on this database. Stop it first, then restore. Nothing was changed.');
  }
  if (mediaDir && (await diskMediaStore(mediaDir).list()).length) {
    throw new OpsRefusal(`The media folder ${mediaDir} already holds files. A backup is restored only into an empty install, so nothing was changed.`);
  }
  return upTo;
}

/**
 * Loads a snapshot's rows into `db` in one transaction, then reads every table back and checks
 * it against `expected`; any difference rolls it all back.
 */
export async function loadRows(db: Database, expected: Manifest['tables'], lines: (table: string) => AsyncIterable<readonly string[]>): Promise<void> {
  await db.transaction(async (tx) => {
    await pinTextOutput(tx);
    const tables = await copiedTables(tx);
    const names = tables.map((t) => t.name).sort();
    const wanted = Object.keys(expected).sort();
    if (JSON.stringify(names) !== JSON.stringify(wanted)) throw new OpsRefusal('The backup holds other tables than this database at the same migration level, so it is not restored.');
    for (const table of tables) if (SERVER_MADE_TABLES.includes(table.name)) await tx.query(`delete from "${table.name}"`);
    for (const table of tables) {
      await insertLines(tx, table, lines(table.name));
      await advanceSequences(tx, table);
    }
    for (const table of tables) {
      const got = await digestTable(tx, table);
      const want = expected[table.name]!;
      if (got.rows !== want.rows || got.sha256 !== want.sha256) {
        throw new Error(`table ${table.name} reads back differently after loading (${got.rows} rows, expected ${want.rows}); nothing was kept`);
      }
    }
  });
}

/**
 * Restores `file` into the empty install `db` + `mediaDir`: the media first (so no committed
 * row names a missing file), then every row in one checked transaction, then the migrations
 * the backup predates. A refusal or failure leaves the install as it was.
 */
export async function restoreBackup(db: Database, mediaDir: string, file: string, scratchDir: string): Promise<Manifest> {
  const backup = await openBackup(file, scratchDir);
  const written: string[] = [];
  try {
    const { manifest } = backup;
    const upTo = await checkEmptyTarget(db, mediaDir, manifest.migrations);
    await migrate(db, upTo);
    try {
      await mkdir(mediaDir, { recursive: true });
      for (const { key } of manifest.media) {
        const target = mediaPath(mediaDir, key);
        await writeDurably(target, await backup.media(key), 'wx');
        written.push(target);
      }
      for (const dir of new Set(written.map((f) => path.dirname(f)))) fsyncPath(dir);
      fsyncPath(mediaDir);
      await loadRows(db, manifest.tables, backup.lines);
    } catch (error) {
      await Promise.all(written.map((f) => rm(f, { force: true })));
      throw error;
    }
    await migrate(db);
    return manifest;
  } finally {
    await backup.close();
  }
}

/** Keeps the newest `keep` backups in `dir` (by name: they are named by time), deleting older ones. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => BACKUP_NAME.test(n)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const name of old) await rm(path.join(dir, name), { force: true });
  return old;
}

const BACKUP_NAME = /^offbeat-backup-\d{8}T\d{6}Z\.tar\.gz$/;

/** offbeat-backup-20261203T140500Z.tar.gz: sorts by time, and says when. */
export function backupName(at: Date): string {
  return `offbeat-backup-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.tar.gz`;
}
