import { describe, expect, it } from 'vitest';
import { FOLD_WINDOW_MS, foldsInto, type OpenSignal } from './moment';

const now = Date.parse('2026-12-01T20:00:00Z');
const open = (over: Partial<OpenSignal> = {}): OpenSignal => ({
  senderId: 'sam',
  lastTappedAt: new Date(now - 60_000),
  answeredAt: null,
  receiverPutAwayAt: null,
  ...over,
});

describe('foldsInto', () => {
  it('joins a repeated tap to the open signal of the same moment', () => {
    expect(foldsInto(open(), 'sam', now)).toBe(true);
  });

  it('starts a new signal when there is none, or it is the partner’s', () => {
    expect(foldsInto(null, 'sam', now)).toBe(false);
    expect(foldsInto(open({ senderId: 'robin' }), 'sam', now)).toBe(false);
  });

  it('starts a new moment once the signal was answered or put away', () => {
    expect(foldsInto(open({ answeredAt: new Date(now - 1000) }), 'sam', now)).toBe(false);
    expect(foldsInto(open({ receiverPutAwayAt: new Date(now - 1000) }), 'sam', now)).toBe(false);
  });

  it('measures the window from the last tap, so a run of taps stays one moment', () => {
    expect(foldsInto(open({ lastTappedAt: new Date(now - FOLD_WINDOW_MS + 1) }), 'sam', now)).toBe(true);
    expect(foldsInto(open({ lastTappedAt: new Date(now - FOLD_WINDOW_MS) }), 'sam', now)).toBe(false);
  });
});
