import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from './database';
import { projectRoot } from '../project-root';

/** An arbitrary constant: the advisory-lock key that serialises migrations across processes. */
const MIGRATION_LOCK_KEY = 727_0001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function loadMigrations(dir = path.join(projectRoot(), 'migrations')): Promise<Migration[]> {
  const sqlFiles = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(checkMigrationNames(sqlFiles).map(async ({ file, version }) => ({
    version,
    name: file.replace(/\.sql$/, ''),
    sql: await readFile(path.join(dir, file), 'utf8'),
  })));
}

/**
 * Every .sql file must be `NNNN_name.sql` with its own number: a misnamed file
 * would silently never run, and two files sharing a number (two people adding
 * a migration at once) would make the second one fail on some databases only.
 */
export function checkMigrationNames(files: string[]): Array<{ file: string; version: number }> {
  const seen = new Map<number, string>();
  return files.map((file) => {
    if (!/^\d{4}_[\w-]+\.sql$/.test(file)) throw new Error(`Migration ${file} must be named NNNN_description.sql.`);
    const version = Number(file.slice(0, 4));
    const other = seen.get(version);
    if (other) throw new Error(`Migrations ${other} and ${file} share the number ${version}; renumber one of them.`);
    seen.set(version, file);
    return { file, version };
  });
}

/**
 * Applies pending migrations, each in its own transaction, while holding a
 * session-level advisory lock so two app processes starting together never
 * run the same migration twice. Migrations are forward-only.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  return db.withConnection(async (conn) => {
    await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await conn.query(
        `create table if not exists schema_migrations (
           version integer primary key,
           name text not null,
           applied_at timestamptz not null default now()
         )`,
      );
      const done = new Set(
        (await conn.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version),
      );
      const applied: number[] = [];
      for (const m of all) {
        if (done.has(m.version)) continue;
        await conn.transaction(async (tx) => {
          for (const statement of splitStatements(m.sql)) await tx.query(statement);
          await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
        });
        applied.push(m.version);
      }
      return applied;
    } finally {
      await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}

/**
 * Splits a migration into statements so each runs as a parameterless query on
 * both drivers. Semicolons end a statement only outside quotes, dollar-quoted
 * bodies and comments; comments are dropped.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  const flush = () => {
    const statement = current.trim();
    if (statement) statements.push(statement);
    current = '';
  };
  while (i < sql.length) {
    const ch = sql[i]!;
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
      continue;
    }
    if (ch === '/' && next === '*') {
      // PostgreSQL block comments nest.
      let depth = 1;
      i += 2;
      while (i < sql.length && depth > 0) {
        if (sql.startsWith('/*', i)) (depth += 1), (i += 2);
        else if (sql.startsWith('*/', i)) (depth -= 1), (i += 2);
        else i += 1;
      }
      current += ' ';
      continue;
    }
    if (ch === "'" || ch === '"') {
      // '' (or "") inside is an escaped quote; E'…' strings also escape with a backslash.
      const backslashEscapes = ch === "'" && /(^|[^\w])[eE]$/.test(current);
      let j = i + 1;
      while (j < sql.length) {
        if (backslashEscapes && sql[j] === '\\') j += 2;
        else if (sql[j] === ch && sql[j + 1] === ch) j += 2;
        else if (sql[j] === ch) break;
        else j += 1;
      }
      current += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '$') {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))?.[0];
      if (tag && !/[\w$]$/.test(current)) {
        const end = sql.indexOf(tag, i + tag.length);
        const stop = end === -1 ? sql.length : end + tag.length;
        current += sql.slice(i, stop);
        i = stop;
        continue;
      }
    }
    if (ch === ';') flush();
    else current += ch;
    i += 1;
  }
  flush();
  return statements;
}
