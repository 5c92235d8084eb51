import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import { ANSWER_KINDS, NEEDS } from './copy';

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

// ── views ──
// What the signal's routes answer: the server validates with these, and the client takes its
// types from them (`import type`). The partner changes a signal under an open screen (delivered,
// seen, answered), so every answer carries the couple event `seq` it reflects (core/web/view-clock.ts).
const seq = z.number().int().min(0);

/** One "we're doing the thing" as this person sees it. */
export const signalView = z.object({
  id: z.uuid(),
  fromMe: z.boolean(),
  /** Only what the sender chose; null when they just tapped. */
  need: z.enum(NEEDS).nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** Repeated taps in one moment fold into one signal: how many, and the latest. */
  taps: z.number().int().min(1),
  lastTappedAt: z.string(),
  /** sent → delivered (reached the partner's device) → seen (the partner looked at it). */
  status: z.enum(['sent', 'delivered', 'seen']),
  deliveredAt: z.string().nullable(),
  seenAt: z.string().nullable(),
  /** The partner's one answer: a preset, or their own words. */
  answer: z.object({ kind: z.enum(ANSWER_KINDS), text: z.string().nullable(), at: z.string() }).nullable(),
  /** Whether I put this card away on my screens (the other person's choice is theirs alone). */
  putAway: z.boolean(),
});
/** The couple's recent signals, newest first, as of `seq` (read in one snapshot). */
export const signalList = z.object({ signals: z.array(signalView), seq });
/**
 * One signal just sent, answered, marked or put away, as of `seq`: the seq of the event its change
 * appended, or, when it appended none (a retried tap, a repeat, a put-away), the seq read before it.
 */
export const signalChanged = signalView.extend({ seq });

export type SignalView = z.infer<typeof signalView>;
export type SignalList = z.infer<typeof signalList>;
export type SignalChanged = z.infer<typeof signalChanged>;
