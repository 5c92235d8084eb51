// The embedded database's durability cost (decision 0007): single-row commits per second
// and commit latency on PGlite as it ran before (fsync off), on durable PGlite, and on
// PostgreSQL; and, under strace, how many fsync-family calls reach the kernel per commit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Engine } from './durability-writer';
import { sibling, stats, type Stats } from './lib';

export interface EngineFigures {
  engine: Engine;
  commitsPerSecond: number;
  latency: Stats;
  /** fsync-family system calls per acknowledged commit, or null without strace. */
  syncsPerCommit: number | null;
}

const SYNC_CALLS = 'fsync,fdatasync,sync_file_range,msync';

function runWriter(engine: Engine, where: string, commits: number, underStrace: string | null): { latencies: number[]; seconds: number } {
  const writer = [sibling('durability-writer.js'), engine, where, String(commits)];
  const command = underStrace ? 'strace' : process.execPath;
  const args = underStrace ? ['-f', '-qq', '-o', underStrace, '-e', `trace=${SYNC_CALLS}`, process.execPath, ...writer] : writer;
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`${engine}: ${(run.stderr || run.error?.message || '').slice(-300)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as { latencies: number[]; seconds: number };
}

function countSyncCalls(traceFile: string): number {
  return readFileSync(traceFile, 'utf8')
    .split('\n')
    .filter((l) => new RegExp(`\\b(${SYNC_CALLS.replaceAll(',', '|')})\\(`).test(l) && !l.includes('= -1')).length;
}

const hasStrace = () => spawnSync('strace', ['-V']).status === 0;

async function onPostgres(postgresUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh schema per run, so the PostgreSQL figures start from an empty table too (dropped when the bench ends). */
async function freshSchemaUrl(postgresUrl: string, schemas: string[]): Promise<string> {
  const schema = `bench_durability_${process.pid}_${Date.now()}`;
  await onPostgres(postgresUrl, `create schema ${schema}`);
  schemas.push(schema);
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

export async function runDurability(options: { commits: number; tracedCommits: number; postgresUrl: string | null }): Promise<EngineFigures[]> {
  const engines: Engine[] = ['pglite-fsync-off', 'pglite-durable', ...(options.postgresUrl ? (['postgres'] as const) : [])];
  const strace = hasStrace();
  const scratch = mkdtempSync(path.join(tmpdir(), 'offbeat-bench-durability-'));
  const schemas: string[] = [];
  try {
    const figures: EngineFigures[] = [];
    for (const engine of engines) {
      const where = async (pass: string) => (engine === 'postgres' ? freshSchemaUrl(options.postgresUrl!, schemas) : path.join(scratch, `${engine}-${pass}`));
      const timed = runWriter(engine, await where('timed'), options.commits, null);
      let syncsPerCommit: number | null = null;
      if (strace) {
        const traceFile = path.join(scratch, `${engine}.strace`);
        // PostgreSQL's server process does the syncing there, not this client: only PGlite runs in the traced process.
        if (engine !== 'postgres') {
          // Opening a new data directory syncs files of its own: counted on a run with no commits and taken off.
          runWriter(engine, await where('traced-empty'), 0, traceFile);
          const opening = countSyncCalls(traceFile);
          runWriter(engine, await where('traced'), options.tracedCommits, traceFile);
          syncsPerCommit = (countSyncCalls(traceFile) - opening) / options.tracedCommits;
        }
      }
      figures.push({ engine, commitsPerSecond: options.commits / timed.seconds, latency: stats(timed.latencies), syncsPerCommit });
    }
    return figures;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    for (const schema of schemas) await onPostgres(options.postgresUrl!, `drop schema ${schema} cascade`);
  }
}
