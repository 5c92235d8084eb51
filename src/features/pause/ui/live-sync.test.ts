import { describe, expect, it } from 'vitest';
import type { LiveCoupleEvent } from '../../../core/realtime/protocol';
import { liveEvent } from '../../../../test/support/live-event';
import { pauseEventEffect, PULSE_FRESH_MS } from './live-sync';

const at = Date.parse('2026-11-25T12:00:00Z');
const event = (type: LiveCoupleEvent['type'], actorId: string | null, createdAt = at): LiveCoupleEvent => liveEvent({
  seq: 7,
  type,
  actorId,
  payload: { pauseId: 'p1' },
  createdAt: new Date(createdAt).toISOString(),
  feed: true,
});

describe('pauseEventEffect', () => {
  it('refetches on every pause step, mine and my partner’s', () => {
    expect(pauseEventEffect(event('pause.requested', 'partner'), 'me', at)).toEqual({ refetch: true, pulse: false });
    expect(pauseEventEffect(event('pause.extended', 'me'), 'me', at)).toEqual({ refetch: true, pulse: false });
    expect(pauseEventEffect(event('pause.returning', null), 'me', at)).toEqual({ refetch: true, pulse: false });
  });

  it('feels only the partner’s fresh pulses, and never refetches for them', () => {
    expect(pauseEventEffect(event('pause.pulse', 'partner'), 'me', at + 500)).toEqual({ pulse: true, refetch: false });
    expect(pauseEventEffect(event('pause.pulse', 'me'), 'me', at).pulse).toBe(false);
    expect(pauseEventEffect(event('pause.pulse', 'partner'), 'me', at + PULSE_FRESH_MS + 1).pulse).toBe(false);
  });

  it('ignores other features’ events', () => {
    expect(pauseEventEffect(event('signal.sent', 'partner'), 'me', at)).toEqual({ refetch: false, pulse: false });
  });
});
