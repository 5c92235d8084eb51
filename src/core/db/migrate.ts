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
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 4)),
      name: file.replace(/\.sql$/, ''),
      sql: await readFile(path.join(dir, file), 'utf8'),
    })),
  );
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
 * both drivers. Migrations keep to plain DDL: no semicolons inside strings or
 * function bodies.
 */
export function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
