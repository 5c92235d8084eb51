import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestServer } from '../../../test/support/test-app';
import { testDbKind } from '../../../test/support/test-db';
import { TestClient, newCouple, type LiveSocket } from '../../../test/support/client';
import { hashToken } from '../../core/auth/tokens';
import { CLOSE_CODES, type CoupleEvent, type ServerMessage } from '../../core/realtime/protocol';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function connected(client: TestClient, lastSeq: number | null = null) {
  const socket = await client.openSocket({ lastSeq });
  await socket.next((m) => m.type === 'welcome');
  return socket;
}

async function headSeq(client: TestClient): Promise<number> {
  return (await client.get('/api/couple')).body.couple.headSeq;
}

const seqs = (events: CoupleEvent[]) => events.map((e) => e.seq);
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Resolves once the socket has received the event with this seq. */
function untilSeq(socket: LiveSocket, seq: number, timeoutMs = 5000) {
  return socket.next((m) => m.type === 'event' && m.event.seq === seq, timeoutMs);
}

/** Appends `n` events to a couple's log directly, as a long absence would leave it. */
async function appendMany(coupleId: string, n: number) {
  await app.db.transaction(async (tx) => {
    const [row] = await tx.query<{ head: number }>(
      'update couples set event_seq = event_seq + $2 where id = $1 returning event_seq as head',
      [coupleId, n],
    );
    await tx.query(
      `insert into couple_events (couple_id, seq, type, actor_id, payload)
       select $1, g, 'test.filler', null, '{}'::jsonb from generate_series($2::int, $3::int) g`,
      [coupleId, row!.head - n + 1, row!.head],
    );
  });
}

describe('sequence numbers', () => {
  it('numbers each couple’s events 1, 2, 3… with no gap or repeat, even when both partners act at once', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const watcher = await connected(a);
    const start = await headSeq(a);
    await Promise.all(range(1, 20).map((i) => (i % 2 ? a : b).patch('/api/couple', { name: `Name ${i}` })));
    await untilSeq(watcher, start + 20);
    expect(seqs(watcher.events())).toEqual(range(start + 1, start + 20));
    const stored = await app.db.query<{ seq: number }>('select seq from couple_events where couple_id = $1 order by seq', [coupleId]);
    expect(stored.map((r) => Number(r.seq))).toEqual(range(1, start + 20));
    expect(await headSeq(b)).toBe(start + 20);
    watcher.close();
  });

  it('keeps each couple’s sequence its own', async () => {
    const one = await newCouple(app.url);
    const two = await newCouple(app.url);
    const before = await headSeq(two.a);
    await one.a.patch('/api/couple', { name: 'Only ours' });
    expect(await headSeq(two.a)).toBe(before);
    const watcher = await connected(two.b);
    await one.b.patch('/api/couple', { name: 'Still only ours' });
    await two.a.patch('/api/couple', { name: 'Theirs' });
    const event = await watcher.next((m) => m.type === 'event');
    expect(event.type === 'event' && event.event).toMatchObject({ seq: before + 1, payload: { name: 'Theirs' } });
    expect(watcher.events()).toHaveLength(1);
    watcher.close();
  });
});

describe('reconnecting', () => {
  it('replays exactly the missed events, in order, then continues live without repeating any', async () => {
    const { a, b } = await newCouple(app.url);
    const first = await connected(b);
    await a.patch('/api/couple', { name: 'Seen' });
    const seen = await headSeq(a);
    await untilSeq(first, seen);
    first.close();
    await first.waitClosed();

    for (let i = 1; i <= 5; i++) await a.patch('/api/couple', { name: `Missed ${i}` });
    const resumed = await connected(b, seen);
    await untilSeq(resumed, seen + 5);
    await a.patch('/api/couple', { name: 'Live' });
    await untilSeq(resumed, seen + 6);
    expect(seqs(resumed.events())).toEqual(range(seen + 1, seen + 6));
    expect(resumed.events().map((e) => e.payload.name)).toEqual(['Missed 1', 'Missed 2', 'Missed 3', 'Missed 4', 'Missed 5', 'Live']);
    resumed.close();
  });

  it('never loses or repeats an event when reconnecting while the partner keeps acting', async () => {
    const { a, b } = await newCouple(app.url);
    const from = await headSeq(a);
    const writing = (async () => {
      for (let i = 1; i <= 30; i++) await a.patch('/api/couple', { name: `Busy ${i}` });
    })();
    // Reconnect mid-stream: part of what follows is replayed, part arrives live.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const socket = await connected(b, from);
    await writing;
    await untilSeq(socket, from + 30);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seqs(socket.events())).toEqual(range(from + 1, from + 30));
    socket.close();
  });

  it('starts from now with lastSeq null, and from the start with lastSeq 0', async () => {
    const { a, b } = await newCouple(app.url);
    const fresh = await connected(b, null);
    const fromStart = await connected(b, 0);
    const head = await headSeq(a);
    await untilSeq(fromStart, head);
    expect(seqs(fromStart.events())).toEqual(range(1, head));
    await a.patch('/api/couple', { name: 'Now' });
    await untilSeq(fresh, head + 1);
    expect(seqs(fresh.events())).toEqual([head + 1]);
    fresh.close();
    fromStart.close();
  });

  it('replays up to 1,000 missed events, and beyond that says `resync` with the head and replays nothing', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const start = await headSeq(a);
    await appendMany(coupleId, 1001);
    const head = start + 1001;

    const exactly = await connected(b, head - 1000);
    await untilSeq(exactly, head, 10_000);
    expect(seqs(exactly.events())).toEqual(range(head - 999, head));
    expect(exactly.messages.some((m) => m.type === 'resync')).toBe(false);
    exactly.close();

    const tooFar = await connected(b, head - 1001);
    const resync = await tooFar.next((m) => m.type === 'resync');
    expect(resync).toEqual({ v: 1, type: 'resync', headSeq: head });
    // After a resync, live events continue from the head.
    await a.patch('/api/couple', { name: 'After the gap' });
    await untilSeq(tooFar, head + 1);
    expect(seqs(tooFar.events())).toEqual([head + 1]);
    tooFar.close();
  });
});

describe('the protocol', () => {
  it('welcomes with the couple, its head and who is online', async () => {
    const { a, b, coupleId } = await newCouple(app.url);
    const socket = await b.openSocket({ lastSeq: null });
    const welcome = await socket.next((m) => m.type === 'welcome');
    expect(welcome).toEqual({
      v: 1,
      type: 'welcome',
      coupleId,
      headSeq: await headSeq(a),
      presence: expect.arrayContaining([
        { userId: b.userId, online: true, lastSeenAt: null },
        { userId: a.userId, online: false, lastSeenAt: null },
      ]),
    });
    socket.close();
  });

  it('welcomes someone with no couple, and answers ping with pong', async () => {
    const solo = new TestClient(app.url);
    await solo.signup(`solo-${Math.random().toString(36).slice(2, 8)}@example.test`, 'Solo');
    const socket = await solo.openSocket({ lastSeq: null });
    expect(await socket.next((m) => m.type === 'welcome')).toEqual({ v: 1, type: 'welcome', coupleId: null, headSeq: 0, presence: [] });
    socket.ws.send(JSON.stringify({ v: 1, type: 'ping' }));
    expect(await socket.next((m) => m.type === 'pong')).toEqual({ v: 1, type: 'pong' });
    socket.close();
  });

  it.each([
    ['text that is not JSON', 'hello?'],
    ['an unknown type', JSON.stringify({ v: 1, type: 'subscribe', couple: 'x' })],
    ['another protocol version', JSON.stringify({ v: 2, type: 'hello', lastSeq: null })],
    ['a negative lastSeq', JSON.stringify({ v: 1, type: 'hello', lastSeq: -1 })],
    ['a fractional lastSeq', JSON.stringify({ v: 1, type: 'hello', lastSeq: 1.5 })],
    ['JSON null', 'null'],
    ['a binary frame', Buffer.from([1, 2, 3])],
  ])('closes with 4400 after an error message on %s', async (_label, data) => {
    const { b } = await newCouple(app.url);
    const socket = await b.openSocket({});
    socket.ws.send(data);
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.protocolError);
    expect(socket.messages).toEqual([{ v: 1, type: 'error', code: 'bad_message', message: expect.any(String) }]);
  });
});

describe('presence', () => {
  it('tells the partner when I come online and, once my last screen closes, when I go offline', async () => {
    const { a, b } = await newCouple(app.url);
    const watcher = await connected(a);
    const isAbout = (online: boolean) => (m: ServerMessage) => m.type === 'presence' && m.presence.userId === b.userId && m.presence.online === online;

    const phone = await connected(b);
    expect(await watcher.next(isAbout(true))).toEqual({ v: 1, type: 'presence', presence: { userId: b.userId, online: true, lastSeenAt: null } });
    const laptop = await connected(b);
    phone.close();
    await phone.waitClosed();
    // Still online on the laptop: no offline yet.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(watcher.messages.filter(isAbout(false))).toHaveLength(0);

    laptop.close();
    const offline = await watcher.next(isAbout(false));
    expect(offline.type === 'presence' && Date.parse(offline.presence.lastSeenAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(watcher.messages.filter(isAbout(true))).toHaveLength(1);
    // A screen never hears about its own person.
    expect(phone.messages.some((m) => m.type === 'presence' && m.presence.userId === b.userId)).toBe(false);
    const view = (await a.get('/api/couple')).body.couple.presence;
    expect(view).toContainEqual({ userId: b.userId, online: false, lastSeenAt: expect.any(String) });
    watcher.close();
  });

  it('says online when two of my screens connect at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const { a, b } = await newCouple(app.url);
      const watcher = await connected(a);
      const screens = await Promise.all([b.openSocket({ lastSeq: null }), b.openSocket({ lastSeq: null })]);
      await watcher.next((m) => m.type === 'presence' && m.presence.userId === b.userId && m.presence.online);
      for (const s of [...screens, watcher]) s.close();
    }
  });

  it('ends on "online" when one of my screens closes as another opens (as on joining a space)', async () => {
    for (let round = 0; round < 8; round++) {
      const { a, b } = await newCouple(app.url);
      const aboutB = (m: ServerMessage) => m.type === 'presence' && m.presence.userId === b.userId;
      const watcher = await connected(a);
      const phone = await connected(b);
      await watcher.next((m) => aboutB(m) && m.type === 'presence' && m.presence.online);
      const heardBefore = watcher.messages.filter(aboutB).length;
      phone.close();
      const laptop = await connected(b);
      await phone.waitClosed();
      // Let the close's own presence work finish: whatever it says, the last word must be the truth.
      await expect.poll(async () => (await a.get('/api/couple')).body.couple.presence).toContainEqual(expect.objectContaining({ userId: b.userId, online: true }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const heard = watcher.messages.filter(aboutB).slice(heardBefore);
      const last = heard.at(-1) ?? watcher.messages.filter(aboutB).at(-1);
      expect(last, `round ${round}: ${JSON.stringify(heard)}`).toMatchObject({ presence: { userId: b.userId, online: true } });
      for (const s of [laptop, watcher]) s.close();
    }
  });
});

describe('the socket door', () => {
  it('closes a socket without a session with 4401', async () => {
    const anonymous = new TestClient(app.url);
    const socket = await anonymous.openSocket({});
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    expect(socket.messages).toEqual([]);
  });

  it('closes the sockets of a session that expired while they were open, on any bus, and only those', async () => {
    const checking = await app.startVariant({}, { liveCheckMs: 200 });
    const { a, b } = await newCouple(checking.url);
    const [expiring, staying] = await Promise.all([a.openSocket({ lastSeq: null }), b.openSocket({ lastSeq: null })]);
    await Promise.all([expiring.next((m) => m.type === 'welcome'), staying.next((m) => m.type === 'welcome')]);
    // Nobody announces an expiry: the session's time simply runs out.
    await app.db.query(`update sessions set expires_at = now() - interval '1 second' where user_id = $1`, [a.userId]);
    expect(await expiring.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    // The partner's own socket stays open and live.
    expect((await b.patch('/api/couple', { name: 'Still here' })).status).toBe(204);
    await staying.next((m) => m.type === 'event');
    staying.close();
  });

  it('closes a socket from a foreign or missing Origin before it can hear anything', async () => {
    const { a, b } = await newCouple(app.url);
    for (const origin of ['https://evil.example', 'null', `${app.url.replace('127.0.0.1', 'localhost')}`]) {
      const socket = await b.openSocket({ origin, lastSeq: null });
      await a.patch('/api/couple', { name: `While ${origin} knocks` });
      expect(await socket.waitClosed()).toBe(CLOSE_CODES.protocolError);
      expect(socket.messages).toEqual([]);
    }
    const ws = new WebSocket(`${app.url.replace(/^http/, 'ws')}/api/live`, { headers: { cookie: b.cookieHeader } });
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(CLOSE_CODES.protocolError);
  });
});

describe.skipIf(testDbKind === 'pglite')('two app processes on one PostgreSQL', () => {
  let node2: TestServer;
  beforeAll(async () => {
    node2 = await app.startAnotherNode();
  });

  /** The same person, same session, talking to the other process. */
  function onNode2(client: TestClient) {
    const moved = new TestClient(node2.url);
    for (const [k, v] of client.cookies) moved.cookies.set(k, v);
    moved.csrfToken = client.csrfToken;
    moved.userId = client.userId;
    return moved;
  }

  it('delivers a change made through process 2 to a socket on process 1, in order', async () => {
    const { a, b } = await newCouple(app.url);
    const watcher = await connected(a);
    const from = await headSeq(a);
    const b2 = onNode2(b);
    await Promise.all(range(1, 10).map((i) => (i % 2 ? b2 : a).patch('/api/couple', { name: `Across ${i}` })));
    await untilSeq(watcher, from + 10);
    expect(seqs(watcher.events())).toEqual(range(from + 1, from + 10));
    const fromNode2 = watcher.events().filter((e) => e.actorId === b.userId);
    expect(fromNode2).toHaveLength(5);
    watcher.close();
  });

  it('carries presence across processes', async () => {
    const { a, b } = await newCouple(app.url);
    const watcher = await connected(a);
    const socket = await connected(onNode2(b));
    await watcher.next((m) => m.type === 'presence' && m.presence.userId === b.userId && m.presence.online);
    expect((await a.get('/api/couple')).body.couple.presence).toContainEqual({ userId: b.userId, online: true, lastSeenAt: null });
    socket.close();
    await watcher.next((m) => m.type === 'presence' && m.presence.userId === b.userId && !m.presence.online);
    watcher.close();
  });

  it('closes a socket on process 1 when its session is ended through process 2', async () => {
    const { a } = await newCouple(app.url);
    const phone = new TestClient(app.url);
    const email = (await a.get('/api/session')).body.user.email;
    expect((await phone.login(email)).status).toBe(200);
    const socket = await connected(phone);
    const ended = await onNode2(a).post('/api/account/sessions/end-all', { includeThisDevice: false });
    expect(ended.body).toEqual({ ended: 1 });
    expect(await socket.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
  });

  // LISTEN's own gaps; the NATS bus's are in test/live-bus.int.test.ts.
  const onListen = it.skipIf(process.env.TEST_LIVE_BUS === 'nats');

  onListen('keeps delivering after its LISTEN connection drops, and catches up what it missed meanwhile', async () => {
    const { a, b } = await newCouple(app.url);
    const watcher = await connected(a);
    const from = await headSeq(a);
    // Cut every process's LISTEN connection, as a database restart or a network blip would.
    const cut = await app.db.query<{ ok: boolean }>(
      `select pg_terminate_backend(pid) as ok from pg_stat_activity where query = $1`,
      [`LISTEN "${app.testDb.channel}"`],
    );
    expect(cut.length).toBeGreaterThan(0);
    // Made through the other process while nobody listens: it can only arrive by catching up from the log.
    await onNode2(b).patch('/api/couple', { name: 'During the blip' });
    await untilSeq(watcher, from + 1, 10_000);
    await onNode2(b).patch('/api/couple', { name: 'After the blip' });
    await untilSeq(watcher, from + 2, 10_000);
    expect(seqs(watcher.events())).toEqual([from + 1, from + 2]);
    expect(watcher.closeCode).toBeNull();
    watcher.close();
  });

  onListen('closes a socket whose session ended unannounced while its LISTEN connection was down, and only that one', async () => {
    const { a } = await newCouple(app.url);
    const phone = new TestClient(app.url);
    const email = (await a.get('/api/session')).body.user.email;
    expect((await phone.login(email)).status).toBe(200);
    const ending = await connected(phone);
    const staying = await connected(a);
    // The session ends and its announcement is lost, as when it was sent while nobody listened.
    await app.db.query('delete from sessions where id = $1', [hashToken(phone.cookies.get('offbeat_session')!)]);
    await app.db.query(`select pg_terminate_backend(pid) from pg_stat_activity where query = $1`, [`LISTEN "${app.testDb.channel}"`]);
    expect(await ending.waitClosed()).toBe(CLOSE_CODES.sessionEnded);
    await a.patch('/api/couple', { name: 'Still here' });
    await staying.next((m) => m.type === 'event' && m.event.type === 'couple.renamed');
    expect(staying.closeCode).toBeNull();
    staying.close();
  });

  it('tells a partner on process 1, at once, that the space ended when the other left through process 2', async () => {
    const { a, b } = await newCouple(app.url);
    const stayer = await connected(a);
    const leaver = await connected(b);
    expect((await onNode2(b).post('/api/couple/leave')).status).toBe(204);
    // The space ends for both: each socket is closed so each phone fetches its new state.
    expect(await stayer.waitClosed()).toBe(CLOSE_CODES.membershipChanged);
    expect(await leaver.waitClosed()).toBe(CLOSE_CODES.membershipChanged);
    expect((await a.get('/api/couple')).body).toMatchObject({ couple: null, ended: true });
  });
});
