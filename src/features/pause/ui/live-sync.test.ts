import { describe, expect, it } from 'vitest';
import type { CoupleEvent } from '../../../core/realtime/protocol';
import { pauseEventEffect, PULSE_FRESH_MS } from './live-sync';

const at = Date.parse('2026-11-25T12:00:00Z');
const event = (type: string, actorId: string | null, createdAt = at): CoupleEvent => ({
  seq: 7,
  type,
  actorId,
  payload: { pauseId: 'p1' },
  createdAt: new Date(createdAt).toISOString(),
  feed: true,
});

describe('pauseEventEffect', () => {
  it('refetches on every pause step, and tells me what my partner did', () => {
    const e = pauseEventEffect(event('pause.requested', 'partner'), 'me', at);
    expect(e.refetch).toBe(true);
    expect(e.say).toMatch(/pause/i);
  });

  it('does not read my own steps back to me', () => {
    const e = pauseEventEffect(event('pause.extended', 'me'), 'me', at);
    expect(e).toEqual({ refetch: true, pulse: false, say: null });
  });

  it('tells both of us what the clock did', () => {
    expect(pauseEventEffect(event('pause.returning', null), 'me', at).say).not.toBeNull();
  });

  it('feels only the partner’s fresh pulses, and never refetches for them', () => {
    expect(pauseEventEffect(event('pause.pulse', 'partner'), 'me', at + 500)).toMatchObject({ pulse: true, refetch: false });
    expect(pauseEventEffect(event('pause.pulse', 'me'), 'me', at).pulse).toBe(false);
    expect(pauseEventEffect(event('pause.pulse', 'partner'), 'me', at + PULSE_FRESH_MS + 1).pulse).toBe(false);
  });

  it('ignores other features’ events', () => {
    expect(pauseEventEffect(event('signal.sent', 'partner'), 'me', at)).toEqual({ refetch: false, pulse: false, say: null });
  });
});
