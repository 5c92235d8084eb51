import { describe, expect, it } from 'vitest';
import type { SignalView } from './api';
import { CARD_MS, incomingToShow, ownToShow, type MomentContext } from './show';

const now = Date.parse('2026-12-01T20:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const signal = (id: string, fromMe: boolean, agoMs: number, over: Partial<SignalView> = {}): SignalView => ({
  id,
  fromMe,
  need: null,
  note: null,
  createdAt: ago(agoMs),
  taps: 1,
  lastTappedAt: ago(agoMs),
  status: 'sent',
  deliveredAt: null,
  seenAt: null,
  answer: null,
  putAway: false,
  ...over,
});
const ctx = (over: Partial<MomentContext> = {}): MomentContext => ({ nowMs: now, pauseCoversUntil: null, ...over });

describe('incomingToShow', () => {
  it('shows the partner’s newest signal of this moment', () => {
    const list = [signal('a', false, 60_000), signal('b', false, 5_000), signal('mine', true, 1000)];
    expect(incomingToShow(list, ctx())?.id).toBe('b');
  });

  it('never brings back an older signal when the newest was answered or put away', () => {
    const older = signal('a', false, 60_000);
    expect(incomingToShow([older, signal('b', false, 5_000, { answer: { kind: 'here', text: null, at: ago(1000) } })], ctx())).toBeNull();
    expect(incomingToShow([older, signal('b', false, 5_000, { putAway: true })], ctx())).toBeNull();
  });

  it('steps aside after a while without a new tap; a repeat keeps it', () => {
    expect(incomingToShow([signal('a', false, CARD_MS + 1)], ctx())).toBeNull();
    expect(incomingToShow([signal('a', false, CARD_MS + 1, { taps: 2, lastTappedAt: ago(60_000) })], ctx())?.id).toBe('a');
  });

  it('gives way to the pause it led to, and to a pause running now; only a tap after a pause ended shows', () => {
    const s = signal('a', false, 60_000);
    expect(incomingToShow([s], ctx({ pauseCoversUntil: now - 30_000 }))).toBeNull();
    expect(incomingToShow([s], ctx({ pauseCoversUntil: Infinity }))).toBeNull();
    expect(incomingToShow([s], ctx({ pauseCoversUntil: now - 120_000 }))?.id).toBe('a');
  });

  it('is nothing without signals', () => {
    expect(incomingToShow(undefined, ctx())).toBeNull();
  });
});

describe('ownToShow', () => {
  it('is my newest signal, waiting or answered, for a while after the answer', () => {
    expect(ownToShow([signal('x', true, 10_000), signal('y', true, 1000), signal('p', false, 0)], ctx())?.id).toBe('y');
    const answered = signal('x', true, CARD_MS * 2, { answer: { kind: 'here', text: null, at: ago(60_000) } });
    expect(ownToShow([answered], ctx())?.id).toBe('x');
    expect(ownToShow([signal('x', true, CARD_MS + 5)], ctx())).toBeNull();
  });

  it('goes when I put it away or a pause took its place', () => {
    expect(ownToShow([signal('x', true, 1000, { putAway: true })], ctx())).toBeNull();
    expect(ownToShow([signal('x', true, 60_000)], ctx({ pauseCoversUntil: now - 1000 }))).toBeNull();
  });
});
