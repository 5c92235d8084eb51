import { z } from 'zod';
import { isValidTimeZone } from '../../core/push/quiet-hours';

// ── views ──
// What the notification routes answer: the server validates with these, and the client takes its
// types from them (`import type`). Only the person themselves changes them: no seq.
const minuteOfDay = z.number().int().min(0).max(1439).nullable();

/** How and when this person is notified: quiet hours are minutes after local midnight in `timeZone`. */
export const notificationPrefs = z.object({
  muted: z.boolean(),
  quietStart: minuteOfDay,
  quietEnd: minuteOfDay,
  timeZone: z.string().max(64).refine(isValidTimeZone, 'unknown time zone'),
  /** Show what a notification is about on the lock screen; off unless the person turns it on. */
  showDetails: z.boolean(),
});
/** The VAPID public key a browser needs to subscribe. */
export const pushKey = z.object({ publicKey: z.string() });

export type NotificationPrefs = z.infer<typeof notificationPrefs>;
export type PushKey = z.infer<typeof pushKey>;
