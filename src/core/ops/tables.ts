import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

/**
 * A database-neutral copy of every table: each row as the JSON text PostgreSQL itself writes
 * (`row_to_json`), read back with `json_populate_recordset`, so PGlite and PostgreSQL load each
 * other's rows with every type (bytea, arrays, jsonb, timestamptz) as it was (decision 0021).
 */

/** Kept by the migrations themselves, not copied. */
const MIGRATIONS_TABLE = 'schema_migrations';
/** Which app processes are up and who is connected to them right now: true only of the install they were on. */
export const RUNTIME_TABLES = ['app_nodes', 'presence'];
/** Made by a server on its first start (its keys); a restore replaces them with the backup's. */
export const SERVER_MADE_TABLES = ['app_settings'];

export interface TableInfo {
  name: string;
  /** The columns a row is written with (generated columns are left to the database). */
  columns: string[];
  /** Columns whose values come from a sequence, to be moved past the highest value copied. */
  sequenced: string[];
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The tables a backup holds, parents before the tables that reference them. */
export async function copiedTables(db: Queryable): Promise<TableInfo[]> {
  const columns = await db.query<{ table: string; column: string; generated: string; defaultValue: string | null; identity: string }>(
    `select c.table_name as "table", c.column_name as "column", c.is_generated as generated,
            c.column_default as "defaultValue", c.is_identity as identity
       from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    if (c.table === MIGRATIONS_TABLE || RUNTIME_TABLES.includes(c.table)) continue;
    const table = tables.get(c.table) ?? { name: c.table, columns: [], sequenced: [] };
    tables.set(c.table, table);
    if (c.generated === 'ALWAYS') continue;
    table.columns.push(c.column);
    if (c.identity === 'YES' || c.defaultValue?.startsWith('nextval(')) table.sequenced.push(c.column);
  }
  const references = await db.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       join pg_class p on p.oid = k.confrelid
      where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace`,
  );
  return parentsFirst([...tables.values()], references);
}

/** Orders tables so each comes after every table it references (a table referencing itself is fine: see dump order). */
export function parentsFirst<T extends { name: string }>(tables: T[], references: Array<{ child: string; parent: string }>): T[] {
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of references) if (child !== parent && parents.has(parent)) parents.get(child)?.add(parent);
  const ordered: T[] = [];
  const placed = new Set<string>();
  let remaining = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  while (remaining.length) {
    const ready = remaining.filter((t) => [...parents.get(t.name)!].every((p) => placed.has(p)));
    if (!ready.length) throw new Error(`tables reference each other in a cycle: ${remaining.map((t) => t.name).join(', ')}`);
    for (const t of ready) (ordered.push(t), placed.add(t.name));
    remaining = remaining.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/**
 * Settings that change how PostgreSQL writes values as text; pinned so both databases, whatever
 * their server defaults, write a row the same way. Call inside a transaction.
 */
export async function pinTextOutput(tx: Queryable): Promise<void> {
  await tx.query(`select set_config('timezone', 'UTC', true), set_config('intervalstyle', 'postgres', true),
                         set_config('extra_float_digits', '1', true), set_config('bytea_output', 'hex', true)`);
}

/** Rows read per cursor fetch, and so held in memory at once while a table is read. */
const FETCH_ROWS = 2_000;

/**
 * Every row of `table` as JSON text, in byte order of that text (collation "C", the same on
 * every server), so one table's lines and their digest are the same wherever it is read.
 * Read through a cursor, a batch at a time: a table of any size costs one batch of memory.
 * Call inside a transaction (a cursor lives in one).
 */
export async function* tableBatches(tx: Queryable, table: TableInfo): AsyncGenerator<string[]> {
  const row = `json_build_object(${table.columns.map((c) => `'${c.replaceAll("'", "''")}', ${ident(c)}`).join(', ')})::text`;
  await tx.query(`declare offbeat_table_rows no scroll cursor for select r from (select ${row} as r from ${ident(table.name)}) rows order by r collate "C"`);
  try {
    for (;;) {
      const rows = await tx.query<{ r: string }>(`fetch ${FETCH_ROWS} from offbeat_table_rows`);
      if (rows.length === 0) return;
      yield rows.map((r) => r.r);
    }
  } finally {
    await tx.query('close offbeat_table_rows');
  }
}

export interface TableDigest {
  rows: number;
  sha256: string;
}

/** A table's rows and the SHA-256 of its lines, each followed by a newline (the bytes of its .ndjson), added to batch by batch. */
export class LineDigest {
  private readonly hash = createHash('sha256');
  private rows = 0;

  add(lines: readonly string[]): this {
    for (const line of lines) this.hash.update(line).update('\n');
    this.rows += lines.length;
    return this;
  }

  result(): TableDigest {
    return { rows: this.rows, sha256: this.hash.digest('hex') };
  }
}

export function digestLines(lines: readonly string[]): TableDigest {
  return new LineDigest().add(lines).result();
}

export async function digestTable(tx: Queryable, table: TableInfo): Promise<TableDigest> {
  const digest = new LineDigest();
  for await (const batch of tableBatches(tx, table)) digest.add(batch);
  return digest.result();
}

/** Rows per INSERT: a few MB of JSON at most per statement. */
const BATCH_BYTES = 4_000_000;

/** Inserts the lines (as `tableBatches` wrote them, in any batches) into `table`. */
export async function insertLines(tx: Queryable, table: TableInfo, batches: AsyncIterable<readonly string[]>): Promise<void> {
  const cols = table.columns.map(ident).join(', ');
  const sql = `insert into ${ident(table.name)} (${cols}) overriding system value select ${cols} from json_populate_recordset(null::${ident(table.name)}, $1::json)`;
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length) await tx.query(sql, [`[${batch.join(',')}]`]);
    batch = [];
    bytes = 0;
  };
  for await (const lines of batches) {
    for (const line of lines) {
      batch.push(line);
      bytes += line.length;
      if (bytes >= BATCH_BYTES) await flush();
    }
  }
  await flush();
}

/** Moves each sequence of `table` past the highest value now in it, so the next insert gets a fresh id. */
export async function advanceSequences(tx: Queryable, table: TableInfo): Promise<void> {
  for (const column of table.sequenced) {
    await tx.query(
      `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${ident(column)}) from ${ident(table.name)}), 0) + 1, false)`,
      [ident(table.name), column],
    );
  }
}

/** The migrations applied to `db`, in order. */
export async function migrationLevel(db: Queryable): Promise<number[]> {
  return (await db.query<{ version: number }>(`select version from ${MIGRATIONS_TABLE} order by version`)).map((r) => r.version);
}

/** Tables holding anything a person made: an install is empty when this is []. */
export async function tablesWithData(db: Queryable, tables: TableInfo[]): Promise<string[]> {
  const candidates = tables.filter((t) => !SERVER_MADE_TABLES.includes(t.name));
  if (!candidates.length) return [];
  const rows = await db.query<{ t: string }>(candidates.map((t) => `select '${t.name}' as t where exists (select 1 from ${ident(t.name)})`).join(' union all '));
  return rows.map((r) => r.t);
}
