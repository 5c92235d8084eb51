import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresUrl, testDbKind } from '../../../test/support/test-db';
import { projectRoot } from '../project-root';
import { loadMigrations } from './migrate';

function run(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// PGlite is one process by nature; the lock matters where several processes share PostgreSQL.
describe.skipIf(testDbKind === 'pglite')('migrating from several processes at once', () => {
  const schema = `test_migrate_${randomBytes(6).toString('hex')}`;
  const script = path.join(projectRoot(), 'node_modules', '.cache', 'offbeat-test', `migrate-process-${process.pid}.mjs`);
  const admin = new pg.Client({ connectionString: postgresUrl });

  beforeAll(async () => {
    await build({
      entryPoints: [path.join(projectRoot(), 'test/support/migrate-process.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
  });
  afterAll(async () => {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  it('lets every process succeed, and applies each migration exactly once', async () => {
    const results = await Promise.all([1, 2, 3].map(() => run(script, [postgresUrl, schema])));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    const applied = results.map((r) => JSON.parse(r.stdout) as number[]);
    const all = (await loadMigrations()).map((m) => m.version);
    // One process did the work; the others waited on the lock and found nothing left to do.
    expect(applied.flat().sort((x, y) => x - y)).toEqual(all);
    expect(applied.filter((a) => a.length > 0)).toHaveLength(1);

    const rows = await admin.query<{ version: number }>(`select version from ${schema}.schema_migrations order by version`);
    expect(rows.rows.map((r) => r.version)).toEqual(all);
    const tables = await admin.query(`select 1 from information_schema.tables where table_schema = $1 and table_name = 'couple_events'`, [schema]);
    expect(tables.rows).toHaveLength(1);

    // Starting again later applies nothing.
    const again = await run(script, [postgresUrl, schema]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([]);
  });
});
