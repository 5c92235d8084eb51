import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkinBeforeSessionSoon, dayStillAhead, dueDay } from './gentle';

const NOW = new Date('2026-12-03T12:00:00');

describe('how homework is spoken of', () => {
  it('names the suggested day in the reader’s locale, as the calendar day it is', () => {
    expect(dueDay('2026-12-11', 'en-GB')).toBe('Fri 11 Dec');
    expect(dueDay('2026-12-11', 'de-DE')).toBe('Fr., 11. Dez.');
  });

  it('stops naming a day once it has passed', () => {
    expect(dayStillAhead('2026-12-03', NOW)).toBe(true);
    expect(dayStillAhead('2026-12-10', NOW)).toBe(true);
    expect(dayStillAhead('2026-12-02', NOW)).toBe(false);
  });

  it('mentions a check-in only when it was asked for and the session is within three days', () => {
    const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();
    expect(checkinBeforeSessionSoon({ checkinBeforeSession: true, nextSessionAt: at(48) }, NOW)).toBe(true);
    expect(checkinBeforeSessionSoon({ checkinBeforeSession: false, nextSessionAt: at(48) }, NOW)).toBe(false);
    expect(checkinBeforeSessionSoon({ checkinBeforeSession: true, nextSessionAt: null }, NOW)).toBe(false);
    expect(checkinBeforeSessionSoon({ checkinBeforeSession: true, nextSessionAt: at(-1) }, NOW)).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (hours) => {
        expect(checkinBeforeSessionSoon({ checkinBeforeSession: true, nextSessionAt: at(hours) }, NOW)).toBe(hours >= 0 && hours <= 72);
      }),
    );
  });
});
