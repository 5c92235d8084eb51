import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import { isValidTimeZone } from '../../core/push/quiet-hours';
import { CSI4_MAX } from './csi4';
import { LOOP_MAX, SHARINGS } from './questions';

// ── events ──
// Ids and dates only, never an answer. None is in the feed. A private week appends nothing at
// all — not even an event for my own devices, whose seq the partner's socket would count
// (decision 0016).
const week = z.object({ weekStart: z.iso.date() });

export const checkinEvents = defineEvents({
  /** I answered (or changed) a week I share: my partner's screen refreshes. Never sent for a private week. */
  'checkin.answered': { payload: week, feed: false },
  /** I took back a week I had shared: my partner's screen lets it go. */
  'checkin.withdrawn': { payload: week, feed: false },
  /** The couple's check-in day changed (null: none). */
  'checkin.day_set': { payload: z.object({ weekday: z.number().int().min(1).max(7).nullable() }), feed: false },
});
export type CheckinEvent = EventOf<typeof checkinEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    checkin: CheckinEvent;
  }
}

// ── what a person sends ──
export const timeZone = z.string().max(64).refine(isValidTimeZone, 'unknown time zone');
const item = (max: number) => z.number().int().min(0).max(max);
/** The four CSI-4 items, all of them: a partial form has no published score. */
export const csi4Answers = z.object({ happiness: item(CSI4_MAX.happiness), warm: item(CSI4_MAX.warm), rewarding: item(CSI4_MAX.rewarding), satisfied: item(CSI4_MAX.satisfied) }).strict();
const loopItem = item(LOOP_MAX).nullable();
/** Offbeat's own loop questions; any may be skipped (null). */
export const loopAnswers = z.object({ caught: loopItem, wayBack: loopItem, safeToReach: loopItem, safeToStepBack: loopItem }).strict();
export const sharing = z.enum(SHARINGS);

export const checkinBody = z
  .object({
    timeZone,
    /** Null when skipped, and always null where the deployment has the CSI-4 switched off. */
    csi4: csi4Answers.nullable(),
    loop: loopAnswers,
    /** Private unless I choose otherwise. */
    sharing: sharing.default('private'),
  })
  .strict();

// ── views ──
const seq = z.number().int().min(0);
export const weekAnswers = z.object({ csi4: csi4Answers.nullable(), csi4Total: z.number().int().min(0).max(21).nullable(), loop: loopAnswers });

export const checkinWeekView = z.object({
  weekStart: z.iso.date(),
  /** Whether this deployment asks the CSI-4. */
  csi4Enabled: z.boolean(),
  /** The couple's check-in day (ISO weekday), or null when none is chosen; and whether it is today for me. */
  day: z.number().int().min(1).max(7).nullable(),
  today: z.number().int().min(1).max(7),
  mine: weekAnswers.extend({ sharing, stand: z.enum(['private', 'shared', 'waiting', 'revealed']), answeredAt: z.string() }).nullable(),
  /**
   * My partner's week as far as they chose to let me see it: null when they keep it private or
   * have not answered (the two look the same); `waiting` when they chose to reveal together;
   * their answers once shown.
   */
  partner: z.discriminatedUnion('state', [z.object({ state: z.literal('waiting') }), weekAnswers.extend({ state: z.literal('shown') })]).nullable(),
  reminder: z.object({ enabled: z.boolean(), localTime: z.string() }),
  seq,
});

export const dayBody = z.object({ weekday: z.number().int().min(1).max(7).nullable() }).strict();
export const reminderBody = z.object({ enabled: z.boolean(), localTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), timeZone }).strict();

export type CheckinBody = z.input<typeof checkinBody>;
export type WeekAnswers = z.infer<typeof weekAnswers>;
export type CheckinWeekView = z.infer<typeof checkinWeekView>;

// Types other features' screens may take (`import type`): the loop questions' keys and answers.
export type { LoopKey, LoopAnswers, Sharing } from './questions';
