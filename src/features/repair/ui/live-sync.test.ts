import { describe, expect, it } from 'vitest';
import type { LiveCoupleEvent } from '../../../core/realtime/protocol';
import { liveEvent } from '../../../../test/support/live-event';
import { repairKeys } from './api';
import { announcementText, liveEffect } from './live-sync';

const ME = 'me-id';
const PARTNER = 'partner-id';
function event(type: LiveCoupleEvent['type'], actorId: string | null, payload: Record<string, unknown> = {}): LiveCoupleEvent {
  return liveEvent({ seq: 1, type, actorId, payload, createdAt: '2026-11-01T10:00:00Z', feed: true });
}

describe('liveEffect', () => {
  it('refetches the one conversation an event names, never reading words from the event', () => {
    expect(liveEffect(event('repair.submitted', PARTNER, { repairId: 'r1' }), ME)).toEqual({ refetch: [repairKeys.repair('r1')], announce: null });
    expect(liveEffect(event('repair.calm_checked', PARTNER, { repairId: 'r1' }), ME).refetch).toEqual([repairKeys.repair('r1')]);
  });

  it('reveals on both screens: the conversation and the log are read again, and it is said out loud', () => {
    const effect = liveEffect(event('repair.revealed', null, { repairId: 'r1' }), ME);
    expect(effect.refetch).toEqual([repairKeys.repair('r1'), repairKeys.ruptures]);
    expect(effect.announce).toBe('revealed');
  });

  it('refreshes every open conversation on action events (they name the action, not the conversation)', () => {
    expect(liveEffect(event('action.done', PARTNER, { actionId: 'a1' }), ME)).toEqual({ refetch: [repairKeys.repairs], announce: 'partnerDone' });
    expect(liveEffect(event('action.done', ME, { actionId: 'a1' }), ME).announce).toBeNull();
    expect(liveEffect(event('action.acknowledged', PARTNER, { actionId: 'a1' }), ME).refetch).toEqual([repairKeys.repairs]);
  });

  it('keeps the log current and announces only what the partner did', () => {
    expect(liveEffect(event('rupture.logged', PARTNER, { ruptureId: 'x' }), ME)).toEqual({ refetch: [repairKeys.ruptures], announce: 'logged' });
    expect(liveEffect(event('rupture.logged', ME, { ruptureId: 'x' }), ME).announce).toBeNull();
    expect(liveEffect(event('rupture.repaired_by_one', PARTNER), ME)).toEqual({ refetch: [repairKeys.ruptures], announce: null });
    expect(liveEffect(event('rupture.repaired', null), ME)).toEqual({ refetch: [repairKeys.ruptures], announce: 'repaired' });
    expect(liveEffect(event('repair.started', PARTNER, { repairId: 'r1' }), ME).refetch).toEqual([repairKeys.ruptures, repairKeys.repair('r1')]);
  });

  it('shows my partner’s view of a rupture as soon as they add it, and says so', () => {
    expect(liveEffect(event('rupture.view_saved', PARTNER, { ruptureId: 'x' }), ME)).toEqual({ refetch: [repairKeys.ruptures], announce: 'viewSaved' });
    expect(liveEffect(event('rupture.view_saved', ME, { ruptureId: 'x' }), ME).announce).toBeNull();
    expect(announcementText('viewSaved', 'Sam')).toBe('Sam added how they saw a rough moment.');
  });

  it('shows a partner’s shared journal entry or reflection as it comes and goes, without a word', () => {
    expect(liveEffect(event('journal.shared', PARTNER, { entryId: 'e1' }), ME)).toEqual({ refetch: [repairKeys.journal], announce: null });
    expect(liveEffect(event('journal.withdrawn', PARTNER, { entryId: 'e1' }), ME)).toEqual({ refetch: [repairKeys.journal], announce: null });
    expect(liveEffect(event('reflection.shared', PARTNER, { reflectionId: 'x1' }), ME)).toEqual({ refetch: [repairKeys.reflections], announce: null });
    expect(liveEffect(event('reflection.withdrawn', PARTNER, { reflectionId: 'x1' }), ME)).toEqual({ refetch: [repairKeys.reflections], announce: null });
  });

  it('follows the pattern map’s agreements it shows, and leaves the pause to the pause feature’s own view', () => {
    expect(liveEffect(event('contract.proposed', PARTNER), ME).refetch).toEqual([['/api/contracts']]);
    expect(liveEffect(event('pause.reconnected', null), ME).refetch).toEqual([]);
    expect(liveEffect(event('couple.renamed', PARTNER), ME)).toEqual({ refetch: [], announce: null });
  });

  it('says each announcement kindly, naming the partner', () => {
    expect(announcementText('partnerDone', 'Sam')).toBe('Sam did what they said they would.');
    expect(announcementText('revealed', 'Sam')).toContain('side by side');
  });
});
