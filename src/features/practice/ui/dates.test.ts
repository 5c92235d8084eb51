import { describe, expect, it } from 'vitest';
import { addDays, describeWeekdays, isReviewDateAllowed, localDay, reviewDateLimits, toggleWeekday, utcDay } from './dates';

const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

describe('season review dates', () => {
  it('allow tomorrow up to exactly 8 weeks, counted from the server’s UTC day', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(reviewDateLimits(now)).toEqual({ min: '2026-03-11', max: '2026-05-05', suggested: '2026-04-07' });
    expect(isReviewDateAllowed('2026-05-05', now)).toBe(true);
    expect(isReviewDateAllowed('2026-05-06', now)).toBe(false);
    expect(isReviewDateAllowed('2026-03-10', now)).toBe(false);
    expect(isReviewDateAllowed('2026-03-11', now)).toBe(true);
    expect(isReviewDateAllowed('', now)).toBe(false);
    expect(isReviewDateAllowed('2026-02-30x', now)).toBe(false);
  });

  it('count across month and year ends and a DST change without drifting', () => {
    expect(addDays('2026-12-20', 56)).toBe('2027-02-14');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    // Late evening in UTC: the server's day is still the 10th.
    expect(reviewDateLimits(new Date('2026-03-10T23:59:59Z')).max).toBe('2026-05-05');
  });
});

describe('days', () => {
  it('reads today on the device’s calendar and in UTC', () => {
    const d = new Date(2026, 0, 5, 9, 30);
    expect(localDay(d)).toBe('2026-01-05');
    expect(utcDay(new Date('2026-01-05T00:30:00Z'))).toBe('2026-01-05');
  });

  it('describes and toggles reminder weekdays', () => {
    const words = { everyDay: 'every day', weekdays: 'weekdays', weekends: 'weekends' };
    expect(describeWeekdays([1, 2, 3, 4, 5, 6, 7], SHORT, words)).toBe('every day');
    expect(describeWeekdays([5, 4, 3, 2, 1], SHORT, words)).toBe('weekdays');
    expect(describeWeekdays([7, 6], SHORT, words)).toBe('weekends');
    expect(describeWeekdays([5, 1, 3, 3], SHORT, words)).toBe('Mon, Wed, Fri');
    expect(describeWeekdays([], SHORT, words)).toBe('');
    expect(toggleWeekday([1, 5], 3)).toEqual([1, 3, 5]);
    expect(toggleWeekday([1, 3, 5], 3)).toEqual([1, 5]);
  });
});
