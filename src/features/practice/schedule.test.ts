import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { nextOccurrence } from './schedule';

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();

describe('reminder schedule', () => {
  it('rings at the same local time across the autumn daylight-saving change (Berlin)', () => {
    const rule = { localTime: '07:30', weekdays: everyDay, timeZone: 'Europe/Berlin' };
    const before = nextOccurrence(rule, at('2026-10-24T08:00', 'Europe/Berlin'))!; // next: Sunday 25 Oct, the change day
    expect(new Date(before).toISOString()).toBe('2026-10-25T06:30:00.000Z'); // 07:30 CET (UTC+1)
    const summer = nextOccurrence(rule, at('2026-10-23T08:00', 'Europe/Berlin'))!;
    expect(new Date(summer).toISOString()).toBe('2026-10-24T05:30:00.000Z'); // 07:30 CEST (UTC+2)
  });

  it('moves a time that does not exist on the spring-forward day to just after the gap (New York)', () => {
    const rule = { localTime: '02:30', weekdays: everyDay, timeZone: 'America/New_York' };
    const next = nextOccurrence(rule, at('2026-03-07T12:00', 'America/New_York'))!;
    expect(DateTime.fromMillis(next, { zone: 'America/New_York' }).toFormat('yyyy-MM-dd HH:mm')).toBe('2026-03-08 03:30');
  });

  it('only rings on chosen weekdays, for each partner in their own zone', () => {
    const monday = { localTime: '21:00', weekdays: [1], timeZone: 'Asia/Tokyo' };
    const next = nextOccurrence(monday, at('2026-11-25T12:00', 'Asia/Tokyo'))!; // a Wednesday
    expect(DateTime.fromMillis(next, { zone: 'Asia/Tokyo' }).toFormat('cccc HH:mm')).toBe('Monday 21:00');
    expect(nextOccurrence({ ...monday, weekdays: [] }, Date.now())).toBeNull();
  });

  it('is always later than "after", at most a week away, and at the local time asked for (outside gaps)', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.constantFrom(...zones),
        fc.integer({ min: 4, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        (after, timeZone, hour, minute, weekdays) => {
          const localTime = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const next = nextOccurrence({ localTime, weekdays, timeZone }, after)!;
          expect(next).toBeGreaterThan(after);
          expect(next - after).toBeLessThanOrEqual(8 * 24 * 3600_000);
          const local = DateTime.fromMillis(next, { zone: timeZone });
          expect(weekdays).toContain(local.weekday);
          expect(local.toFormat('HH:mm')).toBe(localTime);
        },
      ),
      { numRuns: 300 },
    );
  });
});
