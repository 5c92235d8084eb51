import { z } from 'zod';
import { defineEvents, type EventOf, type FeedEventType } from '../../core/contracts';

// ── events ──
const pause = z.object({ pauseId: z.string() });
/** What both screens need to show a pause at a glance. */
const summary = pause.extend({
  minutes: z.number().int(),
  where: z.enum(['same_room', 'nearby', 'apart']),
  returnPlan: z.enum(['talk', 'hug', 'check_in']),
  endsAt: z.string().nullable(),
});
const longer = pause.extend({ endsAt: z.string(), minutes: z.number().int() });

/** Each step of a pause, on both screens; the feed tells the couple's story of it. */
export const pauseEvents = defineEvents({
  'pause.requested': { payload: summary, feed: true },
  'pause.proposed': { payload: pause.extend({ minutes: z.number().int() }), feed: true },
  'pause.started': { payload: summary, feed: true },
  'pause.cancelled': { payload: pause, feed: true },
  'pause.extended': { payload: longer, feed: true },
  'pause.returning': { payload: pause, feed: true },
  /** Updates both screens, but a check-in's feeling is not a moment for the feed. */
  'pause.checked_in': { payload: pause.extend({ nextStep: z.enum(['talk', 'hug', 'check_in']) }), feed: false },
  'pause.more_time': { payload: longer, feed: true },
  'pause.reconnected': { payload: pause.extend({ onTime: z.boolean().nullable() }), feed: true },
  'pause.paced': { payload: pause.extend({ breathsPerMinute: z.number(), anchorAt: z.string() }), feed: false },
  'pause.expired': { payload: pause.extend({ reason: z.enum(['no_reply', 'day_passed']) }), feed: true },
  /** A "thinking of you" during the pause: felt on the partner's device, not kept in the feed. */
  'pause.pulse': { payload: pause, feed: false },
});
export type PauseEvent = EventOf<typeof pauseEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    pause: PauseEvent;
  }
}
export type PauseFeedEventType = FeedEventType<typeof pauseEvents>;
