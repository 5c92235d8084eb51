import { describe, expect, it } from 'vitest';
import { joyBalance } from './balance';
import { suggestSeason, type CheckIn } from './capacity';
import { accept, checkReviewDate, end, isDueForReview, renew, type Season } from './seasons';

const P: [string, string] = ['a', 'b'];
const proposed = (): Season => ({ status: 'proposed', proposedBy: 'a', acceptedBy: ['a'], reviewOn: '2026-12-20', endedAt: null });

describe('asymmetric seasons', () => {
  it('refuses a review date more than 8 weeks away, or not in the future', () => {
    expect(checkReviewDate('2026-11-25', '2027-01-20')).toBeNull(); // 56 days
    expect(checkReviewDate('2026-11-25', '2027-01-21')).toBe('review_too_far');
    expect(checkReviewDate('2026-11-25', '2026-11-25')).toBe('review_in_past');
    expect(checkReviewDate('2026-11-25', 'soon')).toBe('review_in_past');
  });

  it('is not active on one partner’s acceptance, only on both', () => {
    expect(proposed().status).toBe('proposed');
    const both = accept(proposed(), 'b', P);
    expect(typeof both !== 'string' && both.status).toBe('active');
    expect(accept(proposed(), 'a', P)).toBe('already_accepted');
    expect(accept(proposed(), 'c', P)).toBe('not_participant');
    // A space with one partner cannot make a two-person agreement active.
    expect(accept({ ...proposed(), acceptedBy: [] }, 'a', ['a'])).toMatchObject({ status: 'proposed' });
  });

  it('asks both again on renewal, and keeps ended seasons ended', () => {
    const active = accept(proposed(), 'b', P) as Season;
    const renewed = renew(active, 'b', P, '2026-12-20', '2027-01-10') as Season;
    expect(renewed).toMatchObject({ status: 'proposed', acceptedBy: ['b'], reviewOn: '2027-01-10' });
    expect(renew(active, 'b', P, '2026-12-20', '2027-03-01')).toBe('review_too_far');
    const ended = end(active, 'a', P, 5) as Season;
    expect(ended.status).toBe('ended');
    expect(accept(ended, 'b', P)).toBe('ended');
    expect(isDueForReview(active, '2026-12-20')).toBe(true);
    expect(isDueForReview(active, '2026-12-19')).toBe(false);
  });
});

describe('capacity', () => {
  const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
  it('suggests a season when one partner has had low capacity on several days while the other had more', () => {
    const checkIns: CheckIn[] = [];
    for (let d = 20; d <= 24; d++) checkIns.push({ userId: 'a', level: 'low', day: day(d) }, { userId: 'b', level: 'plenty', day: day(d) });
    expect(suggestSeason(checkIns, P, day(25))).toEqual({ lowerCapacity: 'a' });
    expect(suggestSeason(checkIns.slice(0, 6), P, day(25))).toBeNull();
    const same = checkIns.map((c) => ({ ...c, level: 'some' as const }));
    expect(suggestSeason(same, P, day(25))).toBeNull();
    expect(suggestSeason(checkIns, P, '2026-12-31')).toBeNull(); // too long ago
  });
});

describe('joy balance', () => {
  it('notices when fixing crowds out fun, and says nothing when there is nothing', () => {
    expect(joyBalance({ joyEntries: 0, ritualMoments: 0, problemSolvingMinutes: 0, ruptures: 0 }).tilt).toBe('quiet');
    expect(joyBalance({ joyEntries: 1, ritualMoments: 0, problemSolvingMinutes: 120, ruptures: 2 }).tilt).toBe('fixing-heavy');
    expect(joyBalance({ joyEntries: 5, ritualMoments: 4, problemSolvingMinutes: 30, ruptures: 1 }).tilt).toBe('joy-rich');
    expect(joyBalance({ joyEntries: 2, ritualMoments: 1, problemSolvingMinutes: 60, ruptures: 1 })).toEqual({ joyful: 3, problemSolving: 3, tilt: 'balanced' });
  });
});
