import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig, type Config } from '../core/config';
import { openPglite, openPostgres, type Database } from '../core/db/database';
import { OpsRefusal, backupName, restoreBackup, writeBackup } from '../core/ops/backup';
import { moveDatabase } from '../core/ops/move';
import { LINK_HOURS, LINK_PATHS, issueResetLink } from '../features/accounts/email-tokens';

/**
 * `npm run backup [-- FILE]`, `npm run restore -- FILE`, `npm run move-to-postgres -- URL`,
 * `npm run reset-link -- EMAIL` (scripts/ops.mjs runs this). Settings come from the same environment as the server.
 * Returns the exit code; a refusal explains itself on stderr and changed nothing.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, arg] = argv;
  try {
    const config = loadConfig(env);
    if (command === 'backup') return await backup(config, arg);
    if (command === 'restore' && arg) return await restore(config, arg);
    if (command === 'move-to-postgres' && arg) return await moveToPostgres(config, arg);
    if (command === 'reset-link' && arg) return await resetLink(config, arg);
    console.error('Usage: npm run backup [-- FILE] | npm run restore -- FILE | npm run move-to-postgres -- postgres://… | npm run reset-link -- someone@example.com');
    return 2;
  } catch (error) {
    if (error instanceof OpsRefusal) {
      console.error(error.message);
      return 1;
    }
    console.error(`Something went wrong: ${(error as Error).message}`);
    return 1;
  }
}

/**
 * The embedded database opened for a command. Only one process may open it: while the app
 * runs, PGlite's postmaster.pid is there, so the command waits for the app to be stopped
 * (the running app's own schedule, BACKUP_EVERY_HOURS, backs up without stopping).
 */
async function openEmbedded(config: Config, { create }: { create: boolean }): Promise<Database> {
  const dir = path.resolve(config.dataDir, 'pglite');
  if (existsSync(path.join(dir, 'postmaster.pid'))) {
    throw new OpsRefusal(
      `The app seems to be running on ${config.dataDir} (or stopped without closing it). Stop it (or start and stop it once), then try again. Nothing was changed.`,
    );
  }
  if (!create && !existsSync(path.join(dir, 'PG_VERSION'))) throw new OpsRefusal(`There is no embedded database in ${config.dataDir} yet.`);
  await mkdir(dir, { recursive: true });
  return openPglite(dir);
}

const openConfigured = (config: Config, create: boolean) =>
  config.databaseUrl ? openPostgres({ connectionString: config.databaseUrl, max: 2 }) : openEmbedded(config, { create });

async function backup(config: Config, file?: string): Promise<number> {
  const db = await openConfigured(config, false);
  try {
    const target = file ?? path.join(config.backups.dir, backupName(new Date()));
    const manifest = await writeBackup(db, config.mediaDir, target);
    const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(`Backup written: ${target} (${rows} rows in ${Object.keys(manifest.tables).length} tables, ${manifest.media.length} media files).`);
    if (manifest.mediaMissing.length) console.log(`${manifest.mediaMissing.length} media files were deleted while the backup ran and are not in it.`);
    return 0;
  } finally {
    await db.close();
  }
}

async function restore(config: Config, file: string): Promise<number> {
  if (!existsSync(file)) throw new OpsRefusal(`There is no file at ${file}.`);
  const db = await openConfigured(config, true);
  try {
    const manifest = await restoreBackup(db, config.mediaDir, file, config.dataDir);
    const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(`Restored ${rows} rows and ${manifest.media.length} media files from the backup of ${manifest.createdAt}, each checked against its manifest.`);
    return 0;
  } finally {
    await db.close();
  }
}

async function moveToPostgres(config: Config, url: string): Promise<number> {
  const target = z.url({ protocol: /^postgres(ql)?$/ }).safeParse(url);
  if (!target.success) throw new OpsRefusal('Give the PostgreSQL database as postgres://user:password@host:5432/name.');
  const source = await openEmbedded(config, { create: false });
  try {
    const db = await openPostgres({ connectionString: target.data, max: 2 });
    try {
      const report = await moveDatabase(source, db);
      const tables = Object.entries(report.tables);
      console.log(`Moved ${tables.reduce((sum, [, t]) => sum + t.rows, 0)} rows in ${tables.length} tables; every table's count and digest match on both sides.`);
      console.log(`Media files stay in ${config.mediaDir}. Start the app with DATABASE_URL set to this database (and the same MEDIA_DIR / DATA_DIR).`);
      return 0;
    } finally {
      await db.close();
    }
  } finally {
    await source.close();
  }
}

/**
 * A one-time link to set a new password, for the person running a server that sends no mail
 * (decision 0023): they hand it to the account's owner themselves. It works once, for an hour.
 */
async function resetLink(config: Config, address: string): Promise<number> {
  if (!z.email().safeParse(address).success) throw new OpsRefusal('Give the account’s email, e.g. npm run reset-link -- someone@example.com');
  const db = await openConfigured(config, false);
  try {
    const link = await issueResetLink(db, address);
    if (!link) throw new OpsRefusal(`No account has the email ${address}. Nothing was made.`);
    const origin = config.publicOrigin ?? `http://localhost:${config.port}`;
    console.log(`${origin}${LINK_PATHS.reset}#${link.token}`);
    console.error(
      `A link for ${link.email} to set a new password: it works once, within ${LINK_HOURS.reset} hour, and logs them out everywhere.` +
        (config.publicOrigin ? '' : ' On another device, use this computer’s address instead of localhost.'),
    );
    return 0;
  } finally {
    await db.close();
  }
}
