import { describe, expect, it } from 'vitest';
import type { Reminder, RitualList, SeasonList, SeasonView } from '../contract';
import { withReminder, withSeason } from './api';

const season = (id: string, status: SeasonView['status'] = 'proposed'): SeasonView => ({
  id,
  carrier: 'me',
  what: 'I carry the mornings',
  why: 'Your night shifts',
  reviewOn: '2026-12-30',
  status,
  iAccepted: true,
  partnerAccepted: false,
  dueForReview: false,
  createdAt: '2026-12-01T10:00:00.000Z',
  endedAt: null,
});

describe('changes landing in a practice view', () => {
  it('puts a proposed season first and a stepped one in its place, keeping the list’s seq', () => {
    const list: SeasonList = { seasons: [season('old', 'ended')], seq: 7 };
    expect(withSeason(list, season('new'))).toEqual({ seasons: [season('new'), season('old', 'ended')], seq: 7 });
    const active = { ...season('new', 'active'), partnerAccepted: true };
    expect(withSeason({ seasons: [season('new'), season('old', 'ended')], seq: 8 }, active)).toEqual({ seasons: [active, season('old', 'ended')], seq: 8 });
  });

  it('sets my saved reminder on its ritual only', () => {
    const reminder: Reminder = { localTime: '07:30', weekdays: [1, 3], timeZone: 'Europe/Berlin', enabled: true, nextDueAt: '2026-12-02T06:30:00.000Z' };
    const list: RitualList = {
      rituals: [
        { id: 'r1', libraryKey: 'morning_gaze', title: 'Morning gaze', myReminder: null },
        { id: 'r2', libraryKey: null, title: 'Tea', myReminder: null },
      ],
      seq: 3,
    };
    expect(withReminder(list, 'r2', reminder)).toEqual({ rituals: [list.rituals[0], { ...list.rituals[1], myReminder: reminder }], seq: 3 });
  });
});
