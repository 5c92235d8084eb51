import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { checkEmptyTarget, loadRows, withSnapshot } from './backup';
import { digestTable, tableBatches, type TableDigest } from './tables';

export interface MoveReport {
  /** Rows and digest of every table, equal on both sides (checked after the copy committed). */
  tables: Record<string, TableDigest>;
}

/**
 * Copies every row of `source` into the empty database `target` (made ready with the same
 * migrations), table by table from one snapshot of the source, a batch at a time; checked
 * against the source's digests inside the copy's transaction and once more afterwards.
 * Media files are not touched: they stay in MEDIA_DIR, which both installs use.
 */
export async function moveDatabase(source: Database, target: Database): Promise<MoveReport> {
  await migrate(source);
  const tables = await withSnapshot(source, async ({ tx, migrations, tables: sourceTables }) => {
    await checkEmptyTarget(target, null, migrations);
    await migrate(target);
    const digests: Record<string, TableDigest> = {};
    for (const table of sourceTables) digests[table.name] = await digestTable(tx, table);
    const byName = new Map(sourceTables.map((t) => [t.name, t]));
    await loadRows(target, digests, (name) => tableBatches(tx, byName.get(name)!));
    return digests;
  });
  await withSnapshot(target, async ({ tx, tables: targetTables }) => {
    for (const table of targetTables) {
      const got = await digestTable(tx, table);
      if (got.sha256 !== tables[table.name]?.sha256) throw new Error(`table ${table.name} differs after the move`);
    }
  });
  return { tables };
}
