import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addWeeks, isWeekStart, nextReminderAt, weekStartOf, weekdayOf } from './week';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Auckland', 'America/St_Johns', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const zone = fc.constantFrom(...ZONES);
// 2000–2040: every DST rule change of the last decades and the next ones.
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });

describe('weekStartOf', () => {
  it('is always a Monday, on or before the local date, less than a week before it', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        const start = weekStartOf(t, z);
        expect(isWeekStart(start)).toBe(true);
        const localDate = DateTime.fromMillis(t, { zone: z }).toISODate()!;
        const days = DateTime.fromISO(localDate, { zone: 'UTC' }).diff(DateTime.fromISO(start, { zone: 'UTC' }), 'days').days;
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThan(7);
        expect(days).toBe(weekdayOf(t, z) - 1);
      }),
    );
  });

  it('never goes back in time, and moves by at most one week a week', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 7 * 86_400_000 }), zone, (t, dt, z) => {
        const a = weekStartOf(t, z);
        const b = weekStartOf(t + dt, z);
        expect(b >= a).toBe(true);
        expect(b <= addWeeks(a, 1)).toBe(true);
      }),
    );
  });

  it('differs between two partners’ zones by at most one week', () => {
    fc.assert(
      fc.property(instant, zone, zone, (t, z1, z2) => {
        const [a, b] = [weekStartOf(t, z1), weekStartOf(t, z2)].sort() as [string, string];
        expect(b <= addWeeks(a, 1)).toBe(true);
      }),
    );
  });

  it('turns over at local midnight between Sunday and Monday, also across a DST change', () => {
    // Europe/Berlin leaves summer time on Sunday 2026-10-25 at 03:00 local (01:00 UTC).
    expect(weekStartOf(Date.UTC(2026, 9, 25, 21, 59), 'Europe/Berlin')).toBe('2026-10-19'); // Sunday 22:59 CET
    expect(weekStartOf(Date.UTC(2026, 9, 25, 23, 0), 'Europe/Berlin')).toBe('2026-10-26'); // Monday 00:00 CET
    // New York springs forward on Sunday 2026-03-08; that week began on Monday 2026-03-02.
    expect(weekStartOf(Date.UTC(2026, 2, 9, 3, 59), 'America/New_York')).toBe('2026-03-02'); // Sunday 23:59 EDT
    expect(weekStartOf(Date.UTC(2026, 2, 9, 4, 0), 'America/New_York')).toBe('2026-03-09'); // Monday 00:00 EDT
    // The same instant is Monday in Sydney and still Sunday in Berlin: two weeks at once.
    const t = Date.UTC(2026, 10, 29, 20, 0);
    expect(weekStartOf(t, 'Australia/Sydney')).toBe('2026-11-30');
    expect(weekStartOf(t, 'Europe/Berlin')).toBe('2026-11-23');
  });

  it('refuses an unknown zone', () => {
    expect(() => weekStartOf(0, 'Mars/Base')).toThrow(RangeError);
  });
});

describe('isWeekStart', () => {
  it('knows Mondays only, as plain dates', () => {
    expect(isWeekStart('2026-11-30')).toBe(true);
    expect(isWeekStart('2026-12-01')).toBe(false);
    expect(isWeekStart('2026-11-30T00:00')).toBe(false);
    expect(isWeekStart('2026-02-30')).toBe(false);
  });
});

describe('nextReminderAt', () => {
  it('rings on the chosen weekday at the chosen local time, within a week, after now', () => {
    fc.assert(
      fc.property(instant, zone, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45), (t, z, weekday, h, m) => {
        const localTime = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const at = nextReminderAt(weekday, localTime, z, t);
        expect(at).toBeGreaterThan(t);
        expect(at - t).toBeLessThanOrEqual(8 * 86_400_000);
        const local = DateTime.fromMillis(at, { zone: z });
        expect(local.weekday).toBe(weekday);
        // Only a time in a spring-forward gap moves (to just after it).
        if (local.hour !== h || local.minute !== m) expect(local.hour * 60 + local.minute).toBeGreaterThan(h * 60 + m);
      }),
    );
  });

  it('keeps the local time across a DST change', () => {
    const sunday = (d: number) => nextReminderAt(7, '19:00', 'Europe/Berlin', d);
    const before = sunday(Date.UTC(2026, 9, 19)); // Sunday 25 October, the day summer time ends
    expect(new Date(before).toISOString()).toBe('2026-10-25T18:00:00.000Z');
    expect(new Date(sunday(before)).toISOString()).toBe('2026-11-01T18:00:00.000Z');
  });
});
