import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of one app process (decision 0019), made only when METRICS_TOKEN is set.
 * Every label has a handful of values — a route's pattern, a method, a status class, a
 * delivery path — never an id, an address or anything a person typed.
 */
export interface Metrics {
  registry: Registry;
  /** One answered HTTP request; `route` is the pattern (`/api/maps/:id`), never the URL. */
  requestServed(route: string | undefined, method: string, status: number, seconds: number): void;
  /** An event sent on a socket: `live` as it happened, `replay` to a socket catching up. */
  eventDelivered(path: 'live' | 'replay', lagSeconds?: number): void;
  /** A PostgreSQL query or whole transaction (including the wait for a pooled connection). */
  databaseTimed(kind: 'query' | 'transaction', seconds: number): void;
}

export interface MetricSources {
  openSockets(): number;
  pool?(): { total: number; idle: number; waiting: number };
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The status as its class ("2xx"), so a label never holds more than five values. */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
}

export function createMetrics(sources: MetricSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'offbeat_' });
  const requests = new Histogram({
    name: 'offbeat_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern, method and status class.',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const delivered = new Counter({
    name: 'offbeat_live_events_delivered_total',
    help: 'Couple events sent on live sockets: as they happened (live) or to a socket catching up (replay).',
    labelNames: ['path'] as const,
    registers: [registry],
  });
  const lag = new Histogram({
    name: 'offbeat_live_delivery_lag_seconds',
    help: 'From an event’s database timestamp to its live send on a socket of this process.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'offbeat_live_open_sockets',
    help: 'Live sockets open on this process.',
    registers: [registry],
    collect() {
      this.set(sources.openSockets());
    },
  });
  const database = new Histogram({
    name: 'offbeat_db_duration_seconds',
    help: 'PostgreSQL: time of one query outside a transaction, or of one whole transaction.',
    labelNames: ['kind'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const pool = sources.pool;
  if (pool) {
    new Gauge({
      name: 'offbeat_db_pool_connections',
      help: 'PostgreSQL pool connections: all, idle, and requests waiting for one.',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p.total);
        this.set({ state: 'idle' }, p.idle);
        this.set({ state: 'waiting' }, p.waiting);
      },
    });
  }
  return {
    registry,
    requestServed(route, method, status, seconds) {
      requests.observe({ route: route ?? 'unmatched', method: METHODS.has(method) ? method : 'other', status: statusClass(status) }, seconds);
    },
    databaseTimed(kind, seconds) {
      database.observe({ kind }, seconds);
    },
    eventDelivered(path, lagSeconds) {
      delivered.inc({ path });
      if (lagSeconds !== undefined) lag.observe(Math.max(0, lagSeconds));
    },
  };
}
