import type { Queryable } from '../../src/core/db/database';

/** Columns that change without anyone acting (heartbeats, sliding session expiry, socket counts). */
const VOLATILE: Record<string, string[] | '*'> = {
  sessions: ['last_seen_at', 'expires_at'],
  users: ['last_seen_at'],
  app_nodes: '*',
  presence: '*',
};

/**
 * Every row of every table in the current schema, as sorted JSON lines per table,
 * minus volatile columns. Two snapshots are equal exactly when no request changed
 * any data; comparing them with toEqual names the table that changed.
 */
export async function snapshotDatabase(db: Queryable): Promise<Record<string, string[]>> {
  const tables = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const snapshot: Record<string, string[]> = {};
  for (const { name } of tables) {
    const skip = VOLATILE[name];
    if (skip === '*') continue;
    const columns = await db.query<{ name: string }>(
      `select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
      [name],
    );
    const kept = columns.map((c) => c.name).filter((c) => !skip?.includes(c));
    const list = kept.map((c) => `"${c}"`).join(', ');
    const rows = await db.query<{ row: string }>(`select json_build_array(${list})::text as row from "${name}"`);
    snapshot[name] = rows.map((r) => r.row).sort();
  }
  return snapshot;
}
