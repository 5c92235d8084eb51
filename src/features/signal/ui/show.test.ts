import { describe, expect, it } from 'vitest';
import type { SignalView } from './api';
import { incomingToShow, latestOwn, SIGNAL_RECENT_MS } from './show';

const now = Date.parse('2026-11-25T12:00:00Z');
const signal = (id: string, fromMe: boolean, agoMs: number): SignalView => ({
  id,
  fromMe,
  need: 'space',
  note: null,
  createdAt: new Date(now - agoMs).toISOString(),
  status: 'sent',
  deliveredAt: null,
  seenAt: null,
});

describe('incomingToShow', () => {
  const list = [signal('old', false, SIGNAL_RECENT_MS + 1), signal('a', false, 60_000), signal('b', false, 5_000), signal('mine', true, 1000)];

  it('shows the partner’s newest recent signal', () => {
    expect(incomingToShow(list, now, new Set())?.id).toBe('b');
  });

  it('skips what was put away, and what is old', () => {
    expect(incomingToShow(list, now, new Set(['b']))?.id).toBe('a');
    expect(incomingToShow(list, now, new Set(['a', 'b']))).toBeNull();
    expect(incomingToShow(undefined, now, new Set())).toBeNull();
  });
});

describe('latestOwn', () => {
  it('is my newest recent signal', () => {
    expect(latestOwn([signal('x', true, 10_000), signal('y', true, 1000), signal('p', false, 0)], now)?.id).toBe('y');
    expect(latestOwn([signal('x', true, SIGNAL_RECENT_MS + 5)], now)).toBeNull();
  });
});
