import type { CoupleEvent, LiveCoupleEvent } from '../../src/core/realtime/protocol';

/** A couple event for a client unit test: a declared type, with whatever payload the test needs (not checked against its schema). */
export function liveEvent(event: Omit<CoupleEvent, 'type'> & { type: LiveCoupleEvent['type'] }): LiveCoupleEvent {
  return event as LiveCoupleEvent;
}
