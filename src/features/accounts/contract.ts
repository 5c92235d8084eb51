import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import type { Me, SessionState as CoreSessionState } from '../../core/web/api';

// ── events ──
/** A person's own account: a new display name reaches the partner's screens, not the feed. */
export const accountEvents = defineEvents({
  'member.renamed': { payload: z.object({}), feed: false },
});
export type AccountEvent = EventOf<typeof accountEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    accounts: AccountEvent;
  }
}

// ── views ──
// What the account's routes answer: the server validates with these, and the client takes its
// types from them (`import type`). Only the person themselves changes them: no seq.

/** The signed-in person, as their own screens know them. */
export const me = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  coupleId: z.uuid().nullable(),
  kind: z.enum(['partner', 'therapist']),
}) satisfies z.ZodType<Me>; // core's session (core/web/api.ts) reads this shape: a drift fails to compile
/** Who I am (null when signed out), and the CSRF token for my next state-changing request. */
/** The person's app lock on shared devices (absent when they set none). */
export const appLockView = z.object({ lockAfterMinutes: z.number().int(), signOutAfterMinutes: z.number().int().nullable() });
export const sessionState = z.object({
  user: me.nullable(),
  csrfToken: z.string(),
  /** Present (true) only while this device's app lock is on; `user` is then null. */
  locked: z.literal(true).optional(),
  appLock: appLockView.optional(),
}) satisfies z.ZodType<CoreSessionState>;
/** One device signed in to my account. */
export const deviceSession = z.object({ id: z.string(), userAgent: z.string().nullable(), createdAt: z.string(), lastSeenAt: z.string(), current: z.boolean() });
export const deviceSessions = z.object({ sessions: z.array(deviceSession) });
/** How many sessions "log out everywhere" ended. */
export const sessionsEnded = z.object({ ended: z.number().int() });

/** Sign-up with mail configured: the answer is the same whether or not the email has an account. */
export const checkEmail = z.object({ next: z.literal('check_email') });
/** "Reset my password": `email` when a link goes by mail (to an account, if there is one); `ask_admin` when this server sends no mail. */
export const resetAsked = z.object({ delivery: z.enum(['email', 'ask_admin']) });
/** A verification link opened: a new account (and this browser signed in to it), or an account's new email. */
export const emailVerified = z.discriminatedUnion('outcome', [
  sessionState.extend({ outcome: z.literal('signed_up') }),
  z.object({ outcome: z.literal('email_changed'), email: z.string() }),
]);
/** An email change: done at once without mail, or waiting for the link sent to the new address. */
export const emailChange = z.object({ next: z.enum(['changed', 'check_email']) });

export type SessionState = z.infer<typeof sessionState>;
export type CheckEmail = z.infer<typeof checkEmail>;
export type ResetAsked = z.infer<typeof resetAsked>;
export type EmailVerified = z.infer<typeof emailVerified>;
export type EmailChange = z.infer<typeof emailChange>;
export type AppLockView = z.infer<typeof appLockView>;
export type DeviceSession = z.infer<typeof deviceSession>;
export type DeviceSessions = z.infer<typeof deviceSessions>;
export type SessionsEnded = z.infer<typeof sessionsEnded>;

// ── passkeys ──
/** One of my passkeys, as settings lists it (never its key or credential id). */
export const passkeyView = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), backedUp: z.boolean() });
export const passkeyList = z.object({ passkeys: z.array(passkeyView) });
/**
 * A ceremony to run in the browser: the WebAuthn options as JSON (what `@simplewebauthn/browser`
 * takes) and the id to answer with. Passed through as the library wrote them.
 */
export const passkeyCeremony = z.object({ challengeId: z.uuid(), options: z.record(z.string(), z.unknown()) });
export type PasskeyView = z.infer<typeof passkeyView>;
export type PasskeyList = z.infer<typeof passkeyList>;
export type PasskeyCeremony = z.infer<typeof passkeyCeremony>;
