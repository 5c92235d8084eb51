import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/core/config';
import type { Database, Queryable } from '../src/core/db/database';
import type { NodeMessage } from '../src/core/realtime/event-log';
import { NatsBus, type BusListener, type LiveBus, type LiveTopic } from '../src/core/realtime/live-bus';
import { CLOSE_CODES, type CoupleEvent } from '../src/core/realtime/protocol';
import { TestClient, newCouple, type LiveSocket } from './support/client';
import { startTestApp, type TestApp, type TestAppOptions, type TestServer } from './support/test-app';
import { testDbKind } from './support/test-db';
import { connectTherapist, therapistOn } from './support/therapist';

/** scripts/test.mjs sets TEST_NATS=off when no NATS server runs here (a skip locally, a failure in CI). */
const natsUrl = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
const nats: Partial<Config> = { liveBus: { kind: 'nats', natsUrl } };
/** Short, so a lost message is found in a test's time; production checks every heartbeat (10 s). */
const CHECK_MS = 300;

/** A NATS bus that keeps what its subscriptions delivered, and can drop the next message it would send. */
class WatchedBus implements LiveBus {
  readonly heard: NodeMessage[] = [];
  readonly dropped: NodeMessage[] = [];
  private dropNext: ((message: NodeMessage) => boolean) | null = null;
  private readonly inner: NatsBus;

  constructor(channel: string) {
    this.inner = new NatsBus({ url: natsUrl, prefix: channel, warn: () => {} });
  }

  get appendChannel() {
    return this.inner.appendChannel;
  }
  get echoes() {
    return this.inner.echoes;
  }
  get mayLose() {
    return this.inner.mayLose;
  }
  connected(): boolean {
    return this.inner.connected();
  }

  /** The next message matching `test` is lost, as when the process died between commit and publish. */
  drop(test: (message: NodeMessage) => boolean): void {
    this.dropNext = test;
  }

  send(db: Queryable, message: NodeMessage): Promise<void> {
    if (this.dropNext?.(message)) {
      this.dropNext = null;
      this.dropped.push(message);
      return Promise.resolve();
    }
    return this.inner.send(db, message);
  }

  start(db: Database, listener: BusListener): Promise<void> {
    return this.inner.start(db, {
      hear: (message) => {
        this.heard.push(message);
        listener.hear(message);
      },
      resumed: () => listener.resumed(),
    });
  }

  follow(topic: LiveTopic) {
    return this.inner.follow(topic);
  }
  unfollow(topic: LiveTopic) {
    this.inner.unfollow(topic);
  }
  stop() {
    return this.inner.stop();
  }
}

let app1: TestApp;
let app2: TestServer;
let app3: TestServer;
let bus1: WatchedBus;
let bus3: WatchedBus;

/** Another app process: its own pool on PostgreSQL; on PGlite, the one database with its own hub and bus connection. */
function anotherApp(options: TestAppOptions): Promise<TestServer> {
  return testDbKind === 'postgres' ? app1.startAnotherNode(nats, options) : app1.startVariant(nats, options);
}

beforeAll(async () => {
  app1 = await startTestApp(nats, { bus: (channel) => (bus1 = new WatchedBus(channel)), liveCheckMs: CHECK_MS });
  // The second as the configuration makes it: LIVE_BUS=nats.
  app2 = await anotherApp({ liveCheckMs: CHECK_MS });
  app3 = await anotherApp({ bus: (channel) => (bus3 = new WatchedBus(channel)), liveCheckMs: CHECK_MS });
});
afterAll(() => app1?.close());

/** The same person, same session, talking to another app. */
function on(server: TestServer, client: TestClient): TestClient {
  const moved = new TestClient(server.url);
  for (const [k, v] of client.cookies) moved.cookies.set(k, v);
  moved.csrfToken = client.csrfToken;
  moved.userId = client.userId;
  return moved;
}

async function connected(client: TestClient): Promise<LiveSocket> {
  const socket = await client.openSocket({ lastSeq: null });
  await socket.next((m) => m.type === 'welcome');
  return socket;
}

async function headSeq(client: TestClient): Promise<number> {
  return (await client.get('/api/couple')).body.couple.headSeq;
}

const seqs = (events: CoupleEvent[]) => events.map((e) => e.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const until = (socket: LiveSocket, seq: number, timeoutMs = 5000) => socket.next((m) => m.type === 'event' && m.event.seq === seq, timeoutMs);

/** Whether a bus message concerns this couple or one of its people. */
function about(coupleId: string, userIds: Array<string | null>) {
  return (m: NodeMessage) => ('c' in m && m.c === coupleId) || ('u' in m && userIds.includes(m.u));
}

describe.skipIf(process.env.TEST_NATS === 'off')('the NATS live bus across app processes', () => {
  it('is what LIVE_BUS=nats builds', () => {
    expect(app2.app.ctx.events.bus).toBeInstanceOf(NatsBus);
  });

  it('carries a couple’s events between partners on two apps, in order, exactly once, and only to the apps serving that couple', async () => {
    const { a, b, coupleId } = await newCouple(app1.url);
    const other = await newCouple(app1.url);
    const heardBefore = bus3.heard.length;
    const aSocket = await connected(a);
    const b2 = on(app2, b);
    const bSocket = await connected(b2);
    const otherSocket = await connected(on(app3, other.a));
    const from = await headSeq(a);

    await Promise.all(range(1, 10).map((i) => (i % 2 ? a : b2).patch('/api/couple', { name: `Across ${i}` })));
    // A last one, so anything repeated or late would have arrived before it.
    await b2.patch('/api/couple', { name: 'Last' });
    for (const socket of [aSocket, bSocket]) {
      await until(socket, from + 11);
      expect(seqs(socket.events())).toEqual(range(from + 1, from + 11));
    }
    expect(aSocket.events().filter((e) => e.actorId === b.userId)).toHaveLength(6);

    // The third app serves only the other couple: it hears that couple's traffic, and nothing of the first.
    await other.b.patch('/api/couple', { name: 'Ours' });
    await otherSocket.next((m) => m.type === 'event' && m.event.payload.name === 'Ours');
    const heard = bus3.heard.slice(heardBefore);
    expect(heard.filter(about(other.coupleId, [other.a.userId, other.b.userId])).length).toBeGreaterThan(0);
    expect(heard.filter(about(coupleId, [a.userId, b.userId]))).toEqual([]);
    for (const s of [aSocket, bSocket, otherSocket]) s.close();
  });

  it('stops hearing a couple once its last socket on that app has gone', async () => {
    const { a, b, coupleId } = await newCouple(app1.url);
    const socket = await connected(on(app3, b));
    await a.patch('/api/couple', { name: 'While here' });
    await socket.next((m) => m.type === 'event' && m.event.payload.name === 'While here');
    socket.close();
    await socket.waitClosed();
    // The partner's presence is announced once the socket has been uncounted, after its subscriptions ended.
    const aSocket = await connected(a);
    await expect.poll(async () => (await a.get('/api/couple')).body.couple.presence.find((p: { userId: string }) => p.userId === b.userId)?.online, { timeout: 5000 }).toBe(false);
    const heardBefore = bus3.heard.length;
    await on(app2, a).patch('/api/couple', { name: 'After' });
    await aSocket.next((m) => m.type === 'event' && m.event.payload.name === 'After');
    expect(bus3.heard.slice(heardBefore).filter(about(coupleId, [a.userId, b.userId]))).toEqual([]);
    aSocket.close();
  });

  it('delivers an event whose publish was lost, with no further event, from the periodic check of served couples', async () => {
    const { a, b } = await newCouple(app1.url);
    const bSocket = await connected(on(app2, b));
    const from = await headSeq(a);
    bus1.drop((m) => m.k === 'event');
    await a.patch('/api/couple', { name: 'Never published' });
    expect(bus1.dropped).toHaveLength(1);
    const arrived = await until(bSocket, from + 1, 5000);
    expect(arrived.type === 'event' && arrived.event.payload.name).toBe('Never published');
    expect(await headSeq(a)).toBe(from + 1);
    expect(seqs(bSocket.events())).toEqual([from + 1]);
    bSocket.close();
  });

  it('ends a session’s sockets on another app, and only that session’s', async () => {
    const { a, b } = await newCouple(app1.url);
    const phone = new TestClient(app2.url);
    const email = (await a.get('/api/session')).body.user.email;
    expect((await phone.login(email)).status).toBe(200);
    const phoneSocket = await connected(phone);
    const staying = await connected(on(app2, a));
    const partner = await connected(on(app2, b));
    const ended = await a.post('/api/account/sessions/end-all', { includeThisDevice: false });
    expect(ended.body).toEqual({ ended: 1 });
    expect(await phoneSocket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    await b.patch('/api/couple', { name: 'Still here' });
    for (const socket of [staying, partner]) await socket.next((m) => m.type === 'event' && m.event.payload.name === 'Still here');
    expect([staying.closeCode, partner.closeCode]).toEqual([null, null]);
    staying.close();
    partner.close();
  });

  it('tells both partners’ sockets on another app when the space ends', async () => {
    const { a, b } = await newCouple(app1.url);
    const stayer = await connected(on(app2, a));
    const leaver = await connected(on(app3, b));
    expect((await b.post('/api/couple/leave')).status).toBe(204);
    expect(await stayer.waitClosed()).toBe(CLOSE_CODES.membershipChanged);
    expect(await leaver.waitClosed()).toBe(CLOSE_CODES.membershipChanged);
  });

  it('tells the therapist’s screens on another app that what they may see changed, and no other therapist', async () => {
    const { a, coupleId } = await newCouple(app1.url);
    const lee = await therapistOn(app1, 'Lee');
    const sam = await therapistOn(app1, 'Sam');
    await connectTherapist(app1, lee, coupleId);
    const leeSocket = await connected(on(app2, lee));
    const samSocket = await connected(on(app2, sam));
    expect((await a.put('/api/my-therapist/consent', { scope: 'map', granted: true })).status).toBe(204);
    expect(await leeSocket.next((m) => m.type === 'access')).toEqual({ v: 1, type: 'access', coupleId });
    // A marker through the same bus, so a stray nudge to Sam would have arrived before it.
    await app1.app.ctx.events.publish(app1.db, { k: 'access', u: sam.userId!, c: 'marker' });
    await samSocket.next((m) => m.type === 'access');
    expect(samSocket.messages.filter((m) => m.type === 'access')).toEqual([{ v: 1, type: 'access', coupleId: 'marker' }]);
    expect(leeSocket.messages.filter((m) => m.type === 'event')).toEqual([]);
    leeSocket.close();
    samSocket.close();
  });

  it('appends without a NOTIFY: nothing is heard on the channel but the marker sent after', async () => {
    const { a, b } = await newCouple(app1.url);
    const heard: string[] = [];
    const unlisten = await app1.db.listen(app1.testDb.channel, (payload) => heard.push(payload));
    const bSocket = await connected(on(app2, b));
    const from = await headSeq(a);
    await a.patch('/api/couple', { name: 'Quietly' });
    await until(bSocket, from + 1);
    // NOTIFYs reach a listener in commit order: had the append sent one, it would be heard first.
    await app1.db.query('select pg_notify($1, $2)', [app1.testDb.channel, 'marker']);
    await expect.poll(() => heard.includes('marker'), { timeout: 5000 }).toBe(true);
    expect(heard).toEqual(['marker']);
    await unlisten();
    bSocket.close();
  });

  it('catches up what was sent while its connection to NATS was down, once it is back', async () => {
    // This app reaches NATS through a proxy the test can cut; its periodic check is too slow to help here.
    const upstream = new URL(natsUrl);
    const open = new Set<net.Socket>();
    let refusing = false;
    const proxy = net.createServer((client) => {
      if (refusing) return void client.destroy();
      const server = net.connect(Number(upstream.port || 4222), upstream.hostname);
      for (const [from, to] of [[client, server], [server, client]] as const) {
        open.add(from);
        from.pipe(to);
        from.on('error', () => to.destroy());
        from.on('close', () => (open.delete(from), to.destroy()));
      }
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as net.AddressInfo).port;
    const throughProxy: Partial<Config> = { liveBus: { kind: 'nats', natsUrl: `nats://127.0.0.1:${port}` } };
    const cut = testDbKind === 'postgres'
      ? await app1.startAnotherNode(throughProxy, { liveCheckMs: 600_000 })
      : await app1.startVariant(throughProxy, { liveCheckMs: 600_000 });
    const { a, b } = await newCouple(app1.url);
    const bSocket = await connected(on(cut, b));
    const from = await headSeq(a);
    await a.patch('/api/couple', { name: 'Before' });
    await until(bSocket, from + 1);

    refusing = true;
    for (const socket of open) socket.destroy();
    await a.patch('/api/couple', { name: 'While away' });
    refusing = false;
    await until(bSocket, from + 2, 10_000);
    expect(seqs(bSocket.events())).toEqual([from + 1, from + 2]);
    expect(bSocket.closeCode).toBeNull();
    bSocket.close();
    await cut.close();
    proxy.close();
  });
});
