import type { Queryable } from '../../src/core/db/database';

/**
 * Columns that change without anyone acting: heartbeats, sliding session expiry,
 * socket counts, the push worker's progress through its queue, and settings the server
 * makes for itself in the background at start (its push keys), which may land after a
 * test's first snapshot.
 */
const VOLATILE: Record<string, string[] | '*'> = {
  sessions: ['last_seen_at', 'expires_at'],
  users: ['last_seen_at'],
  app_nodes: '*',
  presence: '*',
  app_settings: '*',
  push_outbox: ['claimed_until', 'attempts', 'done_at', 'outcome'],
};

/** Per table, a SQL expression giving each row as JSON text, minus volatile columns. */
async function rowExpressions(db: Queryable): Promise<Array<{ table: string; row: string }>> {
  const columns = await db.query<{ table: string; column: string }>(
    `select c.table_name as "table", c.column_name as "column"
       from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table, column } of columns) {
    const skip = VOLATILE[table];
    if (skip === '*' || skip?.includes(column)) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), column]);
  }
  return [...byTable].map(([table, cols]) => ({ table, row: `json_build_array(${cols.map((c) => `"${c}"`).join(', ')})::text` }));
}

const digestQueries = new WeakMap<Queryable, Promise<string>>();

/**
 * One digest per table of every row in the current schema, minus volatile
 * columns, in one round trip. Two snapshots are equal exactly when no request
 * changed any data; comparing them with toEqual names the table that changed.
 */
export async function snapshotDatabase(db: Queryable): Promise<Record<string, string>> {
  let query = digestQueries.get(db);
  if (!query) {
    query = rowExpressions(db).then((tables) =>
      tables
        .map(({ table, row }) => `select '${table}' as t, count(*)::int as n, md5(coalesce(string_agg(${row}, E'\\n' order by ${row}), '')) as h from "${table}"`)
        .join('\nunion all\n'),
    );
    digestQueries.set(db, query);
  }
  const rows = await db.query<{ t: string; n: number; h: string }>(await query);
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n} rows ${r.h}`]));
}

/** Every row of every table as JSON text, for searching the whole database for a value. */
export async function dumpDatabase(db: Queryable): Promise<string> {
  const parts: string[] = [];
  for (const { table, row } of await rowExpressions(db)) {
    const rows = await db.query<{ r: string }>(`select ${row} as r from "${table}"`);
    parts.push(...rows.map((r) => `${table} ${r.r}`));
  }
  return parts.join('\n');
}
