import { createHash, timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database';
import { AppError, NotFound } from '../errors';
import { httpCopy } from './copy';
import type { Metrics } from '../metrics';
import type { Api } from './context';

/** Where a process is in its life: readiness is true only while `serving`. */
export type Lifecycle = 'starting' | 'serving' | 'draining';

export interface OpsOptions {
  db: Database;
  lifecycle(): Lifecycle;
  /** Whether this process's live hub is listening for other processes' events. */
  hubListening(): boolean;
  /** The newest migration this build knows; a database behind it is not ready. */
  expectedMigration: number;
  metrics: Metrics | undefined;
  metricsToken: string | undefined;
}

/** A readiness check must answer while the database hangs, so a balancer can move on. */
const READY_DB_TIMEOUT_MS = 2000;

/**
 * The probes and metrics: `/healthz` (the process answers; touches nothing),
 * `/readyz` (send traffic here: database reachable, migrations current, live hub
 * listening, not shutting down) and `/metrics` (Prometheus text, behind a token).
 * Public and personal-data free; logged only when they fail (`logLevel: 'warn'`),
 * so a probe every few seconds does not fill LOG_FILE.
 */
export function opsRoutes(api: Api, options: OpsOptions): void {
  const quiet = { config: { access: 'public' as const }, schema: { hide: true }, logLevel: 'warn' as const };

  api.get('/healthz', quiet, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { ok: true };
  });

  api.get('/readyz', quiet, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const lifecycle = options.lifecycle();
    const database = lifecycle === 'serving' ? await databaseState(options.db, options.expectedMigration) : 'unchecked';
    const live = options.hubListening() ? 'listening' : 'stopped';
    const ready = lifecycle === 'serving' && database === 'ok' && live === 'listening';
    return reply.status(ready ? 200 : 503).send({ ready, lifecycle, database, live });
  });

  api.get('/metrics', quiet, async (request, reply) => {
    const { metrics, metricsToken } = options;
    if (!metrics || !metricsToken) throw new NotFound();
    if (!bearerMatches(request.headers.authorization, metricsToken)) {
      reply.header('www-authenticate', 'Bearer');
      throw new AppError(401, 'unauthorized', httpCopy.metricsToken);
    }
    reply.header('cache-control', 'no-store').type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}

async function databaseState(db: Database, expected: number): Promise<'ok' | 'unreachable' | 'behind'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), READY_DB_TIMEOUT_MS);
  });
  try {
    const [row] = await Promise.race([db.query<{ version: number | null }>('select max(version) as version from schema_migrations'), timeout]);
    return Number(row?.version ?? 0) >= expected ? 'ok' : 'behind';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

/** Compares digests, so neither the token's bytes nor its length leak through timing. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer ([^\s]+)$/i.exec(header ?? '');
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(token)) && match !== null;
}
