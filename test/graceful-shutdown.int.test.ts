import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../e2e/support/servers';
import { LiveClient } from '../src/core/web/live/live-client';
import type { LiveMessage } from '../src/core/realtime/protocol';
import { TestClient, newCouple } from './support/client';
import { bundleServer } from './support/server-bundle';
import { postgresUrl, testDbKind } from './support/test-db';

/**
 * SIGTERM on a real app process while a couple's events flow and a write is in flight
 * (issue 16): the write finishes and is stored, and the partner's socket moves to the other
 * process with its last seq and misses nothing. Two processes share one PostgreSQL (PGlite
 * is one process), each as `node main.js` in its own child process.
 */
describe.skipIf(testDbKind === 'pglite')('graceful shutdown across two app processes', () => {
  const schema = `shutdown_${randomBytes(5).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'offbeat-shutdown-'));
  let admin: pg.Client;
  let p1: AppProcess;
  let p2: AppProcess;
  let main: string | undefined;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    main = await bundleServer();
    const envFor = (name: string) => {
      const url = new URL(postgresUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      // So the test can see which process's query waits on a lock.
      url.searchParams.set('application_name', name);
      return { DATABASE_URL: url.toString(), DATA_DIR: dataDir, SHUTDOWN_GRACE_SECONDS: '30' };
    };
    [p1, p2] = await Promise.all([startAppProcess(envFor(`${schema}_p1`), main), startAppProcess(envFor(`${schema}_p2`), main)]);
  });

  afterAll(async () => {
    await Promise.all([p1?.stop(), p2?.stop()]);
    // A failure while the row was held leaves that transaction open.
    await admin.query('rollback');
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
    if (main) rmSync(path.dirname(main), { recursive: true, force: true });
  });

  it('finishes the write in flight and moves the socket to the other process, missing nothing', { timeout: 60_000 }, async () => {
    // B signs up and writes through process 2; A is the same person on process 1.
    const { a: aOn2, b, coupleId } = await newCouple(p2.url);
    const a = new TestClient(p1.url);
    for (const [k, v] of aOn2.cookies) a.cookies.set(k, v);
    a.csrfToken = aOn2.csrfToken;

    // A's socket is the web app's own client; the "balancer" sends it to process 1 until that one stops.
    let target = p1.url;
    const sockets: Array<{ url: string; hellos: unknown[]; seqs: number[]; closeCode?: number }> = [];
    const handedOn: number[] = [];
    let welcomes = 0;
    const client = new LiveClient({
      url: '/api/live',
      handlers: {
        cursor: async () => (await a.get('/api/couple')).body.couple.headSeq,
        onMessage: (m: LiveMessage) => {
          if (m.type === 'event') handedOn.push(m.event.seq);
          if (m.type === 'welcome') welcomes += 1;
        },
        onSessionEnded: () => {},
        onMembershipChanged: () => {},
        onStatus: () => {},
      },
      createSocket: () => {
        const record = { url: target, hellos: [] as unknown[], seqs: [] as number[], closeCode: undefined as number | undefined };
        sockets.push(record);
        const ws = new WebSocket(target.replace(/^http/, 'ws') + '/api/live', { headers: { cookie: a.cookieHeader, origin: target } });
        // What the server really sent and what the client really said, beneath the client's own de-duplication.
        ws.on('message', (data) => {
          const m = JSON.parse(data.toString());
          if (m.type === 'event') record.seqs.push(m.event.seq);
        });
        const send = ws.send.bind(ws);
        ws.send = ((text: string) => (record.hellos.push(JSON.parse(text)), send(text))) as typeof ws.send;
        ws.on('close', (code) => (record.closeCode = code));
        return ws as unknown as globalThis.WebSocket;
      },
    });
    const startSeq = (await a.get('/api/couple')).body.couple.headSeq as number;
    client.start();
    await expect.poll(() => welcomes, { timeout: 10_000 }).toBe(1);

    // B keeps writing through process 2 the whole time.
    let flowing = true;
    const statuses: number[] = [];
    const flow = (async () => {
      for (let i = 0; flowing; i++) statuses.push((await b.patch('/api/couple', { name: `Name ${i}` })).status);
    })();
    await expect.poll(() => handedOn.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);

    // Hold the couple's row, so A's rename on process 1 is in flight when the signal comes.
    await admin.query('begin');
    await admin.query(`select 1 from ${schema}.couples where id = $1 for update`, [coupleId]);
    const inFlight = a.patch('/api/couple', { name: 'Said while stopping' });
    await expect
      .poll(async () => (await admin.query(`select count(*)::int as n from pg_stat_activity where application_name = $1 and wait_event_type = 'Lock'`, [`${schema}_p1`])).rows[0].n, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(1);

    target = p2.url;
    const stopped = p1.stop(40_000);
    // A is told "going away", reconnects to process 2 and is welcomed there, while the write still waits.
    await expect.poll(() => welcomes, { timeout: 10_000 }).toBe(2);
    const ready1 = await fetch(`${p1.url}/readyz`).then((r) => r.status, () => 'refused');
    expect(ready1).not.toBe(200);
    await admin.query('commit');

    expect((await inFlight).status).toBe(204);
    expect(await stopped).toBe(0);
    // Drained, not cut off: nothing was left waiting for the grace to run out.
    expect(p1.output()).not.toContain('shutdown grace ran out');
    // More of B's events after the move; then stop and let A catch up.
    const afterMove = statuses.length;
    await expect.poll(() => statuses.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(afterMove + 5);
    flowing = false;
    await flow;
    const log = (await admin.query(`select seq, payload from ${schema}.couple_events where couple_id = $1 and seq > $2 order by seq`, [coupleId, startSeq])).rows;
    const logSeqs = log.map((r) => Number(r.seq));
    await expect.poll(() => handedOn.length, { timeout: 10_000 }).toBe(logSeqs.length);
    client.stop();

    expect(statuses.every((s) => s === 204), JSON.stringify(statuses)).toBe(true);
    expect(log.filter((r) => r.payload.name === 'Said while stopping')).toHaveLength(1);
    expect(sockets.map((s) => s.url)).toEqual([p1.url, p2.url]);
    expect(sockets[0]!.closeCode).toBe(1001);
    // The second socket resumed right after the last event the first one delivered…
    expect(sockets[1]!.hellos[0]).toEqual({ v: 1, type: 'hello', lastSeq: sockets[0]!.seqs.at(-1) });
    // …and between them the server sent every event exactly once, in order, as the log holds them.
    expect([...sockets[0]!.seqs, ...sockets[1]!.seqs]).toEqual(logSeqs);
    expect(handedOn).toEqual(logSeqs);
  });
});
