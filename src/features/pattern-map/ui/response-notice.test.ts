import { describe, expect, it } from 'vitest';
import type { LiveCoupleEvent } from '../../../core/realtime/protocol';
import { liveEvent } from '../../../../test/support/live-event';
import { partnerFallback } from '../../../core/web/partner-name';
import { responseSentence, responseToMe } from './response-notice';

const ME = 'me-id';
const SAM = 'sam-id';
function commented(actorId: string | null, payload: Record<string, unknown>): LiveCoupleEvent {
  return liveEvent({ seq: 7, type: 'map.commented', actorId, payload: { mapId: 'm1', commentId: 'c1', ...payload }, createdAt: '2026-12-01T10:00:00Z', feed: true });
}

describe('responseToMe', () => {
  it('is my partner’s answer to a layer of my side', () => {
    expect(responseToMe(commented(SAM, { sideOwnerId: ME, field: 'fear', reaction: 'hug' }), ME)).toEqual({ mapId: 'm1', field: 'fear', reaction: 'hug' });
    expect(responseToMe(commented(SAM, { sideOwnerId: ME, field: 'longing', reaction: null, written: true }), ME)).toEqual({ mapId: 'm1', field: 'longing', reaction: null });
  });

  it('is nothing for my own answers, answers on my partner’s side, other events, or a payload it cannot read', () => {
    expect(responseToMe(commented(ME, { sideOwnerId: SAM, field: 'fear', reaction: 'hug' }), ME)).toBeNull();
    expect(responseToMe(commented(SAM, { sideOwnerId: SAM, field: 'fear', reaction: 'hug' }), ME)).toBeNull();
    expect(responseToMe(liveEvent({ ...commented(SAM, { sideOwnerId: ME, field: 'fear' }), type: 'map.comment_removed' }), ME)).toBeNull();
    expect(responseToMe(commented(SAM, { sideOwnerId: ME, field: 'move', reaction: 'hug' }), ME)).toBeNull();
    expect(responseToMe(commented(SAM, { sideOwnerId: ME, field: 'toString', reaction: 'hug' }), ME)).toBeNull();
    expect(responseToMe(commented(SAM, { sideOwnerId: ME, field: 'fear', reaction: 'shrug' }), ME)).toEqual({ mapId: 'm1', field: 'fear', reaction: null });
  });
});

describe('responseSentence', () => {
  it('says kindly what came back and to which layer, naming the partner', () => {
    expect(responseSentence({ mapId: 'm1', field: 'fear', reaction: 'hug' }, 'Sam')).toBe('Sam sent you a hug for what you’re afraid of.');
    expect(responseSentence({ mapId: 'm1', field: 'longing', reaction: null }, 'Sam')).toBe('Sam wrote you a kind word about what you long for.');
    expect(responseSentence({ mapId: 'm1', field: 'feeling', reaction: 'same' }, partnerFallback())).toBe('Your partner said “me too” to what you feel underneath.');
  });
});
