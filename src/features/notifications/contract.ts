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
/**
 * "At your own pace": what this person lets their partner see, and a quiet while. Only they read
 * or change it; nothing about it ever reaches the partner (a hidden presence looks like an app
 * that is simply closed, and receipts that are off look like a signal not opened yet).
 */
export const sharingPrefs = z.object({
  /** The partner sees when a signal reached me and when I looked at it, and when I played a note. */
  seenReceipts: z.boolean(),
  /** The partner sees "here now" and when I was last here. */
  presenceVisible: z.boolean(),
  /** No notifications until then (ISO time); null when not quiet. */
  quietUntil: z.string().nullable(),
});

/** How long to go quiet: a few hours, or until this person's own next morning. */
export const QUIET_FOR = ['1h', '4h', 'tomorrow_morning'] as const;
export const sharingPrefsUpdate = z
  .object({
    seenReceipts: z.boolean(),
    presenceVisible: z.boolean(),
    /** Start a quiet while, end it now (`off`), or leave it as it is (absent). */
    quiet: z.enum([...QUIET_FOR, 'off']).optional(),
    /** The person's IANA time zone, for "tomorrow morning". */
    timeZone: z.string().max(64).refine(isValidTimeZone, 'unknown time zone').optional(),
  })
  .strict();

/** The VAPID public key a browser needs to subscribe. */
export const pushKey = z.object({ publicKey: z.string() });

export type NotificationPrefs = z.infer<typeof notificationPrefs>;
export type PushKey = z.infer<typeof pushKey>;
export type SharingPrefsView = z.infer<typeof sharingPrefs>;
export type SharingPrefsUpdate = z.infer<typeof sharingPrefsUpdate>;
export type QuietFor = (typeof QUIET_FOR)[number];
