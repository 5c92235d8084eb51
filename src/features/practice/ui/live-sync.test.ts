import { describe, expect, it } from 'vitest';
import type { LiveCoupleEvent } from '../../../core/realtime/protocol';
import { liveEvent } from '../../../../test/support/live-event';
import { practiceKeys } from './api';
import { announcementText, liveEffect } from './live-sync';

const ME = 'me-id';
const PARTNER = 'partner-id';
const event = (type: LiveCoupleEvent['type'], actorId: string | null = PARTNER): LiveCoupleEvent => liveEvent({ seq: 1, type, actorId, payload: {}, createdAt: '2026-03-10T10:00:00Z', feed: true });

describe('live practice updates', () => {
  it('refetch what the event touched and announce the partner’s doings only', () => {
    expect(liveEffect(event('joy.logged'), ME)).toEqual({ refetch: [practiceKeys.joy, practiceKeys.summary], announce: 'joy', reminder: false });
    expect(liveEffect(event('joy.logged', ME), ME)).toEqual({ refetch: [practiceKeys.joy, practiceKeys.summary], announce: null, reminder: false });
    expect(liveEffect(event('joy.idea_added'), ME)).toEqual({ refetch: [practiceKeys.joyIdeas], announce: 'idea', reminder: false });
    expect(liveEffect(event('joy.idea_added', ME), ME)).toMatchObject({ refetch: [practiceKeys.joyIdeas], announce: null });
    expect(liveEffect(event('joy.idea_removed'), ME)).toMatchObject({ refetch: [practiceKeys.joyIdeas], announce: null });
    expect(liveEffect(event('capacity.checked_in'), ME)).toMatchObject({ refetch: [practiceKeys.capacity], announce: 'capacity' });
    expect(liveEffect(event('moment.proposed'), ME)).toMatchObject({ refetch: [practiceKeys.summary], announce: 'proposed' });
    expect(liveEffect(event('note.sent'), ME)).toMatchObject({ refetch: [practiceKeys.notes], announce: 'note' });
    expect(liveEffect(event('note.played'), ME)).toMatchObject({ refetch: [practiceKeys.notes], announce: null });
    expect(liveEffect(event('season.renewal_proposed'), ME)).toMatchObject({ refetch: [practiceKeys.seasons], announce: 'season' });
    expect(liveEffect(event('season.ended'), ME)).toMatchObject({ refetch: [practiceKeys.seasons], announce: null });
    expect(liveEffect(event('stretch.shared'), ME)).toMatchObject({ refetch: [practiceKeys.stretches], announce: 'stretch' });
    expect(liveEffect(event('stretch.shared', ME), ME)).toMatchObject({ refetch: [practiceKeys.stretches], announce: null });
    expect(liveEffect(event('stretch.tried'), ME)).toMatchObject({ refetch: [practiceKeys.stretches], announce: null });
  });

  it('tells both partners when a shared moment is counted', () => {
    expect(liveEffect(event('moment.shared', PARTNER), ME).announce).toBe('shared');
    expect(liveEffect(event('moment.shared', ME), ME).announce).toBe('shared');
  });

  it('shows my reminder in the app, and ignores events of other features', () => {
    expect(liveEffect(event('ritual.reminder', null), ME)).toEqual({ refetch: [practiceKeys.rituals], announce: null, reminder: true });
    expect(liveEffect(event('map.renamed'), ME)).toEqual({ refetch: [], announce: null, reminder: false });
    expect(liveEffect(event('pause.reconnected'), ME).refetch).toEqual([practiceKeys.summary]);
  });

  it('names the partner in what it says', () => {
    expect(announcementText('joy', 'Sam')).toBe('Sam added a good moment to your joy log.');
    expect(announcementText('capacity', 'Sam')).toBe('Sam checked in.');
    expect(announcementText('stretch', 'Sam')).toBe('Sam shared a stretch with you.');
  });
});
