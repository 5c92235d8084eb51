// Child process: the durable floor (decision 0022). The least any correct design must do for
// a partner action: take the same HTTP request Offbeat takes (method, path, JSON body, session
// cookie, CSRF header), authenticate it, commit it to PostgreSQL, and only then push it to the
// partner's open socket. One statement, autocommit, so one round trip: the session lookup,
// the insert of the event row and the pg_notify travel together, and the row is durable when
// the answer comes back. The push is in-process, after that commit — what Offbeat does for
// partners on the same process (decision 0004); a second process would hear the NOTIFY.
// What it leaves out, on purpose: per-couple ordering under a lock, idempotency, the domain's
// own rows (a signal, a pause), validation beyond JSON, a framework.
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { WebSocketServer, type WebSocket } from 'ws';
import { csrfTokenFor, hashToken, randomToken, safeEqual } from '../src/core/auth/tokens';
import type { OffbeatReady, Person } from './offbeat-server';
import { onStop } from './lib';

const coupleCount = Number(process.env.BENCH_COUPLES ?? 1000);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';
const schema = `floor_${randomBytes(4).toString('hex')}`;
const channel = `floor_${schema}`;

const admin = new pg.Client({ connectionString: postgresUrl });
await admin.connect();
await admin.query(`create schema ${schema}`);
await admin.end();
// Offbeat's pool size (openPostgres' default).
const pool = new pg.Pool({ connectionString: postgresUrl, options: `-c search_path=${schema}`, max: 10, idleTimeoutMillis: 5 * 60_000 });
await pool.query(`
  create table sessions (id text primary key, user_id uuid not null, couple_id uuid not null, expires_at timestamptz not null);
  create table events (id bigserial primary key, couple_id uuid not null, actor_id uuid not null, type text not null,
                       payload jsonb not null, created_at timestamptz not null default now());
  create index on events (couple_id, id);`);

const seedStart = performance.now();
const couples: OffbeatReady['couples'] = [];
{
  const person = (): Person => {
    const token = randomToken();
    return { userId: randomUUID(), token, csrf: csrfTokenFor(token) };
  };
  const rows: unknown[][] = [];
  for (let i = 0; i < coupleCount; i++) {
    const coupleId = randomUUID();
    const couple = { a: person(), b: person() };
    couples.push(couple);
    for (const p of [couple.a, couple.b]) rows.push([hashToken(p.token), p.userId, coupleId]);
  }
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    await pool.query(
      `insert into sessions (id, user_id, couple_id, expires_at)
       select * , now() + interval '1 day' from unnest($1::text[], $2::uuid[], $3::uuid[])`,
      [batch.map((r) => r[0]), batch.map((r) => r[1]), batch.map((r) => r[2])],
    );
  }
}
const seedMs = performance.now() - seedStart;

/** The event each request makes, as Offbeat names it (so the bench's scenarios hear it unchanged). */
function eventOf(method: string, url: string, body: Record<string, unknown>): { type: string; payload: Record<string, unknown> } | null {
  if (method === 'PATCH' && url === '/api/couple' && typeof body.name === 'string') return { type: 'couple.renamed', payload: { name: body.name } };
  if (method === 'POST' && url === '/api/signals' && typeof body.clientId === 'string') return { type: 'signal.sent', payload: { signalId: body.clientId } };
  const command = body.command as { type?: unknown } | undefined;
  if (method === 'POST' && url === '/api/pause/commands' && typeof command?.type === 'string') {
    return { type: command.type === 'request' ? 'pause.requested' : `pause.${command.type}`, payload: {} };
  }
  return null;
}

const APPEND = `
  with s as (select user_id, couple_id from sessions where id = $1 and expires_at > now()),
       e as (insert into events (couple_id, actor_id, type, payload)
             select couple_id, user_id, $2, $3::jsonb from s
             returning id, couple_id, actor_id, type, payload,
                       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at)
  select id, couple_id as "coupleId", actor_id as "actorId", type, payload, created_at as "createdAt",
         pg_notify($4, json_build_object('c', couple_id, 'id', id)::text) from e`;

const socketsOf = new Map<string, Set<WebSocket>>();

function tokenOf(req: http.IncomingMessage): string | null {
  return /(?:^|;\s*)offbeat_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? null;
}

const send = (res: http.ServerResponse, status: number, body?: unknown) =>
  body === undefined ? res.writeHead(status).end() : res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

const server = http.createServer((req, res) => {
  let text = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (text += chunk));
  req.on('end', () => {
    void (async () => {
      const token = tokenOf(req);
      if (!token) return send(res, 401);
      if (!safeEqual(String(req.headers['x-csrf-token'] ?? ''), csrfTokenFor(token))) return send(res, 403);
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return send(res, 400);
      }
      const event = eventOf(req.method ?? '', req.url ?? '', body);
      if (!event) return send(res, 404);
      const { rows } = await pool.query<{ id: string; coupleId: string; actorId: string; type: string; payload: unknown; createdAt: string }>(APPEND, [
        hashToken(token),
        event.type,
        JSON.stringify(event.payload),
        channel,
      ]);
      const row = rows[0];
      if (!row) return send(res, 401);
      // Committed (autocommit): now, and only now, the partner may hear it.
      const message = JSON.stringify({ v: 1, type: 'event', event: { seq: Number(row.id), type: row.type, actorId: row.actorId, payload: row.payload, createdAt: row.createdAt } });
      for (const ws of socketsOf.get(row.coupleId) ?? []) ws.send(message);
      send(res, event.type === 'couple.renamed' ? 204 : 200, event.type === 'couple.renamed' ? undefined : { seq: Number(row.id) });
    })().catch((error: Error) => {
      console.error(error);
      send(res, 500);
    });
  });
});

const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
server.on('upgrade', (req, socket, head) => {
  const token = tokenOf(req);
  void (async () => {
    const { rows } = token
      ? await pool.query<{ coupleId: string }>('select couple_id as "coupleId" from sessions where id = $1 and expires_at > now()', [hashToken(token)])
      : { rows: [] };
    const coupleId = rows[0]?.coupleId;
    if (!coupleId || req.url !== '/api/live') return void socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
    wss.handleUpgrade(req, socket, head, (ws) => {
      const set = socketsOf.get(coupleId) ?? new Set();
      socketsOf.set(coupleId, set);
      set.add(ws);
      ws.on('message', () => ws.send(JSON.stringify({ v: 1, type: 'welcome', coupleId, headSeq: 0, presence: [] })));
      ws.on('close', () => set.delete(ws));
    });
  })().catch(() => socket.destroy());
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send!({ ready: { url: `http://127.0.0.1:${port}`, couples, seedMs, schema } satisfies OffbeatReady });
});

onStop(async () => {
  for (const ws of wss.clients) ws.terminate();
  await new Promise((resolve) => server.close(resolve));
  await pool.query(`drop schema ${schema} cascade`);
  await pool.end();
});
