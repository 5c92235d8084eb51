import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, testConfig, type TestApp, type TestServer } from '../../../test/support/test-app';
import { newCouple } from '../../../test/support/client';
import type { Database } from '../db/database';
import { features } from '../../server/features';
import { buildApp } from './app';

const TOKEN = 'metrics-token-for-the-test-0123456789';

let app: TestApp;
let withMetrics: TestServer;
beforeAll(async () => {
  app = await startTestApp();
  withMetrics = await app.startVariant({ metricsToken: TOKEN });
});
afterAll(() => app.close());

describe('health and readiness', () => {
  it('/healthz says the process answers, and is never cached', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('/readyz is ready with the database reachable, migrations current and the live hub listening', async () => {
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, lifecycle: 'serving', database: 'ok', live: 'listening' });
  });

  it('/readyz answers 503 when the database fails or is behind this build’s migrations', async () => {
    let mode: 'ok' | 'down' | 'behind' = 'ok';
    const db: Database = {
      ...app.db,
      query: (text, params) => {
        if (mode === 'ok' || !text.includes('schema_migrations')) return app.db.query(text, params);
        return mode === 'down' ? Promise.reject(new Error('connection lost')) : Promise.resolve([{ version: 1 }] as never);
      },
    };
    const built = await buildApp({ config: testConfig(), db, features, channel: app.testDb.channel });
    try {
      const ready = async () => {
        const res = await built.api.inject({ method: 'GET', url: '/readyz' });
        return { status: res.statusCode, body: res.json() };
      };
      expect(await ready()).toEqual({ status: 200, body: { ready: true, lifecycle: 'serving', database: 'ok', live: 'listening' } });
      mode = 'down';
      expect(await ready()).toEqual({ status: 503, body: { ready: false, lifecycle: 'serving', database: 'unreachable', live: 'listening' } });
      mode = 'behind';
      expect(await ready()).toEqual({ status: 503, body: { ready: false, lifecycle: 'serving', database: 'behind', live: 'listening' } });
    } finally {
      await built.close();
    }
  });
});

describe('readiness while the live connection is away', () => {
  // PGlite listens in process; only PostgreSQL's LISTEN connection can drop.
  it.runIf(process.env.TEST_DB === 'postgres')('/readyz answers 503 from a lost LISTEN connection until it listens again', async () => {
    const ready = async () => {
      const res = await app.app.api.inject({ method: 'GET', url: '/readyz' });
      return { status: res.statusCode, body: res.json() };
    };
    expect(await ready()).toMatchObject({ status: 200, body: { live: 'listening' } });
    // The reconnect waits on a timer: held (faked) so the gap lasts as long as the test needs it to.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const [listener] = await app.db.query<{ pid: number }>(
        `select pid from pg_stat_activity where query like 'LISTEN%' and query like '%' || $1 || '%' and pid <> pg_backend_pid()`,
        [app.testDb.channel],
      );
      expect(listener, 'the app’s LISTEN connection').toBeDefined();
      await app.db.query('select pg_terminate_backend($1)', [listener!.pid]);
      await vi.waitUntil(() => !app.app.ctx.hub.isListening(), { timeout: 10_000, interval: 5 });
      expect(await ready()).toEqual({ status: 503, body: { ready: false, lifecycle: 'serving', database: 'ok', live: 'stopped' } });
    } finally {
      // Let the held reconnect go (and anything else that waited on a timer meanwhile, early rather than never).
      vi.runOnlyPendingTimers();
      vi.useRealTimers();
    }
    await vi.waitUntil(async () => (await ready()).status === 200, { timeout: 15_000, interval: 50 });
    expect(await ready()).toEqual({ status: 200, body: { ready: true, lifecycle: 'serving', database: 'ok', live: 'listening' } });
  });
});

describe('metrics', () => {
  it('are off unless METRICS_TOKEN is set: 404, like any unknown path', async () => {
    const res = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('need the token: none, a wrong one, or one with more after it get 401', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-of-some-length', `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`]) {
      const res = await fetch(`${withMetrics.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      const text = await res.text();
      expect(text).not.toContain('offbeat_');
    }
  });

  it('with the token: Prometheus text with the named metrics, no label holding an id, an email or a path with ids', async () => {
    const { a, b, coupleId } = await newCouple(withMetrics.url);
    const socket = await b.openSocket({ lastSeq: null });
    await socket.next((m) => m.type === 'welcome');
    expect((await a.patch('/api/couple', { name: 'Counted' })).status).toBe(204);
    await socket.next((m) => m.type === 'event');
    // Routes with ids in their path, found and not found.
    await a.get(`/api/maps/${coupleId}`);
    await a.get(`/api/no-such-thing/${a.userId}`);

    const res = await fetch(`${withMetrics.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    socket.close();

    for (const name of [
      'offbeat_http_request_duration_seconds_bucket',
      'offbeat_live_open_sockets',
      'offbeat_live_events_delivered_total',
      'offbeat_live_delivery_lag_seconds_count',
      'offbeat_process_cpu_user_seconds_total',
      'offbeat_nodejs_eventloop_lag_seconds',
    ]) {
      expect(text, name).toMatch(new RegExp(`^${name}[{ ]`, 'm'));
    }
    if (app.db.kind === 'postgres') {
      expect(text).toMatch(/^offbeat_db_pool_connections\{state="idle"\} \d+/m);
      expect(sample(text, 'offbeat_db_duration_seconds_count{kind="query"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'offbeat_db_duration_seconds_count{kind="transaction"}')).toBeGreaterThanOrEqual(1);
    }
    expect(sample(text, 'offbeat_live_open_sockets')).toBe(1);
    expect(sample(text, 'offbeat_live_events_delivered_total{path="live"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'offbeat_live_delivery_lag_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('route="/api/couple",method="PATCH",status="2xx"');
    expect(text).toContain('route="/api/maps/:id",method="GET",status="4xx"');
    expect(text).toContain('route="unmatched",method="GET",status="4xx"');

    const values = [...text.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, label, value]) => ({ label: label!, value: value! }));
    expect(values.length).toBeGreaterThan(20);
    for (const { label, value } of values) {
      expect(value, label).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
      expect(value, label).not.toMatch(/@/);
      expect(value, label).not.toContain(coupleId);
      expect(value, label).not.toContain(a.userId!);
    }
  });
});

/** The value of the one sample line that starts with `series` (name plus labels). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? Number.NaN : Number(line.slice(series.length + 1));
}
