import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from './support/test-app';
import type { LiveSocket, TestClient } from './support/client';
import { pairUp, personOn, writeMySide } from './support/couple-life';
import { startPushReceiver } from './support/push-receiver';
import type { ServerMessage } from '../src/core/realtime/protocol';

/**
 * Issue 13 §7, "nothing can be turned into pressure": for each of a person's own choices, what
 * their partner's API answers, socket frames and pushes hold — and that none of them says a
 * choice was made. Where it can, a test compares the partner's view with that of a partner
 * whose other simply never opened the app: the two must be the same but for ids and times.
 */
let app: TestApp;
let receiver: Awaited<ReturnType<typeof startPushReceiver>>;
beforeAll(async () => {
  app = await startTestApp({ push: { ...testConfig().push, allowLoopback: true } });
  receiver = await startPushReceiver();
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

/** Words that would give a choice away if they reached the partner. */
const TELLS = ['seenReceipts', 'presenceVisible', 'quiet', 'hidden', 'muted', 'not_now', 'declin'];

async function couple() {
  const [alex, blair] = await Promise.all([personOn(app, 'Alex'), personOn(app, 'Blair')]);
  await pairUp(alex, blair);
  return { alex, blair };
}

async function share(client: TestClient, body: Record<string, unknown>) {
  const current = (await client.get('/api/notifications/sharing')).body;
  const res = await client.put('/api/notifications/sharing', { seenReceipts: current.seenReceipts, presenceVisible: current.presenceVisible, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function listening(client: TestClient): Promise<LiveSocket> {
  const head = (await client.get('/api/couple')).body.couple.headSeq as number;
  const socket = await client.openSocket({ lastSeq: head });
  await socket.next((m) => m.type === 'welcome');
  return socket;
}

async function subscribe(client: TestClient) {
  const device = receiver.newDevice(`${client.userId}-${randomUUID()}`);
  expect((await client.post('/api/push/subscriptions', device)).status).toBe(201);
  return device;
}

async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Ids and times differ between couples; everything else must be equal. */
function shape(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
      .replace(/"(seq|headSeq)":\d+/g, '"$1":0'),
  );
}

const settle = () => new Promise((r) => setTimeout(r, 300));
const partnerFrames = (socket: LiveSocket, userId: string) =>
  socket.messages.filter((m) => m.type === 'presence' && m.presence.userId === userId);

describe('at your own pace: the settings themselves', () => {
  it('start as the app always was, save each choice, and refuse bad input without changing anything', async () => {
    const { alex } = await couple();
    expect((await alex.get('/api/notifications/sharing')).body).toEqual({ seenReceipts: true, presenceVisible: true, quietUntil: null });
    for (const bad of [
      { seenReceipts: true },
      { seenReceipts: true, presenceVisible: true, quiet: '10h' },
      { seenReceipts: true, presenceVisible: true, quiet: '1h', timeZone: 'Nowhere/Else' },
      { seenReceipts: 1, presenceVisible: true },
      { seenReceipts: false, presenceVisible: false, quietUntil: '2999-01-01T00:00:00Z' },
    ]) {
      const res = await alex.put('/api/notifications/sharing', bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    expect((await alex.get('/api/notifications/sharing')).body).toEqual({ seenReceipts: true, presenceVisible: true, quietUntil: null });

    const before = Date.now();
    const hour = await share(alex, { quiet: '1h' });
    expect(Date.parse(hour.quietUntil) - before).toBeGreaterThan(59 * 60_000);
    expect(Date.parse(hour.quietUntil) - before).toBeLessThan(61 * 60_000);
    const morning = await share(alex, { quiet: 'tomorrow_morning', timeZone: 'Asia/Tokyo' });
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(morning.quietUntil));
    expect(local).toBe('08:00');
    // Leaving the quiet out keeps it; "off" ends it.
    expect((await share(alex, { seenReceipts: false })).quietUntil).toBe(morning.quietUntil);
    expect(await share(alex, { quiet: 'off' })).toEqual({ seenReceipts: false, presenceVisible: true, quietUntil: null });
  });

  it('are deleted with the account', async () => {
    const { alex } = await couple();
    await share(alex, { seenReceipts: false, presenceVisible: false, quiet: '4h' });
    const id = alex.userId;
    await app.db.query('delete from users where id = $1', [id]);
    expect(await app.db.query('select 1 from sharing_prefs where user_id = $1', [id])).toEqual([]);
  });
});

describe('"seen" receipts, off', () => {
  it('the sender sees exactly what a signal not opened yet looks like: no delivered, no seen, no event', async () => {
    // Control: Blair never opens the app.
    const control = await couple();
    const controlSent = await control.alex.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    const unopened = (await control.alex.get('/api/signals')).body;

    const { alex, blair } = await couple();
    await share(blair, { seenReceipts: false });
    const watch = await listening(alex);
    const sent = await alex.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    expect(shape(sent.body)).toEqual(shape(controlSent.body));
    // Blair's device reports both, as it always does; the server keeps neither.
    for (const step of ['delivered', 'seen']) {
      const res = await blair.post(`/api/signals/${sent.body.id}/${step}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'sent', deliveredAt: null, seenAt: null });
    }
    await settle();
    const view = (await alex.get('/api/signals')).body;
    expect(shape(view)).toEqual(shape(unopened));
    expect(view.signals[0]).toMatchObject({ status: 'sent', deliveredAt: null, seenAt: null });
    const types = watch.events().map((e) => e.type);
    expect(types).toEqual(['signal.sent']);
    const [row] = await app.db.query<{ deliveredAt: Date | null; seenAt: Date | null }>(
      'select delivered_at as "deliveredAt", seen_at as "seenAt" from signals where id = $1',
      [sent.body.id],
    );
    expect(row).toEqual({ deliveredAt: null, seenAt: null });
    for (const tell of TELLS) expect(JSON.stringify([view, watch.messages])).not.toContain(tell);

    // An answer is Blair's own act, and reaches Alex as always.
    await blair.post(`/api/signals/${sent.body.id}/answer`, { kind: 'here' });
    expect((await alex.get('/api/signals')).body.signals[0].answer).toMatchObject({ kind: 'here' });
    watch.close();
  });

  it('a note played with receipts off stays unplayed for its author, with no event', async () => {
    const { alex, blair } = await couple();
    await share(blair, { seenReceipts: false });
    const note = await alex.post('/api/notes', { text: 'thinking of you' });
    const watch = await listening(alex);
    expect((await blair.post(`/api/notes/${note.body.id}/played`, {})).status).toBe(204);
    await settle();
    expect((await alex.get('/api/notes')).body.notes[0]).toMatchObject({ playedAt: null });
    expect(watch.events()).toEqual([]);
    // With receipts on, the same listen is told, as it always was.
    await share(blair, { seenReceipts: true });
    await blair.post(`/api/notes/${note.body.id}/played`, {});
    expect((await alex.get('/api/notes')).body.notes[0].playedAt).not.toBeNull();
    watch.close();
  });

  it('with receipts on, the same taps do reach the sender (the control for the test above)', async () => {
    const { alex, blair } = await couple();
    const sent = await alex.post('/api/signals', { clientId: randomUUID() });
    await blair.post(`/api/signals/${sent.body.id}/seen`);
    expect((await alex.get('/api/signals')).body.signals[0].status).toBe('seen');
  });
});

describe('presence, hidden', () => {
  const away = (userId: string) => ({ userId, online: false, lastSeenAt: null });

  it('the partner’s welcome, presence frames and couple view always show them away and never seen', async () => {
    const { alex, blair } = await couple();
    await share(alex, { presenceVisible: false });
    const watch = await listening(blair);

    const alexPhone = await listening(alex);
    const welcome = (await listening(blair)).messages.find((m) => m.type === 'welcome') as Extract<ServerMessage, { type: 'welcome' }>;
    expect(welcome.presence).toContainEqual(away(alex.userId!));
    const blairsView = (await blair.get('/api/couple')).body.couple;
    expect(blairsView.presence).toContainEqual(away(alex.userId!));
    // Alex still sees themselves as here.
    expect((await alex.get('/api/couple')).body.couple.presence).toContainEqual({ userId: alex.userId, online: true, lastSeenAt: null });

    alexPhone.close();
    await settle();
    await (await listening(alex)).close();
    await settle();
    // Opening and closing the app sent Blair nothing at all about Alex — not even "away".
    expect(partnerFrames(watch, alex.userId!)).toEqual([]);
    expect((await blair.get('/api/couple')).body.couple.presence).toContainEqual(away(alex.userId!));
    const [row] = await app.db.query<{ lastSeenAt: Date | null }>('select last_seen_at as "lastSeenAt" from users where id = $1', [alex.userId]);
    expect(row!.lastSeenAt).toBeNull();
    for (const tell of TELLS) expect(JSON.stringify([blairsView, watch.messages])).not.toContain(tell);
    watch.close();
  });

  it('sends no "working here" on the map while hidden', async () => {
    const { alex, blair } = await couple();
    const mapId = await writeMySide(alex, 'a shared side');
    await share(alex, { presenceVisible: false });
    const watch = await listening(blair);
    expect((await alex.post(`/api/maps/${mapId}/awareness`, { ownerId: alex.userId, field: 'fear' })).status).toBe(204);
    await settle();
    expect(watch.messages.filter((m) => m.type === 'ephemeral')).toEqual([]);
    // Shown again, the same tap does reach Blair: the test above is not passing by accident.
    await share(alex, { presenceVisible: true });
    await alex.post(`/api/maps/${mapId}/awareness`, { ownerId: alex.userId, field: 'fear' });
    await watch.next((m) => m.type === 'ephemeral');
    watch.close();
  });

  it('looks the same as a partner who has never opened the app', async () => {
    const control = await couple();
    const neverOpened = (await control.blair.get('/api/couple')).body.couple.presence;

    const { alex, blair } = await couple();
    const phone = await listening(alex);
    await share(alex, { presenceVisible: false });
    const hidden = (await blair.get('/api/couple')).body.couple.presence;
    // Blair's own entry differs (Blair is here or not); Alex's must be the same shape.
    const alexOf = (list: Array<{ userId: string }>, id: string) => list.find((p) => p.userId === id);
    expect(shape(alexOf(hidden, alex.userId!))).toEqual(shape(alexOf(neverOpened, control.alex.userId!)));
    phone.close();
  });

  it('hiding while here tells the partner only what closing the app would; showing again tells what is true', async () => {
    const { alex, blair } = await couple();
    const watch = await listening(blair);
    const phone = await listening(alex);
    await watch.next((m) => m.type === 'presence' && m.presence.userId === alex.userId && m.presence.online);
    await share(alex, { presenceVisible: false });
    expect((await watch.next((m) => m.type === 'presence' && m.presence.userId === alex.userId && !m.presence.online)).type).toBe('presence');
    expect(partnerFrames(watch, alex.userId!).at(-1)).toEqual({ v: 1, type: 'presence', presence: away(alex.userId!) });
    await share(alex, { presenceVisible: true });
    await waitFor(async () => (partnerFrames(watch, alex.userId!).length === 3 ? true : undefined));
    expect(partnerFrames(watch, alex.userId!).at(-1)).toEqual({ v: 1, type: 'presence', presence: { userId: alex.userId, online: true, lastSeenAt: null } });
    phone.close();
    watch.close();
  });
});

describe('quiet for a while', () => {
  it('sends no push to the quiet one, still brings the signal into the app silently, and tells the partner nothing', async () => {
    const control = await couple();
    const controlSent = await control.alex.post('/api/signals', { clientId: randomUUID() });

    const { alex, blair } = await couple();
    await subscribe(blair);
    await share(blair, { quiet: '4h' });
    const blairScreen = await listening(blair);
    const before = receiver.received.length;
    const sent = await alex.post('/api/signals', { clientId: randomUUID(), need: 'space' });
    expect(shape({ ...sent.body, need: null })).toEqual(shape(controlSent.body));
    await blairScreen.next((m) => m.type === 'event' && m.event.type === 'signal.sent');
    const outcome = await waitFor(async () => {
      const [row] = await app.db.query<{ outcome: string | null }>('select outcome from push_outbox where user_id = $1', [blair.userId]);
      return row?.outcome ?? undefined;
    });
    expect(outcome).toBe('quiet_for_a_while');
    expect(receiver.received.slice(before).filter((p) => p.path.includes(blair.userId!))).toEqual([]);
    const alexView = (await alex.get('/api/signals')).body;
    for (const tell of TELLS) expect(JSON.stringify(alexView)).not.toContain(tell);

    // Over: the next moment reaches Blair's phone again.
    await share(blair, { quiet: 'off' });
    const arriving = receiver.next();
    expect((await alex.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'request', minutes: 10, where: 'nearby', returnPlan: 'talk' } })).status).toBe(200);
    expect((await arriving).path).toContain(blair.userId!);
    blairScreen.close();
  });

  it('a quiet while that has passed is simply over', async () => {
    const { blair } = await couple();
    await share(blair, { quiet: '1h' });
    await app.db.query(`update sharing_prefs set quiet_until = now() - interval '1 minute' where user_id = $1`, [blair.userId]);
    expect((await blair.get('/api/notifications/sharing')).body.quietUntil).toBeNull();
  });
});

describe('a pause request, declined gently', () => {
  it('"not now" closes the request with no feed line, no name, no minutes counted — and the asker is told kindly', async () => {
    const { alex, blair } = await couple();
    await subscribe(alex);
    const asked = await alex.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'request', minutes: 20, where: 'nearby', returnPlan: 'check_in' } });
    expect(asked.status).toBe(200);
    const feedBefore = (await alex.get('/api/couple/activity?limit=100')).body.items;
    const blairsFeedBefore = (await blair.get('/api/couple/activity?limit=100')).body.items;
    const watch = await listening(alex);
    const arriving = receiver.next();

    const declined = await blair.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'not_now' } });
    expect(declined.status).toBe(200);
    expect(declined.body.pause.status).toBe('not_now');
    const event = (await watch.next((m) => m.type === 'event' && m.event.type === 'pause.not_now')) as Extract<ServerMessage, { type: 'event' }>;
    expect(event.event.actorId).toBeNull();
    expect((await arriving).payload).toMatchObject({ url: '/pause' });

    // The feed is exactly as it was: the request, and nothing after it.
    expect(shape((await alex.get('/api/couple/activity?limit=100')).body.items)).toEqual(shape(feedBefore));
    expect(shape((await blair.get('/api/couple/activity?limit=100')).body.items)).toEqual(shape(blairsFeedBefore));
    const [episode] = await app.db.query<{ minutes: number; outcome: string }>(
      `select minutes, outcome from episodes where pause_id = $1`,
      [asked.body.pause.id],
    );
    expect(episode).toEqual({ minutes: 0, outcome: 'not_now' });
    // Only the one asked may say it, and only while the request waits.
    expect((await alex.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'request', minutes: 5, where: 'nearby', returnPlan: 'talk' } })).status).toBe(200);
    expect((await alex.post('/api/pause/commands', { commandId: randomUUID(), command: { type: 'not_now' } })).status).toBe(409);
    watch.close();
  });
});

describe('no feature tells when or how often the other opened the app', () => {
  it('opening the app, the journal and screens leaves nothing in what the partner can read', async () => {
    const { alex, blair } = await couple();
    const before = {
      couple: shape((await blair.get('/api/couple')).body),
      feed: shape((await blair.get('/api/couple/activity?limit=100')).body),
    };
    const phone = await listening(alex);
    for (const path of ['/api/journal', '/api/pause', '/api/signals', '/api/ruptures', '/api/maps', '/api/couple/activity', '/api/notifications/sharing']) {
      const res = await alex.get(path);
      expect(res.status, path).toBeLessThan(500);
    }
    phone.close();
    await settle();
    // Presence (which Alex can hide) is the only trace; with it masked, nothing else changed.
    const strip = (body: { couple: { presence: unknown; headSeq: number } }) => ({ ...body, couple: { ...body.couple, presence: null } });
    expect(shape(strip((await blair.get('/api/couple')).body))).toEqual(shape(strip(before.couple as never)));
    expect(shape((await blair.get('/api/couple/activity?limit=100')).body)).toEqual(before.feed);
  });
});
