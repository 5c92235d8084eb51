// `--only=load`: the main read and write routes under a fixed request rate, with autocannon
// (decision 0022). Every connection signs in as a different couple's partner, so what is
// measured is the server and its database, not one account's rows. The baseline, in the same
// run and on the same server: /api/health (no session, no database).
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import http from 'node:http';
import { request } from './latency';
import type { Person } from './offbeat-server';
import { inBatches, startChild, type Child, type Stats } from './lib';
import type { OffbeatReady } from './offbeat-server';

export interface LoadOptions {
  db: 'pglite' | 'postgres';
  postgresUrl: string;
  couples: number;
  connections: number;
  /** Requests per second over all connections. */
  rate: number;
  seconds: number;
}

export interface RouteLoad {
  route: string;
  write: boolean;
  requests: number;
  latency: Pick<Stats, 'p50' | 'p99' | 'max'>;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Requests per second actually answered. */
  answered: number;
}

interface Route {
  route: string;
  write: boolean;
  method: 'GET' | 'POST' | 'PATCH';
  path(couple: number): string;
  body?(couple: number, k: number): unknown;
  /** A public route: sent without the session. */
  anonymous?: boolean;
}

export async function runLoad(options: LoadOptions, logFile: string): Promise<RouteLoad[]> {
  const child: Child<OffbeatReady> = await startChild<OffbeatReady>('offbeat-server.js', {
    env: { BENCH_DB: options.db, BENCH_COUPLES: String(options.couples), BENCH_POSTGRES_URL: options.postgresUrl },
    logFile,
  });
  try {
    const { url, couples } = child.ready;
    const headersOf = (p: Person) => ({ cookie: `offbeat_session=${p.token}`, 'x-csrf-token': p.csrf, origin: url });
    // Untimed: each couple's pattern map, for the map read.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const maps: string[] = new Array(couples.length);
    await inBatches(couples, 16, async (c, i) => {
      maps[i] = (await request<{ id: string }>(agent, `${url}/api/maps`, 'POST', headersOf(c.a), { name: 'the tango' })).id;
    });
    agent.destroy();

    const routes: Route[] = [
      { route: 'GET /api/health (baseline: no session, no database)', write: false, method: 'GET', path: () => '/api/health', anonymous: true },
      { route: 'GET /api/couple (home)', write: false, method: 'GET', path: () => '/api/couple' },
      { route: 'GET /api/practice/summary (today)', write: false, method: 'GET', path: () => '/api/practice/summary' },
      { route: 'GET /api/maps/:id (pattern map)', write: false, method: 'GET', path: (c) => `/api/maps/${maps[c]}` },
      { route: 'GET /api/pause (the latest pause)', write: false, method: 'GET', path: () => '/api/pause' },
      { route: 'POST /api/signals (a tap)', write: true, method: 'POST', path: () => '/api/signals', body: () => ({ clientId: randomUUID(), need: null }) },
      { route: 'PATCH /api/couple (rename)', write: true, method: 'PATCH', path: () => '/api/couple', body: (c, k) => ({ name: `Our space ${c}.${k}` }) },
    ];
    const results: RouteLoad[] = [];
    for (const r of routes) {
      let nextCouple = 0;
      let k = 0;
      const result = await autocannon({
        url,
        connections: options.connections,
        overallRate: options.rate,
        duration: options.seconds,
        requests: [
          {
            method: r.method,
            // One couple per connection, taken when the connection sends its first request.
            setupRequest: (req, context: { couple?: number }) => {
              context.couple ??= nextCouple++ % couples.length;
              const c = context.couple;
              const body = r.body?.(c, k++);
              return {
                ...req,
                path: r.path(c),
                headers: {
                  ...(r.anonymous ? {} : headersOf(couples[c]!.a)),
                  ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                ...(body === undefined ? {} : { body: JSON.stringify(body) }),
              };
            },
          },
        ],
      });
      results.push({
        route: r.route,
        write: r.write,
        requests: result.requests.total,
        latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        answered: result.requests.average,
      });
    }
    return results;
  } finally {
    await child.stop();
  }
}
