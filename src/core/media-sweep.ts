import type { Queryable } from './db/database';
import type { MediaStore } from './media-store';

/** Files and rows younger than this are left alone: an upload writes its file just before its row. */
export const SWEEP_GRACE_MS = 60 * 60 * 1000;

export interface SweepReport {
  /** Files on disk that no row points at (left by a crash between a space ending and its files going). */
  removedFiles: number;
  /** Rows whose file is gone (the note or photo that held it keeps its words). */
  removedRows: number;
}

/**
 * Makes the media files and the `media` rows agree: a file with no row is deleted, a row with no
 * file is deleted. Runs across every space on purpose (it reads keys only, never contents).
 */
export async function sweepMedia(db: Queryable, store: MediaStore, now: number, graceMs = SWEEP_GRACE_MS): Promise<SweepReport> {
  const cutoff = now - graceMs;
  const files = await store.list();
  const rows = await db.query<{ id: string; key: string; createdAt: Date }>(`select id, storage_key as key, created_at as "createdAt" from media`);
  const fileKeys = new Set(files.map((f) => f.key));
  const rowKeys = new Set(rows.map((r) => r.key));
  let removedFiles = 0;
  for (const file of files) {
    if (rowKeys.has(file.key) || file.modifiedAt > cutoff) continue;
    await store.delete(file.key);
    removedFiles++;
  }
  const orphanRows = rows.filter((r) => !fileKeys.has(r.key) && new Date(r.createdAt).getTime() <= cutoff).map((r) => r.id);
  if (orphanRows.length) await db.query(`delete from media where id = any($1::uuid[])`, [orphanRows]);
  return { removedFiles, removedRows: orphanRows.length };
}
