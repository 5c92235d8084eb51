import { describe, expect, it } from 'vitest';
import type { LiveCoupleEvent } from '../../../core/realtime/protocol';
import { liveEvent } from '../../../../test/support/live-event';
import type { SignalView } from './api';
import { advance, signalEventEffect, undelivered } from './live-sync';

const signal = (over: Partial<SignalView> = {}): SignalView => ({
  id: 's1',
  fromMe: true,
  need: 'pause_together',
  note: null,
  createdAt: '2026-11-25T12:00:00.000Z',
  taps: 1,
  lastTappedAt: '2026-11-25T12:00:00.000Z',
  status: 'sent',
  deliveredAt: null,
  seenAt: null,
  answer: null,
  putAway: false,
  ...over,
});
const event = (type: LiveCoupleEvent['type'], actorId: string, signalId = 's1'): LiveCoupleEvent => liveEvent({
  seq: 3,
  type,
  actorId,
  payload: { signalId },
  createdAt: '2026-11-25T12:00:02.000Z',
  feed: true,
});

describe('advance', () => {
  it('moves forward only', () => {
    const delivered = advance(signal(), 'delivered', 'T1');
    expect(delivered).toMatchObject({ status: 'delivered', deliveredAt: 'T1', seenAt: null });
    const seen = advance(delivered, 'seen', 'T2');
    expect(seen).toMatchObject({ status: 'seen', deliveredAt: 'T1', seenAt: 'T2' });
    expect(advance(seen, 'delivered', 'T3')).toBe(seen);
  });

  it('fills in delivery when "seen" arrives first', () => {
    expect(advance(signal(), 'seen', 'T2')).toMatchObject({ status: 'seen', deliveredAt: 'T2', seenAt: 'T2' });
  });
});

describe('signalEventEffect', () => {
  it('the sender sees delivered, then seen, in place', () => {
    const list = [signal()];
    const a = signalEventEffect(list, event('signal.delivered', 'partner'), 'me');
    expect(a.list?.[0]?.status).toBe('delivered');
    expect(a.refetch).toBe(false);
    const b = signalEventEffect(a.list, event('signal.seen', 'partner'), 'me');
    expect(b.list?.[0]?.status).toBe('seen');
  });

  it('the partner’s new signal is fetched and reported delivered', () => {
    expect(signalEventEffect([], event('signal.sent', 'partner', 's9'), 'me')).toMatchObject({ refetch: true, deliver: 's9' });
  });

  it('my own signal, already in the list from my tap, needs nothing', () => {
    const list = [signal()];
    expect(signalEventEffect(list, event('signal.sent', 'me'), 'me')).toEqual({ list, refetch: false, deliver: null });
  });

  it('a status for a signal we do not know asks for a refetch', () => {
    expect(signalEventEffect(undefined, event('signal.seen', 'partner', 'sX'), 'me').refetch).toBe(true);
  });

  it('re-reads the list for another tap of the moment and for the partner’s answer', () => {
    expect(signalEventEffect([signal()], event('signal.repeated', 'partner'), 'me')).toMatchObject({ refetch: true, deliver: null });
    expect(signalEventEffect([signal()], event('signal.answered', 'partner'), 'me')).toMatchObject({ refetch: true, deliver: null });
  });

  it('leaves other events alone', () => {
    const list = [signal()];
    expect(signalEventEffect(list, liveEvent({ ...event('pause.started', 'me'), payload: {} }), 'me')).toEqual({ list, refetch: false, deliver: null });
  });
});

describe('undelivered', () => {
  it('lists the partner’s signals still marked sent', () => {
    const list = [signal({ id: 'a', fromMe: false }), signal({ id: 'b', fromMe: false, status: 'seen' }), signal({ id: 'c' })];
    expect(undelivered(list)).toEqual(['a']);
  });
});
