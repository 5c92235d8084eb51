import { describe, expect, it } from 'vitest';
import { choiceWords, lookWords, when } from './words';

describe('the couple’s record in plain words', () => {
  it('names each look by its kind, with who looked', () => {
    expect(lookWords({ therapistName: 'Dr Lee', what: 'map' })).toBe('Dr Lee looked at your map');
    expect(lookWords({ therapistName: 'Dr Lee', what: 'export' })).toBe('Dr Lee printed or saved a summary');
    expect(lookWords({ therapistName: 'Dr Lee', what: 'something new' })).toBe('Dr Lee looked at your space');
  });

  it('says the time in the reader’s zone, the year only when it is another', () => {
    const now = new Date('2026-12-03T15:00:00Z');
    expect(when('2026-12-03T14:02:00Z', now, 'en-GB', 'UTC')).toBe('3 Dec, 14:02');
    expect(when('2026-12-03T14:02:00Z', now, 'en-GB', 'Asia/Tokyo')).toBe('3 Dec, 23:02');
    expect(when('2025-12-31T23:30:00Z', now, 'en-GB', 'UTC')).toBe('31 Dec 2025, 23:30');
  });

  it('says who chose what, for whom', () => {
    expect(choiceWords({ isMe: true, name: 'Ada', scope: 'map', granted: true, therapistName: 'Dr Lee' })).toBe('You chose to share our pattern map with Dr Lee');
    expect(choiceWords({ isMe: false, name: 'Bo', scope: 'loop', granted: false, therapistName: 'Dr Lee' })).toBe('Bo stopped sharing loop activity with Dr Lee');
    expect(choiceWords({ isMe: true, name: 'Ada', scope: 'checkins', granted: true, therapistName: 'Dr Lee' })).toBe('You chose to share your own check-ins with Dr Lee');
    expect(choiceWords({ isMe: false, name: null, scope: 'repair_words', granted: true, therapistName: 'Dr Lee' })).toBe('A former partner chose to share the words of one conversation with Dr Lee');
  });
});
