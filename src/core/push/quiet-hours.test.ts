import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inQuietHours, isValidTimeZone, localMinuteOfDay, quietWhileEnds } from './quiet-hours';

describe('quiet hours', () => {
  it('reads the person’s local time, across a daylight-saving change', () => {
    // Europe/Berlin leaves summer time on 2026-10-25 at 03:00 local (01:00 UTC).
    expect(localMinuteOfDay(Date.UTC(2026, 9, 24, 21, 30), 'Europe/Berlin')).toBe(23 * 60 + 30); // UTC+2
    expect(localMinuteOfDay(Date.UTC(2026, 9, 25, 21, 30), 'Europe/Berlin')).toBe(22 * 60 + 30); // UTC+1
    expect(localMinuteOfDay(Date.UTC(2026, 2, 8, 12, 0), 'America/New_York')).toBe(8 * 60); // after spring forward, UTC-4
  });

  it('handles windows that wrap past midnight', () => {
    const night = { start: 22 * 60, end: 7 * 60 };
    expect(inQuietHours(Date.UTC(2026, 0, 1, 23, 0), 'UTC', night.start, night.end)).toBe(true);
    expect(inQuietHours(Date.UTC(2026, 0, 1, 6, 59), 'UTC', night.start, night.end)).toBe(true);
    expect(inQuietHours(Date.UTC(2026, 0, 1, 7, 0), 'UTC', night.start, night.end)).toBe(false);
    expect(inQuietHours(Date.UTC(2026, 0, 1, 12, 0), 'UTC', 9 * 60, 17 * 60)).toBe(true);
    expect(inQuietHours(Date.UTC(2026, 0, 1, 12, 0), 'UTC', null, null)).toBe(false);
  });

  it('agrees with a direct minute comparison for any time and window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (start, end, minute) => {
        const now = Date.UTC(2026, 5, 1, 0, minute);
        const expected = start === end ? false : start < end ? minute >= start && minute < end : minute >= start || minute < end;
        expect(inQuietHours(now, 'UTC', start, end)).toBe(expected);
      }),
    );
  });

  it('knows a real time zone from a made-up one', () => {
    expect(isValidTimeZone('Europe/Lisbon')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('a quiet while', () => {
  const at = Date.UTC(2026, 9, 24, 21, 30, 15); // 23:30 in Berlin (UTC+2)
  it('lasts an hour or four', () => {
    expect(quietWhileEnds('1h', at, 'UTC') - at).toBe(3_600_000);
    expect(quietWhileEnds('4h', at, 'UTC') - at).toBe(4 * 3_600_000);
  });
  it('ends at the person’s own next 08:00', () => {
    expect(new Date(quietWhileEnds('tomorrow_morning', at, 'Europe/Berlin')).toISOString()).toBe('2026-10-25T07:00:00.000Z'); // clocks went back: 08:00 is UTC+1
    expect(new Date(quietWhileEnds('tomorrow_morning', Date.UTC(2026, 5, 1, 3, 0), 'UTC')).toISOString()).toBe('2026-06-01T08:00:00.000Z'); // still night: this morning
    expect(new Date(quietWhileEnds('tomorrow_morning', Date.UTC(2026, 5, 1, 8, 0), 'UTC')).toISOString()).toBe('2026-06-02T08:00:00.000Z');
    expect(new Date(quietWhileEnds('tomorrow_morning', Date.UTC(2026, 5, 1, 12, 0), 'America/New_York')).toISOString()).toBe('2026-06-02T12:00:00.000Z');
  });
});
