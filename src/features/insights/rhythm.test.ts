import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, countWeeks, fromRows, hoursToRepair, loopRhythm, median, weekKey, weekWindows, type InsightRecords } from './rhythm';

const ME = 'me-id';
const PARTNER = 'partner-id';
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata'];
const SPAN = 53 * 7 * 24 * HOUR_MS;
// Around the 2026 DST changes in both hemispheres.
const NOW = Date.parse('2026-11-04T10:00:00Z');

/** The maths over rows, counted per week as the reads count them. */
const rhythmOf = (r: InsightRecords, at: number, z: string, n: number, viewer: string) => loopRhythm(fromRows(r, z), at, z, n, viewer);

const empty = (): InsightRecords => ({ episodes: [], ruptures: [], actionsDone: [], moments: [], joy: [], seasons: [] });
const time = fc.integer({ min: NOW - SPAN, max: NOW + 7 * 24 * HOUR_MS });
const person = fc.constantFrom<string | null>(ME, PARTNER, null);
const records: fc.Arbitrary<InsightRecords> = fc.record({
  episodes: fc.array(
    fc.record({
      kind: fc.constantFrom('signal' as const, 'pause' as const),
      startedAt: time,
      outcome: fc.constantFrom(null, 'reconnected', 'cancelled', 'expired'),
      onTime: fc.constantFrom(null, true, false),
      myFeelingAfter: fc.option(fc.integer({ min: 0, max: 10 })),
    }),
    { maxLength: 60 },
  ),
  ruptures: fc.array(
    fc.record({
      topic: fc.constantFrom('money', 'chores', 'sex'),
      createdAt: time,
      // Repairs may be stamped before their rupture (clock skew): the maths must still never go negative.
      repairedAt: fc.option(time),
      views: fc.array(fc.record({ reachedBy: person, withdrewBy: person }), { maxLength: 2 }),
    }),
    { maxLength: 40 },
  ),
  actionsDone: fc.array(time, { maxLength: 20 }),
  moments: fc.array(time, { maxLength: 40 }),
  joy: fc.array(time, { maxLength: 40 }),
  seasons: fc.array(fc.record({ startedAt: time, endedAt: fc.option(time) }), { maxLength: 3 }),
});
const weeks = fc.constantFrom(4, 12, 52);
const zone = fc.constantFrom(...ZONES);
const now = fc.integer({ min: NOW - SPAN, max: NOW });

describe('weeks follow the viewer’s zone', () => {
  it('are consecutive local Mondays at midnight, the last holding now, even across DST', () => {
    fc.assert(
      fc.property(now, zone, weeks, (at, z, n) => {
        const ws = weekWindows(at, z, n);
        expect(ws).toHaveLength(n);
        for (const [i, w] of ws.entries()) {
          const local = DateTime.fromMillis(w.startMs, { zone: z });
          expect(local.weekday).toBe(1);
          expect(local.toFormat('HH:mm')).toBe('00:00');
          expect(local.toISODate()).toBe(w.start);
          // Calendar weeks: 168 hours, or one DST shift (up to an hour; Lord Howe's is 30 minutes) more or less.
          expect(Math.abs(w.endMs - w.startMs - 168 * HOUR_MS)).toBeLessThanOrEqual(HOUR_MS);
          if (i > 0) expect(w.startMs).toBe(ws[i - 1]!.endMs);
        }
        expect(ws[n - 1]!.startMs).toBeLessThanOrEqual(at);
        expect(ws[n - 1]!.endMs).toBeGreaterThan(at);
      }),
    );
  });

  it('a record’s week key is the Monday of the window that holds it, so counting by key counts the same weeks', () => {
    fc.assert(
      fc.property(now, zone, weeks, fc.array(time, { maxLength: 30 }), (at, z, n, ts) => {
        const ws = weekWindows(at, z, n);
        for (const t of ts) {
          const w = ws.find((x) => t >= x.startMs && t < x.endMs);
          if (w) expect(weekKey(t, z)).toBe(w.start);
          else expect(ws.map((x) => x.start)).not.toContain(weekKey(t, z));
        }
        const counted = countWeeks({ episodes: [], actionsDone: [], moments: ts, joy: [] }, z);
        expect(counted.reduce((k, c) => k + c.moments, 0)).toBe(ts.length);
      }),
    );
  });

  it('are the weeks Luxon counts back from this one, week by week', () => {
    fc.assert(
      fc.property(now, zone, weeks, (at, z, n) => {
        const thisWeek = DateTime.fromMillis(at, { zone: z }).startOf('week');
        const reference = Array.from({ length: n }, (_, k) => {
          const start = thisWeek.minus({ weeks: n - 1 - k });
          return { start: start.toISODate()!, startMs: start.toMillis(), endMs: start.plus({ weeks: 1 }).toMillis() };
        });
        expect(weekWindows(at, z, n)).toEqual(reference);
      }),
    );
  });

  it('a week that crosses a DST change is 167 or 169 hours, not shifted', () => {
    const spring = weekWindows(Date.parse('2026-03-30T12:00:00Z'), 'Europe/Berlin', 2);
    expect(spring[0]!.start).toBe('2026-03-23');
    expect((spring[0]!.endMs - spring[0]!.startMs) / HOUR_MS).toBe(167);
    const autumn = weekWindows(Date.parse('2026-11-02T12:00:00Z'), 'America/New_York', 2);
    expect(autumn[0]!.start).toBe('2026-10-26');
    expect((autumn[0]!.endMs - autumn[0]!.startMs) / HOUR_MS).toBe(169);
  });

  it('a moment late on Sunday night belongs to that week where the viewer lives', () => {
    // 23:30 Sunday 1 November in New York is 04:30 Monday in UTC.
    const t = Date.parse('2026-11-02T04:30:00Z');
    const r = { ...empty(), joy: [t] };
    const ny = rhythmOf(r, t + 3 * 24 * HOUR_MS, 'America/New_York', 4, ME).weeks;
    const utc = rhythmOf(r, t + 3 * 24 * HOUR_MS, 'UTC', 4, ME).weeks;
    expect(ny.find((w) => w.figures)!.start).toBe('2026-10-26');
    expect(utc.find((w) => w.figures)!.start).toBe('2026-11-02');
  });
});

describe('the loop’s rhythm', () => {
  it('a week with no records is no data (null), and a week with one has figures', () => {
    fc.assert(
      fc.property(records, now, zone, weeks, (r, at, z, n) => {
        const { weeks: ws } = rhythmOf(r, at, z, n, ME);
        for (const w of ws) {
          const inWeek = (t: number) => t >= w.startMs && t < w.endMs;
          const any =
            r.episodes.some((e) => inWeek(e.startedAt)) ||
            r.ruptures.some((x) => inWeek(x.createdAt) || (x.repairedAt !== null && inWeek(x.repairedAt))) ||
            [...r.actionsDone, ...r.moments, ...r.joy].some(inWeek);
          expect(w.figures === null).toBe(!any);
        }
      }),
    );
  });

  it('an empty history is no data in every week, not zeros', () => {
    const rhythm = rhythmOf(empty(), NOW, 'Europe/Berlin', 12, ME);
    expect(rhythm.weeks.every((w) => w.figures === null)).toBe(true);
    expect(rhythm.totals.weeksWithData).toBe(0);
    expect(rhythm.totals.medianHoursToRepair).toBeNull();
    expect(rhythm.totals.myFeelingAfter).toBeNull();
    expect(rhythm.trends.repairHours.trend).toBe('unknown');
  });

  it('time to repair is never negative, and each median lies between its smallest and largest repair', () => {
    fc.assert(
      fc.property(records, now, zone, weeks, (r, at, z, n) => {
        const rhythm = rhythmOf(r, at, z, n, ME);
        for (const w of rhythm.weeks) {
          const m = w.figures?.medianHoursToRepair;
          if (m !== null && m !== undefined) expect(m).toBeGreaterThanOrEqual(0);
        }
        const all = [rhythm.totals.medianHoursToRepair, rhythm.trends.repairHours.earlier, rhythm.trends.repairHours.lately];
        for (const m of all) if (m !== null) expect(m).toBeGreaterThanOrEqual(0);
      }),
    );
    fc.assert(fc.property(fc.integer(), fc.integer(), (a, b) => {
        expect(hoursToRepair(a, b)).toBeGreaterThanOrEqual(0);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }), (xs) => {
        const m = median(xs)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m).toBeLessThanOrEqual(Math.max(...xs));
      }),
    );
  });

  it('counts every record inside the span exactly once, and none outside it', () => {
    fc.assert(
      fc.property(records, now, zone, weeks, (r, at, z, n) => {
        const rhythm = rhythmOf(r, at, z, n, ME);
        const from = rhythm.weeks[0]!.startMs;
        const to = rhythm.weeks[n - 1]!.endMs;
        const inSpan = (t: number) => t >= from && t < to;
        const t = rhythm.totals;
        expect(t.signals).toBe(r.episodes.filter((e) => e.kind === 'signal' && inSpan(e.startedAt)).length);
        expect(t.pauses).toBe(r.episodes.filter((e) => e.kind === 'pause' && inSpan(e.startedAt)).length);
        expect(t.pausesOnTime).toBeLessThanOrEqual(t.pausesReconnected);
        expect(t.pausesReconnected).toBeLessThanOrEqual(t.pauses);
        expect(t.ruptures).toBe(r.ruptures.filter((x) => inSpan(x.createdAt)).length);
        expect(t.repairs).toBe(r.ruptures.filter((x) => x.repairedAt !== null && inSpan(x.repairedAt)).length);
        expect(t.joy).toBe(r.joy.filter(inSpan).length);
        expect(t.moments).toBe(r.moments.filter(inSpan).length);
        expect(t.actionsDone).toBe(r.actionsDone.filter(inSpan).length);
        expect(t.hard).toBe(t.pauses + t.ruptures);
        expect(t.weeksWithData).toBe(rhythm.weeks.filter((w) => w.figures).length);
      }),
    );
  });

  it('a feeling after reconnecting is the viewer’s own, 0–10, and only from pauses that reconnected', () => {
    fc.assert(
      fc.property(records, now, zone, weeks, (r, at, z, n) => {
        const rhythm = rhythmOf(r, at, z, n, ME);
        for (const w of rhythm.weeks) {
          const f = w.figures?.myFeelingAfter;
          if (f === null || f === undefined) continue;
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(10);
          expect(w.figures!.pausesReconnected).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('roles, seen from each side', () => {
  it('swapping the viewer swaps me and partner, and changes nothing else', () => {
    fc.assert(
      fc.property(records, now, zone, weeks, (r, at, z, n) => {
        const mine = rhythmOf(r, at, z, n, ME).roles;
        const theirs = rhythmOf(r, at, z, n, PARTNER).roles;
        expect(theirs.map((t) => t.topic)).toEqual(mine.map((t) => t.topic));
        for (const [i, t] of mine.entries()) {
          for (const [j, b] of t.blocks.entries()) {
            const o = theirs[i]!.blocks[j]!.counts;
            expect(o.meReached).toBe(b.counts.partnerReached);
            expect(o.partnerWithdrew).toBe(b.counts.meWithdrew);
            expect(o.seenDifferently).toBe(b.counts.seenDifferently);
          }
          const flip = (s: 'me' | 'partner') => (s === 'me' ? 'partner' : 'me');
          expect(theirs[i]!.shift).toEqual(t.shift && { before: flip(t.shift.before), lately: flip(t.shift.lately) });
        }
      }),
    );
  });

  it('notices when the one reaching changes seats, and gives no one a fixed label', () => {
    const day = 24 * HOUR_MS;
    const start = weekWindows(NOW, 'UTC', 4)[0]!.startMs;
    const rupture = (t: number, reachedBy: string) => ({ topic: 'money', createdAt: t, repairedAt: null, views: [{ reachedBy, withdrewBy: reachedBy === ME ? PARTNER : ME }] });
    const r = { ...empty(), ruptures: [rupture(start + day, ME), rupture(start + 8 * day, ME), rupture(start + 15 * day, PARTNER), rupture(start + 22 * day, PARTNER)] };
    const roles = rhythmOf(r, NOW, 'UTC', 4, ME).roles;
    expect(roles.map((t) => t.topic)).toEqual(['all', 'money']);
    expect(roles[0]!.shift).toEqual({ before: 'me', lately: 'partner' });
    expect(roles[1]!.blocks.map((b) => b.counts.meReached)).toEqual([1, 1, 0, 0]);
  });

  it('two views that name different people count as seen differently, never as either', () => {
    const r = { ...empty(), ruptures: [{ topic: 'chores', createdAt: NOW - HOUR_MS, repairedAt: null, views: [{ reachedBy: ME, withdrewBy: null }, { reachedBy: PARTNER, withdrewBy: null }] }] };
    const c = rhythmOf(r, NOW, 'UTC', 4, ME).roles[0]!.blocks[3]!.counts;
    expect(c).toEqual({ meReached: 0, partnerReached: 0, meWithdrew: 0, partnerWithdrew: 0, seenDifferently: 1 });
  });
});
