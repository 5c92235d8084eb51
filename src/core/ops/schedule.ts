import path from 'node:path';
import { every } from '../background';
import type { Database } from '../db/database';
import { backupName, pruneBackups, writeBackup } from './backup';

export interface BackupSchedule {
  everyHours: number;
  dir: string;
  keep: number;
}

/**
 * Backups taken by the running server itself (BACKUP_EVERY_HOURS): the one way to snapshot
 * the embedded database without stopping the app, since only one process may open it.
 * Returns the function that stops the schedule.
 */
export function scheduleBackups(
  db: Database,
  mediaDir: string,
  schedule: BackupSchedule,
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void },
): () => void {
  if (schedule.everyHours <= 0) return () => {};
  return every(
    schedule.everyHours * 3_600_000,
    async () => {
      const file = path.join(schedule.dir, backupName(new Date()));
      const manifest = await writeBackup(db, mediaDir, file);
      const removed = await pruneBackups(schedule.dir, schedule.keep);
      log.info({ file, tables: Object.keys(manifest.tables).length, media: manifest.media.length, removed: removed.length }, 'backup written');
    },
    (error) => log.warn({ err: error }, 'backup failed'),
  );
}
