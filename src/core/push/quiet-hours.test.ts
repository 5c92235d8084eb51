import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inQuietHours, isValidTimeZone, localMinuteOfDay } from './quiet-hours';

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
