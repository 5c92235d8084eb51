import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import { LIVE_STATUSES, RETURN_PLANS, TERMINAL_STATUSES, WHERE } from './machine';

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
  /** The partner's gentle "not now": both screens move on; no feed line, no name, no count. */
  'pause.not_now': { payload: pause, feed: false },
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

// ── views ──
// What the pause's routes answer: the server validates with these, and the client takes its types
// from them (`import type`, no bundle cost). The pause changes under a live screen, so its answers
// carry the couple event `seq` they reflect (core/web/view-clock.ts).
const seq = z.number().int().min(0);
const isoOrNull = z.string().nullable();

/** One pause as this person sees it. */
export const pauseView = z.object({
  id: z.uuid(),
  status: z.enum([...LIVE_STATUSES, ...TERMINAL_STATUSES]),
  iAmRequester: z.boolean(),
  minutes: z.number().int(),
  where: z.enum(WHERE),
  returnPlan: z.enum(RETURN_PLANS),
  /** The asker's words to hold on to (optional). */
  tether: z.string().nullable(),
  partnerTether: z.string().nullable(),
  proposedMinutes: z.number().int().nullable(),
  proposalUsed: z.boolean(),
  requestedAt: z.string(),
  startedAt: isoOrNull,
  endsAt: isoOrNull,
  extensionsLeft: z.number().int(),
  breathsPerMinute: z.number().int(),
  paceAnchorAt: isoOrNull,
  /** My own check-in; the partner's feeling rating stays theirs, only their next step is shared. */
  myCheckIn: z.object({ feeling: z.number().int(), nextStep: z.enum(RETURN_PLANS) }).nullable(),
  partnerCheckIn: z.object({ nextStep: z.enum(RETURN_PLANS) }).nullable(),
  endedAt: isoOrNull,
  onTime: z.boolean().nullable(),
  /** For a pause the two came back from: early, on time or late, each with its own words. */
  returnTiming: z.enum(['early', 'on_time', 'late']).nullable(),
});
/**
 * The live pause or the latest one, as of `seq` (GET: read in one snapshot; a command: the seq of
 * the last event it appended). serverNow lets both screens share one clock.
 */
export const pauseAnswer = z.object({ pause: pauseView.nullable(), serverNow: z.string(), seq });

/** A person's usual pause, offered as one tap (theirs alone: no seq, the partner never changes it). */
export const usualPause = z.object({
  minutes: z.number().int(),
  where: z.enum(WHERE),
  tether: z.string().nullable(),
  returnPlan: z.enum(RETURN_PLANS),
  chosen: z.boolean().describe('false: our suggestion, not yet the person’s own'),
});

export type PauseView = z.infer<typeof pauseView>;
export type PauseAnswer = z.infer<typeof pauseAnswer>;
export type UsualPause = z.infer<typeof usualPause>;
