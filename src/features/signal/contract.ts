import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';

// ── events ──
const signal = z.object({ signalId: z.string() });

/** "We're doing the thing" signals: sent, folded taps, seen, and the partner's one-tap answer. */
export const signalEvents = defineEvents({
  'signal.sent': { payload: signal, feed: true },
  /** Another tap of the same moment, folded into its card. */
  'signal.repeated': { payload: signal.extend({ taps: z.number().int() }), feed: false },
  'signal.delivered': { payload: signal, feed: false },
  'signal.seen': { payload: signal, feed: false },
  'signal.answered': { payload: signal.extend({ kind: z.string() }), feed: true },
});
export type SignalEvent = EventOf<typeof signalEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    signal: SignalEvent;
  }
}
