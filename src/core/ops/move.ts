import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { checkEmptyTarget, loadRows, readSnapshot } from './backup';
import { digestLines, type TableDigest } from './tables';

export interface MoveReport {
  /** Rows and digest of every table, equal on both sides (checked after the copy committed). */
  tables: Record<string, TableDigest>;
}

/**
 * Copies every row of `source` into the empty database `target` (made ready with the same
 * migrations), checked table by table inside the copy's transaction and once more afterwards.
 * The source is read whole into memory first: an embedded install is a household's data.
 * Media files are not touched: they stay in MEDIA_DIR, which both installs use.
 */
export async function moveDatabase(source: Database, target: Database): Promise<MoveReport> {
  await migrate(source);
  const snapshot = await readSnapshot(source);
  await checkEmptyTarget(target, null, snapshot.migrations);
  await migrate(target);
  const tables = Object.fromEntries(snapshot.tables.map((t) => [t.name, digestLines(snapshot.lines.get(t.name)!)]));
  await loadRows(target, tables, async (table) => snapshot.lines.get(table)!);
  const after = await readSnapshot(target);
  for (const table of after.tables) {
    const got = digestLines(after.lines.get(table.name)!);
    const want = tables[table.name];
    if (!want || got.sha256 !== want.sha256) throw new Error(`table ${table.name} differs after the move`);
  }
  return { tables };
}
