import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SERVER_ENTRY_POINTS, SERVER_OUTDIR } from '../scripts/server-build.mjs';
import { loadConfig } from '../src/core/config';

/**
 * deploy/ holds recipes no container engine or init system runs here. What can be checked is:
 * the Dockerfile's build steps name real npm scripts and files and start the file the build
 * writes; the compose file wires the app to PostgreSQL with health checks; the systemd unit
 * starts that same file, stops gracefully, and passes `systemd-analyze verify`; the Caddyfile
 * passes `caddy validate` (in CI Caddy must be there: .ci/run installs it).
 */
const read = (file: string) => readFileSync(path.join('deploy', file), 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const BUILT_MAIN = `${SERVER_OUTDIR}/main.js`;
const CI = process.env.CI === 'true';

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function instructions(text: string): Array<{ op: string; args: string }> {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(' ') };
    });
}

function hasTool(name: string, args: string[]): boolean {
  return spawnSync(name, args).status === 0;
}

describe('deploy/Dockerfile', () => {
  const steps = instructions(read('Dockerfile'));

  it('builds in one node:20-slim stage and runs in another', () => {
    expect(steps.filter((s) => s.op === 'FROM').map((s) => s.args)).toEqual(['node:20-slim AS build', 'node:20-slim']);
  });

  it('runs npm ci on the lock file, then only npm scripts that exist', () => {
    const runs = steps.filter((s) => s.op === 'RUN').map((s) => s.args);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    expect(existsSync('package-lock.json')).toBe(true);
    const scripts = runs.flatMap((r) => [...r.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
    expect(scripts).toContain('build');
    for (const script of scripts) expect(pkg.scripts, script).toHaveProperty(script);
    // What the build stage copies in before `npm ci` exists.
    const firstCopy = steps.find((s) => s.op === 'COPY')!.args.split(' ').slice(0, -1);
    for (const file of firstCopy) expect(existsSync(file), file).toBe(true);
  });

  it('starts the file `npm run build` writes, with what it reads at start copied beside it', () => {
    expect(SERVER_ENTRY_POINTS.main).toBe('src/server/main.ts');
    const cmd = JSON.parse(steps.find((s) => s.op === 'CMD')!.args) as string[];
    expect(cmd).toEqual(['node', BUILT_MAIN]);
    const copied = steps.filter((s) => s.op === 'COPY' && s.args.startsWith('--from=build')).map((s) => s.args.split(' ')[1]);
    for (const needed of ['/app/package.json', '/app/node_modules', '/app/migrations', `/app/${SERVER_OUTDIR.split('/')[0]}`]) expect(copied).toContain(needed);
    expect(existsSync('migrations')).toBe(true);
  });

  it('runs as a non-root user with DATA_DIR a volume, and checks /healthz', () => {
    const user = steps.filter((s) => s.op === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    const env = steps.filter((s) => s.op === 'ENV').map((s) => s.args).join(' ');
    const dataDir = /DATA_DIR=(\S+)/.exec(env)?.[1];
    expect(dataDir).toBe('/data');
    expect(steps.find((s) => s.op === 'VOLUME')?.args).toBe(dataDir);
    expect(steps.find((s) => s.op === 'HEALTHCHECK')?.args).toContain('/healthz');
    expect(steps.find((s) => s.op === 'STOPSIGNAL')?.args).toBe('SIGTERM');
  });

  it('leaves node_modules, dist and data out of the build context', () => {
    const ignored = read('Dockerfile.dockerignore').split('\n');
    for (const entry of ['node_modules', 'dist', 'data', '.env']) expect(ignored).toContain(entry);
  });
});

describe('deploy/docker-compose.yml', () => {
  const compose = parseYaml(read('docker-compose.yml'));

  it('runs the app on postgres:15, after PostgreSQL is healthy, with volumes and health checks', () => {
    const { app, postgres } = compose.services;
    expect(postgres.image).toBe('postgres:15');
    expect(postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(app.build).toEqual({ context: '..', dockerfile: 'deploy/Dockerfile' });
    expect(app.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(app.healthcheck.test.join(' ')).toContain('/readyz');
    expect(app.volumes).toContain('app-data:/data');
    expect(postgres.volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(Object.keys(compose.volumes)).toEqual(['postgres-data', 'app-data']);
  });

  it('gives the app a configuration the app accepts, and more stop time than its grace', () => {
    const { app, postgres } = compose.services;
    const config = loadConfig(app.environment);
    expect(config.databaseUrl).toBe(`postgres://${postgres.environment.POSTGRES_USER}:${postgres.environment.POSTGRES_PASSWORD}@postgres:5432/${postgres.environment.POSTGRES_DB}`);
    expect(config.dataDir).toBe('/data');
    expect(Number.parseInt(app.stop_grace_period, 10) * 1000).toBeGreaterThan(config.shutdownGraceMs);
  });
});

describe('deploy/offbeat.service', () => {
  const unit = read('offbeat.service');
  const keys = new Map<string, string[]>();
  for (const line of unit.split('\n')) {
    const m = /^(\w+)=(.*)$/.exec(line);
    if (m) keys.set(m[1]!, [...(keys.get(m[1]!) ?? []), m[2]!]);
  }
  const one = (key: string) => keys.get(key)?.at(-1);

  it('starts the built server from its working directory, with its settings from an EnvironmentFile', () => {
    const [node, main, ...rest] = one('ExecStart')!.split(' ');
    expect(node).toBe('/usr/bin/node');
    expect(rest).toEqual([]);
    expect(path.relative(one('WorkingDirectory')!, main!)).toBe(BUILT_MAIN);
    expect(one('EnvironmentFile')).toBe('/etc/offbeat/offbeat.env');
  });

  it('restarts on failure and stops with SIGTERM, waiting longer than the drain may take', () => {
    expect(one('Restart')).toBe('on-failure');
    expect(one('KillSignal')).toBe('SIGTERM');
    const env = Object.fromEntries(read('offbeat.env.example').split('\n').filter((l) => /^\w+=/.test(l)).map((l) => l.split(/=(.*)/).slice(0, 2)));
    const config = loadConfig(env);
    expect(config.trustProxy).toBe(1);
    expect(Number(one('TimeoutStopSec')) * 1000).toBeGreaterThan(config.shutdownGraceMs);
    expect(Number(one('TimeoutStopSec')) * 1000).toBeGreaterThan(loadConfig({}).shutdownGraceMs);
  });

  it('is hardened', () => {
    for (const [key, value] of [['NoNewPrivileges', 'yes'], ['ProtectSystem', 'strict'], ['ProtectHome', 'yes'], ['PrivateTmp', 'yes'], ['CapabilityBoundingSet', '']]) {
      expect(one(key!), key).toBe(value);
    }
    expect(one('User')).toBe('offbeat');
  });

  it('passes systemd-analyze verify', (ctx) => {
    if (!hasTool('systemd-analyze', ['--version'])) {
      if (CI) throw new Error('systemd-analyze is missing; in CI that is a failure, not a skip');
      return ctx.skip();
    }
    const run = spawnSync('systemd-analyze', ['verify', path.resolve('deploy/offbeat.service')], { encoding: 'utf8' });
    // Unknown keys are only warnings: any output at all is a problem.
    expect({ status: run.status, output: `${run.stdout}${run.stderr}`.trim() }).toEqual({ status: 0, output: '' });
  });
});

describe('deploy/Caddyfile', () => {
  it('passes caddy validate', (ctx) => {
    if (!hasTool('caddy', ['version'])) {
      if (CI) throw new Error('caddy is missing; in CI that is a failure, not a skip (.ci/run installs it)');
      return ctx.skip();
    }
    // Caddy keeps its state under XDG folders: a throwaway one, not this user's.
    const home = mkdtempSync(path.join(tmpdir(), 'offbeat-caddy-'));
    try {
      const run = spawnSync('caddy', ['validate', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
        encoding: 'utf8',
        env: { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout + run.stderr).toContain('Valid configuration');
      // Formatted as caddy fmt would write it (a warning otherwise).
      expect(run.stderr).not.toContain('not formatted');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('proxies to the app with readiness checks and keeps /metrics off the internet', () => {
    const caddy = read('Caddyfile');
    expect(caddy).toMatch(/reverse_proxy 127\.0\.0\.1:3000/);
    expect(caddy).toMatch(/health_uri \/readyz/);
    expect(caddy).toMatch(/@metrics path \/metrics\s+respond @metrics 404/);
  });
});
