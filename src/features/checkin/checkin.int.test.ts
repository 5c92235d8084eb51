import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCouple, type LiveSocket, type TestClient } from '../../../test/support/client';
import { checkinsSince } from './reads';
import { CheckinReminders } from './reminders';
import { addWeeks, weekStartOf } from './week';

// The server's clock, set by each test: the two partners' weeks agree on a Wednesday, and differ
// on a Sunday afternoon (it is already Monday in Kiritimati).
const WEDNESDAY_NOON_UTC = Date.parse('2026-12-02T12:00:00Z');
const SUNDAY_NOON_UTC = Date.parse('2026-12-06T12:00:00Z');
let clock = WEDNESDAY_NOON_UTC;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => clock });
});
beforeEach(() => void (clock = WEDNESDAY_NOON_UTC));
afterAll(() => app.close());

// Two partners far apart: Alex a day ahead of Blair much of the time.
const ALEX_TZ = 'Pacific/Kiritimati';
const BLAIR_TZ = 'Europe/Berlin';
const CSI_A = { happiness: 4, warm: 3, rewarding: 5, satisfied: 2 }; // 14
const CSI_B = { happiness: 6, warm: 0, rewarding: 1, satisfied: 5 }; // 12
const LOOP_A = { caught: 3, wayBack: 1, safeToReach: 2, safeToStepBack: null };
const LOOP_B = { caught: 0, wayBack: null, safeToReach: 4, safeToStepBack: 4 };

const weekOf = (c: TestClient, tz: string) => c.get(`/api/checkins/week?timeZone=${encodeURIComponent(tz)}`);
const answer = (c: TestClient, tz: string, csi4: object | null, loop: object, sharing?: string) => c.put('/api/checkins/week', { timeZone: tz, csi4, loop, ...(sharing ? { sharing } : {}) });

async function couple() {
  const { a, b, coupleId } = await newCouple(app.url);
  await a.refreshSession();
  await b.refreshSession();
  const sockets = await Promise.all([a.openSocket({ lastSeq: 0 }), b.openSocket({ lastSeq: 0 })]);
  await Promise.all(sockets.map((s) => s.next((m) => m.type === 'welcome')));
  return { a, b, coupleId, aSocket: sockets[0]!, bSocket: sockets[1]! };
}

async function worldOf(coupleId: string, userId: string) {
  const [row] = await app.db.query<{ seq: number; pushes: number }>(
    `select (select event_seq from couples where id = $1)::int as seq, (select count(*) from push_outbox where user_id = $2)::int as pushes`,
    [coupleId, userId],
  );
  return row!;
}

/** A little time for a frame that should not come; then what did. */
async function framesAfter(socket: LiveSocket, ms = 300) {
  await new Promise((r) => setTimeout(r, ms));
  return socket.events().filter((e) => e.type.startsWith('checkin.'));
}

describe('the weekly check-in', () => {
  it('is private by default: the partner’s API, socket, seq and pushes do not change at all', async () => {
    const { a, b, coupleId, bSocket } = await couple();
    const before = await worldOf(coupleId, b.userId!);
    const bBefore = (await weekOf(b, BLAIR_TZ)).body;
    const res = await answer(a, ALEX_TZ, CSI_A, LOOP_A);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.weekStart).toBe(weekStartOf(clock, ALEX_TZ));
    expect(res.body.mine).toMatchObject({ csi4: CSI_A, csi4Total: 14, loop: LOOP_A, sharing: 'private', stand: 'private' });
    expect(res.body.partner).toBeNull();
    const bAfter = (await weekOf(b, BLAIR_TZ)).body;
    expect(bAfter).toEqual(bBefore);
    expect(bAfter.partner).toBeNull();
    expect(await worldOf(coupleId, b.userId!)).toEqual(before);
    expect(await framesAfter(bSocket)).toEqual([]);
    bSocket.close();
  });

  it('reveals together: nothing of the answers before both answered, both after', async () => {
    const { a, b, aSocket, bSocket } = await couple();
    const first = await answer(a, ALEX_TZ, CSI_A, LOOP_A, 'reveal_together');
    expect(first.body.mine.stand).toBe('waiting');
    expect(first.body.partner).toBeNull();

    // Blair is told only that Alex answered and would reveal together: an id-free frame, a status.
    const frame = await bSocket.next((m) => m.type === 'event' && m.event.type === 'checkin.answered');
    expect(frame.type === 'event' && frame.event.payload).toEqual({ weekStart: first.body.weekStart });
    expect(frame.type === 'event' && frame.event.actorId).toBe(a.userId);
    // Blair's week is Blair's own: on a Wednesday it is the same week as Alex's.
    const waiting = await weekOf(b, BLAIR_TZ);
    expect(weekStartOf(clock, BLAIR_TZ)).toBe(first.body.weekStart);
    expect(waiting.body.partner).toEqual({ state: 'waiting' });
    for (const text of [JSON.stringify(waiting.body), JSON.stringify(bSocket.messages)]) {
      expect(text).not.toContain('happiness');
      expect(text).not.toContain('"caught":3');
    }

    const second = await answer(b, BLAIR_TZ, CSI_B, LOOP_B, 'reveal_together');
    expect(second.body.mine).toMatchObject({ csi4Total: 12, stand: 'revealed' });
    expect(second.body.partner).toEqual({ state: 'shown', csi4: CSI_A, csi4Total: 14, loop: LOOP_A });
    await aSocket.next((m) => m.type === 'event' && m.event.type === 'checkin.answered' && m.event.actorId === b.userId);
    const alexSees = (await weekOf(a, ALEX_TZ)).body;
    expect(alexSees.mine.stand).toBe('revealed');
    expect(alexSees.partner).toEqual({ state: 'shown', csi4: CSI_B, csi4Total: 12, loop: LOOP_B });
    aSocket.close();
    bSocket.close();
  });

  it('pairs weeks on each partner’s own clock: when their Mondays differ, the other week is not shown as this one', async () => {
    clock = SUNDAY_NOON_UTC;
    const { a, b } = await couple();
    const alexWeek = (await answer(a, ALEX_TZ, CSI_A, LOOP_A, 'reveal_together')).body.weekStart;
    expect(alexWeek).not.toBe(weekStartOf(clock, BLAIR_TZ));
    // Blair is still in last week: Alex's new week does not show as Blair's partner's, nor its answers.
    const blairs = await weekOf(b, BLAIR_TZ);
    expect(blairs.body.weekStart).toBe(weekStartOf(clock, BLAIR_TZ));
    expect(blairs.body.partner).toBeNull();
    expect(JSON.stringify(blairs.body)).not.toContain('"caught":3');
  });

  it('does not reveal to a partner who keeps their own private, and keeps "answered privately" unseen', async () => {
    const { a, b, coupleId, aSocket } = await couple();
    await answer(a, BLAIR_TZ, CSI_A, LOOP_A, 'reveal_together');
    const before = await worldOf(coupleId, a.userId!);
    const mine = await answer(b, BLAIR_TZ, CSI_B, LOOP_B, 'private');
    expect(mine.body.partner).toEqual({ state: 'waiting' });
    expect((await weekOf(a, BLAIR_TZ)).body.partner).toBeNull();
    expect((await weekOf(a, BLAIR_TZ)).body.mine.stand).toBe('waiting');
    expect(await worldOf(coupleId, a.userId!)).toEqual(before);
    expect((await framesAfter(aSocket)).filter((e) => e.actorId === b.userId)).toEqual([]);
    aSocket.close();
  });

  it('shares at once when asked, and a week taken back is gone from the partner’s side', async () => {
    const { a, b, bSocket } = await couple();
    await answer(a, BLAIR_TZ, null, LOOP_A, 'share');
    expect((await weekOf(b, BLAIR_TZ)).body.partner).toEqual({ state: 'shown', csi4: null, csi4Total: null, loop: LOOP_A });
    const back = await answer(a, BLAIR_TZ, null, LOOP_A, 'private');
    expect(back.body.mine.stand).toBe('private');
    await bSocket.next((m) => m.type === 'event' && m.event.type === 'checkin.withdrawn');
    expect((await weekOf(b, BLAIR_TZ)).body.partner).toBeNull();
    bSocket.close();
  });

  it('is in my own archive, in words, and never in my partner’s', async () => {
    const { a, b } = await couple();
    await answer(a, BLAIR_TZ, CSI_A, LOOP_A, 'share');
    const mine = JSON.stringify((await a.get('/api/account/export.json')).body);
    expect(mine).toContain('My weekly check-ins');
    expect(mine).toContain('Very Happy'); // item 1 at 4
    expect(mine).toContain('Mostly TRUE'); // item 2 at 3
    const theirs = JSON.stringify((await b.get('/api/account/export.json')).body);
    expect(theirs).not.toContain('Very Happy');
    expect(theirs).not.toContain('My weekly check-ins","entries":[{');
  });

  it('refuses what it does not know with a 400, and changes nothing', async () => {
    const { a } = await couple();
    const bad = [
      { timeZone: 'Mars/Base', csi4: null, loop: LOOP_A },
      { timeZone: BLAIR_TZ, csi4: { ...CSI_A, happiness: 7 }, loop: LOOP_A },
      { timeZone: BLAIR_TZ, csi4: { ...CSI_A, warm: 6 }, loop: LOOP_A },
      { timeZone: BLAIR_TZ, csi4: { happiness: 1, warm: 1, rewarding: 1 }, loop: LOOP_A },
      { timeZone: BLAIR_TZ, csi4: { ...CSI_A, rewarding: 1.5 }, loop: LOOP_A },
      { timeZone: BLAIR_TZ, csi4: null, loop: { ...LOOP_A, caught: 5 } },
      { timeZone: BLAIR_TZ, csi4: null, loop: { ...LOOP_A, extra: 1 } },
      { timeZone: BLAIR_TZ, csi4: null, loop: LOOP_A, sharing: 'everyone' },
      { timeZone: BLAIR_TZ, csi4: null, loop: LOOP_A, weekStart: '2020-01-06' },
    ];
    for (const body of bad) expect((await a.put('/api/checkins/week', body)).status, JSON.stringify(body)).toBe(400);
    expect((await a.get('/api/checkins/week?timeZone=Nowhere')).status).toBe(400);
    expect((await a.put('/api/checkins/day', { weekday: 8 })).status).toBe(400);
    expect((await a.put('/api/checkins/reminder', { enabled: true, localTime: '25:00', timeZone: BLAIR_TZ })).status).toBe(400);
    const rows = await app.db.query('select 1 from checkins where user_id = $1', [a.userId]);
    expect(rows).toEqual([]);
  });

  it('can be run without the CSI-4', async () => {
    const off = await app.startVariant({ checkin: { csi4: false } });
    const { a } = await newCouple(off.url);
    await a.refreshSession();
    expect((await a.get(`/api/checkins/week?timeZone=${BLAIR_TZ}`)).body.csi4Enabled).toBe(false);
    expect((await a.put('/api/checkins/week', { timeZone: BLAIR_TZ, csi4: CSI_A, loop: LOOP_A })).status).toBe(400);
    const res = await a.put('/api/checkins/week', { timeZone: BLAIR_TZ, csi4: null, loop: LOOP_A });
    expect(res.body.mine).toMatchObject({ csi4: null, csi4Total: null, loop: LOOP_A });
  });

  it('keeps the couple’s day, and reminds only the one who has not checked in, with no event', async () => {
    const { a, b, coupleId } = await couple();
    expect((await a.put('/api/checkins/day', { weekday: 3 })).status).toBe(204);
    expect((await b.get(`/api/checkins/week?timeZone=${BLAIR_TZ}`)).body.day).toBe(3);
    for (const c of [a, b]) expect((await c.put('/api/checkins/reminder', { enabled: true, localTime: '19:00', timeZone: BLAIR_TZ })).status).toBe(204);
    expect((await a.get(`/api/checkins/week?timeZone=${BLAIR_TZ}`)).body.reminder).toEqual({ enabled: true, localTime: '19:00' });
    const [due] = await app.db.query<{ at: Date }>('select next_due_at as at from checkin_reminders where user_id = $1', [a.userId]);
    const at = new Date(due!.at).getTime();
    expect(new Date(at).toLocaleString('en-GB', { timeZone: BLAIR_TZ, weekday: 'long', hour: '2-digit', minute: '2-digit' })).toBe('Wednesday 19:00');
    // Blair checks in for the week the reminder falls in (written as the route would, for that week).
    await app.db.query(`insert into checkins (user_id, couple_id, week_start, time_zone, loop) values ($1, $2, $3, $4, '{}')`, [b.userId, coupleId, weekStartOf(at, BLAIR_TZ), BLAIR_TZ]);
    const seqBefore = (await worldOf(coupleId, a.userId!)).seq;
    const sent = await new CheckinReminders(app.db, app.app.ctx.events).sweep(at + 1000);
    expect(sent).toBe(1);
    const pushes = await app.db.query<{ userId: string; message: { url: string; body: string } }>('select user_id as "userId", message -> \'en\' as message from push_outbox where couple_id = $1', [coupleId]);
    expect(pushes.map((p) => p.userId)).toEqual([a.userId]);
    expect(pushes[0]!.message.url).toBe('/check-in');
    expect((await worldOf(coupleId, a.userId!)).seq).toBe(seqBefore);
    // Once, and then not again until next week.
    expect(await new CheckinReminders(app.db, app.app.ctx.events).sweep(at + 2000)).toBe(0);
  });

  it('gives insights each week: mine always, my partner’s only as shared or revealed', async () => {
    const { a, b, coupleId } = await couple();
    const w0 = '2026-09-07';
    const insert = (who: TestClient, week: string, csi4: object | null, sharing: string) =>
      app.db.query(
        `insert into checkins (user_id, couple_id, week_start, time_zone, csi4, loop, sharing, shared_in) values ($1, $2, $3, 'UTC', $4, $5, $6, case when $6 = 'private' then null else $2::uuid end)`,
        [who.userId, coupleId, week, csi4 && JSON.stringify(csi4), JSON.stringify(LOOP_A), sharing],
      );
    await insert(a, w0, CSI_A, 'reveal_together'); // both reveal: both see
    await insert(b, w0, CSI_B, 'reveal_together');
    await insert(a, addWeeks(w0, 1), CSI_A, 'reveal_together'); // Blair private: neither sees
    await insert(b, addWeeks(w0, 1), CSI_B, 'private');
    await insert(b, addWeeks(w0, 2), CSI_B, 'share'); // only Blair answered, shared
    await insert(b, addWeeks(w0, 3), CSI_B, 'reveal_together'); // only Blair, waiting
    await insert(a, addWeeks(w0, -1), CSI_A, 'private'); // before the window
    const viewer = (c: TestClient) => ({ userId: c.userId!, coupleId });
    const loop = LOOP_A;
    expect(await checkinsSince(app.db, viewer(a), w0)).toEqual([
      { weekStart: w0, mine: { csi4Total: 14, loop }, partner: { csi4Total: 12, loop } },
      { weekStart: addWeeks(w0, 1), mine: { csi4Total: 14, loop }, partner: null },
      { weekStart: addWeeks(w0, 2), mine: null, partner: { csi4Total: 12, loop } },
    ]);
    expect(await checkinsSince(app.db, viewer(b), w0)).toEqual([
      { weekStart: w0, mine: { csi4Total: 12, loop }, partner: { csi4Total: 14, loop } },
      { weekStart: addWeeks(w0, 1), mine: { csi4Total: 12, loop }, partner: null },
      { weekStart: addWeeks(w0, 2), mine: { csi4Total: 12, loop }, partner: null },
      { weekStart: addWeeks(w0, 3), mine: { csi4Total: 12, loop }, partner: null },
    ]);
    // When the space ends, each keeps their own weeks and nothing of the other's.
    expect((await a.post('/api/couple/leave')).status).toBe(204);
    const alone = await checkinsSince(app.db, { userId: a.userId!, coupleId: null }, w0);
    expect(alone.map((w) => [w.weekStart, w.partner])).toEqual([[w0, null], [addWeeks(w0, 1), null]]);
    expect(await app.db.query('select 1 from checkins where shared_in is not null and user_id = any($1::uuid[])', [[a.userId, b.userId]])).toEqual([]);
  });
});
