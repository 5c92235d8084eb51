import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../src/core/db/database';
import { migrate } from '../src/core/db/migrate';
import { diskMediaStore } from '../src/core/media-store';
import { projectRoot } from '../src/core/project-root';
import { installData, seedInstall } from './support/seeded-install';
import { startTestApp } from './support/test-app';
import { TestClient } from './support/client';
import { asTestDatabase, emptyPostgresSchema, testDbKind } from './support/test-db';

/** Each command is its own Node process (npm, esbuild, PGlite's WebAssembly, initdb for a new folder): seconds each, more on a busy machine. */
const COMMANDS = { timeout: 180_000 };

/** The real commands, as someone runs them: `npm run backup`, `restore`, `move-to-postgres`, each its own process. */
function npmRun(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'MEDIA_DIR', 'BACKUP_DIR', 'DATA_DIR'].includes(k)));
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: projectRoot(), env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function mediaOf(dir: string): Promise<Record<string, string>> {
  const store = diskMediaStore(dir);
  return Object.fromEntries(await Promise.all((await store.list()).map(async (f) => [f.key, (await store.get(f.key)).toString('hex')] as const)));
}

async function digestOf(open: () => Promise<Database>): Promise<Record<string, unknown>> {
  const db = await open();
  try {
    return await installData(db);
  } finally {
    await db.close();
  }
}

let work: string;
let original: Record<string, unknown>;
let originalMedia: Record<string, string>;
const dataDir = (name: string) => path.join(work, name);
const embedded = (name: string) => async () => {
  await mkdir(path.join(dataDir(name), 'pglite'), { recursive: true });
  return openPglite(path.join(dataDir(name), 'pglite'));
};

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'offbeat-ops-test-'));
  const db = await embedded('home')();
  await migrate(db);
  const app = await startTestApp({ dataDir: dataDir('home'), mediaDir: path.join(dataDir('home'), 'media') }, { database: asTestDatabase(db) });
  try {
    await seedInstall(app);
    original = await installData(app.db);
    originalMedia = await mediaOf(path.join(dataDir('home'), 'media'));
  } finally {
    await app.close();
  }
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run backup and npm run restore on the embedded database', () => {
  const file = () => path.join(work, 'home.tar.gz');

  it('backs up a stopped install and restores it into an empty folder, row for row and byte for byte', COMMANDS, async () => {
    const backup = await npmRun(['backup', '--', file()], { DATA_DIR: dataDir('home') });
    expect(backup, backup.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining('Backup written') });
    const restore = await npmRun(['restore', '--', file()], { DATA_DIR: dataDir('copy') });
    expect(restore, restore.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining('Restored') });
    expect(await digestOf(embedded('copy'))).toEqual(original);
    expect(await mediaOf(path.join(dataDir('copy'), 'media'))).toEqual(originalMedia);
    expect(Object.keys(originalMedia)).toHaveLength(3);
  });

  it('refuses to restore over an install with data, and says why', COMMANDS, async () => {
    const again = await npmRun(['restore', '--', file()], { DATA_DIR: dataDir('copy') });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has data');
    expect(await digestOf(embedded('copy'))).toEqual(original);
  });

  it('waits for the app to stop rather than open its database a second time', COMMANDS, async () => {
    const running = await embedded('home')();
    try {
      const backup = await npmRun(['backup', '--', path.join(work, 'while-running.tar.gz')], { DATA_DIR: dataDir('home') });
      expect(backup.code).toBe(1);
      expect(backup.stderr).toContain('seems to be running');
    } finally {
      await running.close();
    }
  });
});

describe.skipIf(testDbKind === 'pglite')('the same commands with PostgreSQL', () => {
  it('restores the embedded backup into an empty PostgreSQL schema', COMMANDS, async () => {
    const schema = await emptyPostgresSchema();
    try {
      const restore = await npmRun(['restore', '--', path.join(work, 'home.tar.gz')], { DATA_DIR: dataDir('pg-copy'), DATABASE_URL: schema.url });
      expect(restore, restore.stderr).toMatchObject({ code: 0 });
      expect(await digestOf(schema.open)).toEqual(original);
      expect(await mediaOf(path.join(dataDir('pg-copy'), 'media'))).toEqual(originalMedia);
    } finally {
      await schema.drop();
    }
  });

  it('moves the embedded install to PostgreSQL, and refuses to move it onto data', COMMANDS, async () => {
    const schema = await emptyPostgresSchema();
    try {
      const move = await npmRun(['move-to-postgres', '--', schema.url], { DATA_DIR: dataDir('home') });
      expect(move, move.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining('count and digest match') });
      expect(await digestOf(schema.open)).toEqual(original);
      const again = await npmRun(['move-to-postgres', '--', schema.url], { DATA_DIR: dataDir('home') });
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already has data');
    } finally {
      await schema.drop();
    }
  });
});

describe('npm run reset-link, for a server that sends no mail', () => {
  it('prints a one-time link that sets a new password, and refuses an email without an account', COMMANDS, async () => {
    const db = await embedded('household')();
    await migrate(db);
    let app = await startTestApp({ dataDir: dataDir('household') }, { database: asTestDatabase(db) });
    await new TestClient(app.url).signup('kai@example.test', 'Kai');
    await app.close();

    const made = await npmRun(['reset-link', '--', 'Kai@Example.test'], { DATA_DIR: dataDir('household'), PORT: '3999' });
    expect(made, made.stderr).toMatchObject({ code: 0, stdout: expect.stringMatching(/^http:\/\/localhost:3999\/reset-password#[A-Za-z0-9_-]{43}\n$/) });
    expect(made.stderr).toContain('works once, within 1 hour');
    const token = made.stdout.trim().split('#')[1]!;
    const unknown = await npmRun(['reset-link', '--', 'nobody@example.test'], { DATA_DIR: dataDir('household') });
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toContain('No account has the email nobody@example.test');

    app = await startTestApp({ dataDir: dataDir('household') }, { database: asTestDatabase(await embedded('household')()) });
    try {
      const person = new TestClient(app.url);
      expect((await person.post('/api/auth/password-reset/complete', { token, newPassword: 'a household passphrase' })).status).toBe(204);
      expect((await person.login('kai@example.test', 'a household passphrase')).status).toBe(200);
      expect((await new TestClient(app.url).post('/api/auth/password-reset/complete', { token, newPassword: 'once more please' })).status).toBe(400);
    } finally {
      await app.close();
    }
  });
});
