import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { TestClient, newCouple } from '../../../test/support/client';

/**
 * A seeded history whose figures are counted by hand. Rows go straight into the owners' tables
 * (a test may; the product never does) so each lands in a known local week of Europe/Berlin:
 * W0 is three weeks ago, W3 the week we are in. The answer is read through GET /api/insights.
 *
 *   W0  2 signals; 1 pause reconnected on time (Alex felt 3, Blair 9);
 *       rupture R1 (money; both views: Alex reached, Blair stepped back), repaired 6 h later
 *   W1  nothing at all                                          → "no data", not zeros
 *   W2  1 signal; 1 pause reconnected late (Alex 5, Blair 7); 1 pause cancelled;
 *       rupture R2 (money; both: Blair reached, Alex stepped back), repaired 30 h later;
 *       2 joy entries; 1 ritual moment kept, 1 "together" moment never confirmed (not kept);
 *       1 repair action done
 *   W3  rupture R3 (chores; Alex's view: Blair reached, Blair's: Alex reached) — seen differently;
 *       1 joy entry; 2 ritual moments kept
 *   10 weeks ago: 1 signal (inside 12 weeks, outside 4)
 *   A season agreed 5 weeks ago, still in force; another only proposed (never counts).
 *   Private words that must never reach the answer: Blair's journal, Blair's rupture note.
 *
 * Counted for Alex, 4 weeks: signals 2+1 = 3; pauses 1+2 = 3; reconnected 2, on time 1;
 * Alex's feeling (3+5)/2 = 4; ruptures 3; repairs 2 with median (6+30)/2 = 18 h; actions 1;
 * moments 1+2 = 3; joy 2+1 = 3; hard = pauses 3 + ruptures 3 = 6; weeks with data 3 of 4;
 * season weeks 4. Repair trend: earlier half [6 h], later half [30 h] → 'higher'.
 * Loop trend: earlier 3 per data week (W0), later (3+0)/2 = 1.5 → 'lower'.
 */

const ZONE = 'Europe/Berlin';
const PRIVATE_JOURNAL = 'PRIVATE-JOURNAL-only-blair-reads-this';
const PRIVATE_NOTE = 'UNSHARED-NOTE-blair-about-the-rupture';

let app: TestApp;
let a: TestClient;
let b: TestClient;
beforeAll(async () => {
  app = await startTestApp();
  const couple = await newCouple(app.url);
  ({ a, b } = couple);
  await seed(couple.coupleId, a.userId!, b.userId!);
});
afterAll(() => app.close());

/** `hours` after the local Monday 00:00 of week `w` (0 = three weeks ago, 3 = this week). */
function at(w: number, hours: number): Date {
  const monday = DateTime.now().setZone(ZONE).startOf('week').minus({ weeks: 3 - w });
  return monday.plus({ hours }).toJSDate();
}

async function seed(couple: string, alex: string, blair: string): Promise<void> {
  const q = (sql: string, params: unknown[]) => app.db.query(sql, params);
  const signal = async (t: Date) => {
    const [s] = await q(`insert into signals (couple_id, client_id, sender_id, need, created_at) values ($1, gen_random_uuid(), $2, 'pause', $3) returning id`, [couple, alex, t]);
    await q(`insert into episodes (couple_id, kind, signal_id, started_by, started_at) values ($1, 'signal', $2, $3, $4)`, [couple, (s as { id: string }).id, alex, t]);
  };
  const pause = async (t: Date, outcome: string, onTime: boolean | null, feelings: Record<string, number>) => {
    const checkIns = Object.fromEntries(Object.entries(feelings).map(([who, feeling]) => [who, { feeling, nextStep: 'hug', at: t.getTime() }]));
    const [p] = await q(`insert into pauses (couple_id, status, state, created_at) values ($1, $2, $3, $4) returning id`, [couple, outcome, JSON.stringify({ status: outcome, checkIns }), t]);
    await q(`insert into episodes (couple_id, kind, pause_id, started_by, started_at, outcome, on_time, minutes) values ($1, 'pause', $2, $3, $4, $5, $6, 20)`, [
      couple,
      (p as { id: string }).id,
      blair,
      t,
      outcome,
      onTime,
    ]);
  };
  const rupture = async (topic: string, t: Date, repairedAfterHours: number | null, views: Array<[string, string | null, string | null]>) => {
    const repairedAt = repairedAfterHours === null ? null : new Date(t.getTime() + repairedAfterHours * 3_600_000);
    const [r] = await q(`insert into ruptures (couple_id, topic, logged_by, created_at, repaired_at) values ($1, $2, $3, $4, $5) returning id`, [couple, topic, alex, t, repairedAt]);
    const id = (r as { id: string }).id;
    for (const [author, reached, withdrew] of views) {
      await q(`insert into rupture_views (rupture_id, couple_id, author_id, intensity, reached_by, withdrew_by) values ($1, $2, $3, 5, $4, $5)`, [id, couple, author, reached, withdrew]);
    }
    return id;
  };
  const [ritual] = await q(`insert into rituals (couple_id, title, created_by) values ($1, 'Six-second kiss', $2) returning id`, [couple, alex]);
  const moment = (t: Date, kept: boolean) =>
    q(`insert into ritual_moments (couple_id, ritual_id, marked_by, together, confirmed_at, created_at) values ($1, $2, $3, true, $4, $5)`, [couple, (ritual as { id: string }).id, alex, kept ? t : null, t]);
  const joy = (t: Date) => q(`insert into joy_entries (couple_id, author_id, text, created_at) values ($1, $2, 'Dancing in the kitchen', $3)`, [couple, alex, t]);

  // W0
  await signal(at(0, 10));
  await signal(at(0, 34));
  await pause(at(0, 35), 'reconnected', true, { [alex]: 3, [blair]: 9 });
  await rupture('money', at(0, 40), 6, [
    [alex, alex, blair],
    [blair, alex, blair],
  ]);
  // W1: nothing.
  // W2
  await signal(at(2, 12));
  await pause(at(2, 13), 'reconnected', false, { [alex]: 5, [blair]: 7 });
  await pause(at(2, 50), 'cancelled', null, {});
  const r2 = await rupture('money', at(2, 20), 30, [
    [alex, blair, alex],
    [blair, blair, alex],
  ]);
  await joy(at(2, 60));
  await joy(at(2, 61));
  await moment(at(2, 70), true);
  await moment(at(2, 71), false);
  const [repair] = await q(`insert into repairs (couple_id, rupture_id, state) values ($1, $2, '{}') returning id`, [couple, r2]);
  await q(`insert into repair_actions (couple_id, repair_id, owner_id, text, done_at) values ($1, $2, $3, 'Text when I will be late', $4)`, [couple, (repair as { id: string }).id, alex, at(2, 80)]);
  // W3 (the first hour of this week, so it is already past unless the test runs in it)
  const r3 = await rupture('chores', at(3, 0.2), null, [
    [alex, blair, null],
    [blair, alex, null],
  ]);
  await joy(at(3, 0.3));
  await moment(at(3, 0.4), true);
  await moment(at(3, 0.5), true);
  // Ten weeks ago
  await signal(at(-6, 30));
  // Seasons
  await q(`insert into seasons (couple_id, carrier_id, what, why, review_on, status, proposed_by, accepted_by, created_at) values ($1, $2, 'Cooking', 'Deadline', current_date + 30, 'active', $2, array[$2, $3]::uuid[], $4)`, [
    couple,
    alex,
    blair,
    at(-2, 0),
  ]);
  await q(`insert into seasons (couple_id, carrier_id, what, why, review_on, status, proposed_by, accepted_by, created_at) values ($1, $2, 'Laundry', 'Busy', current_date + 30, 'proposed', $2, array[$2]::uuid[], $3)`, [
    couple,
    blair,
    at(1, 0),
  ]);
  // Private words.
  await q(`insert into journal_entries (owner_id, text) values ($1, $2)`, [blair, PRIVATE_JOURNAL]);
  await q(`insert into rupture_notes (rupture_id, couple_id, author_id, text) values ($1, $2, $3, $4)`, [r3, couple, blair, PRIVATE_NOTE]);
}

describe('How we’re doing, from a history counted by hand', () => {
  it('gives the exact figures for 4 weeks, with the empty week as no data', async () => {
    const res = await a.get(`/api/insights?weeks=4&tz=${encodeURIComponent(ZONE)}`);
    expect(res.status).toBe(200);
    const v = res.body;
    expect(v.weeks).toBe(4);
    expect(v.series.map((w: { start: string }) => w.start)).toEqual([0, 1, 2, 3].map((w) => DateTime.fromJSDate(at(w, 0)).setZone(ZONE).toISODate()));
    expect(v.from).toBe(v.series[0].start);
    expect(v.to).toBe(DateTime.fromISO(v.series[3].start).plus({ days: 6 }).toISODate());
    expect(v.series[1].figures).toBeNull();
    expect(v.series.map((w: { seasonsInForce: number }) => w.seasonsInForce)).toEqual([1, 1, 1, 1]);
    expect(v.series[0].figures).toEqual({
      signals: 2,
      pauses: 1,
      pausesReconnected: 1,
      pausesOnTime: 1,
      myFeelingAfter: 3,
      ruptures: 1,
      repairs: 1,
      medianHoursToRepair: 6,
      actionsDone: 0,
      moments: 0,
      joy: 0,
      hard: 2,
    });
    expect(v.series[2].figures).toEqual({
      signals: 1,
      pauses: 2,
      pausesReconnected: 1,
      pausesOnTime: 0,
      myFeelingAfter: 5,
      ruptures: 1,
      repairs: 1,
      medianHoursToRepair: 30,
      actionsDone: 1,
      moments: 1,
      joy: 2,
      hard: 3,
    });
    expect(v.series[3].figures).toMatchObject({ signals: 0, pauses: 0, ruptures: 1, repairs: 0, medianHoursToRepair: null, myFeelingAfter: null, joy: 1, moments: 2, hard: 1 });
    expect(v.totals).toEqual({
      signals: 3,
      pauses: 3,
      pausesReconnected: 2,
      pausesOnTime: 1,
      myFeelingAfter: 4,
      ruptures: 3,
      repairs: 2,
      medianHoursToRepair: 18,
      actionsDone: 1,
      moments: 3,
      joy: 3,
      hard: 6,
      weeksWithData: 3,
      seasonWeeks: 4,
    });
    expect(v.trends).toEqual({ repairHours: { earlier: 6, lately: 30, trend: 'higher' }, loop: { earlier: 3, lately: 1.5, trend: 'lower' } });
    // No check-ins in this history: every week of the trend is no data (check-in-trend.int.test.ts has them).
    expect(v.checkIn.weeks.every((w: { mine: unknown; partner: unknown }) => w.mine === null && w.partner === null)).toBe(true);
  });

  it('names roles from each side, per topic and per week, and keeps differing views apart', async () => {
    const mine = (await a.get(`/api/insights?weeks=4&tz=${encodeURIComponent(ZONE)}`)).body.roles;
    expect(mine.map((t: { topic: string }) => t.topic)).toEqual(['all', 'chores', 'money']);
    const all = mine[0].blocks.map((b: { counts: unknown }) => b.counts);
    expect(all).toEqual([
      { meReached: 1, partnerReached: 0, meWithdrew: 0, partnerWithdrew: 1, seenDifferently: 0 },
      { meReached: 0, partnerReached: 0, meWithdrew: 0, partnerWithdrew: 0, seenDifferently: 0 },
      { meReached: 0, partnerReached: 1, meWithdrew: 1, partnerWithdrew: 0, seenDifferently: 0 },
      { meReached: 0, partnerReached: 0, meWithdrew: 0, partnerWithdrew: 0, seenDifferently: 1 },
    ]);
    const theirs = (await b.get(`/api/insights?weeks=4&tz=${encodeURIComponent(ZONE)}`)).body.roles;
    expect(theirs[0].blocks[0].counts).toEqual({ meReached: 0, partnerReached: 1, meWithdrew: 1, partnerWithdrew: 0, seenDifferently: 0 });
  });

  it('looks back 12 weeks, taking in the older signal', async () => {
    const v = (await a.get(`/api/insights?weeks=12&tz=${encodeURIComponent(ZONE)}`)).body;
    expect(v.series).toHaveLength(12);
    expect(v.totals.signals).toBe(4);
    expect(v.totals.weeksWithData).toBe(4);
  });

  it('shows each partner only their own feelings, and none of the partner’s private words', async () => {
    const mine = await a.get(`/api/insights?weeks=4&tz=${encodeURIComponent(ZONE)}`);
    const theirs = await b.get(`/api/insights?weeks=4&tz=${encodeURIComponent(ZONE)}`);
    expect(mine.body.totals.myFeelingAfter).toBe(4);
    expect(theirs.body.totals.myFeelingAfter).toBe(8);
    for (const res of [mine, theirs]) {
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(PRIVATE_JOURNAL);
      expect(text).not.toContain(PRIVATE_NOTE);
      expect(text).not.toContain('Dancing in the kitchen');
    }
    // Alex's answer holds no trace of Blair's feelings (9 and 7) in any week.
    expect(mine.body.series.map((w: { figures: { myFeelingAfter: number | null } | null }) => w.figures?.myFeelingAfter ?? null)).toEqual([3, null, 5, null]);
  });

  it('refuses a span or time zone it does not know, with a clear 400', async () => {
    for (const path of ['/api/insights?weeks=5', '/api/insights?weeks=-4', '/api/insights?tz=Mars%2FOlympus', `/api/insights?tz=${'x'.repeat(200)}`]) {
      const res = await a.get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toEqual(expect.any(String));
    }
  });

  it('is for people in a space', async () => {
    const alone = new TestClient(app.url);
    await alone.signup(`alone-${Date.now()}@example.test`, 'Sam');
    expect((await alone.get('/api/insights')).status).toBe(403);
    expect((await new TestClient(app.url).get('/api/insights')).status).toBe(401);
  });
});
