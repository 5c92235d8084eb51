import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import { singleLine } from '../../core/http/schemas';
import { CONSENT_SCOPES, OWN_SCOPES, SHARED_SCOPES } from '../../core/therapist-scope';

/**
 * The therapist workspace's typed front door (decision 0018): a couple's own therapist connects
 * with each partner's consent, per scope; the desk, the consent screens and the couple's record
 * of looks meet here. Types only for the client (`import type`).
 */
export type { ConsentScope, OwnScope, SharedScope, AccessLogWhat } from '../../core/therapist-scope';

// ── events ──
/**
 * The couple's screens refetch their therapist card on these; none is a feed moment. A partner's
 * choice for their own records (check-ins) goes only to that partner (`audience`).
 */
export const therapistEvents = defineEvents({
  'therapist.connected': { payload: z.object({}), feed: false },
  'therapist.consent': { payload: z.object({}), feed: false },
  'therapist.ended': { payload: z.object({}), feed: false },
});
export type TherapistEvent = EventOf<typeof therapistEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    therapist: TherapistEvent;
  }
}

// ── inputs ──
/** A therapist's practice and how clients reach it, as they sign up or edit their profile. */
export const therapistDetails = z.object({ practice: singleLine(120), contact: singleLine(200) });
/** Connect tokens are 32 random bytes, base64url: 43 characters. */
export const connectToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export const consentChoice = z.object({
  scope: z.enum(CONSENT_SCOPES as [string, ...string[]]),
  /** The rupture, for `repair_words` (one conversation's words); none for the other scopes. */
  subjectId: z.uuid().nullable().default(null),
  granted: z.boolean(),
});

// ── views ──
export const therapistProfile = z.object({ displayName: z.string(), email: z.string(), practice: z.string(), contact: z.string() });
/** A one-time link (and its QR code) to connect: shown only now; the server keeps only a hash. */
export const connectLink = z.object({ url: z.string(), qrSvg: z.string(), expiresAt: z.string(), reach: z.enum(['origin', 'lan']) });
/** What a connect link leads to, before accepting: who made it. */
export const connectPreview = z.object({
  /** `therapist`: a therapist's link for a couple; `partner`: a partner's link for their therapist. */
  from: z.enum(['therapist', 'partner']),
  name: z.string(),
  /** The therapist's practice (a therapist's link only). */
  practice: z.string().nullable(),
  expiresAt: z.string(),
});
export const connectAccepted = z.object({ coupleId: z.uuid() });

export const sharedScopeChoice = z.object({
  scope: z.enum(SHARED_SCOPES),
  mine: z.boolean(),
  /** Shared scopes need both: whether the other partner agreed too. */
  partner: z.boolean(),
});
/** A partner's own choice for their own records; the other partner's own choice is never shown. */
export const ownScopeChoice = z.object({ scope: z.enum(OWN_SCOPES), mine: z.boolean() });
/** One repair conversation: its topic and when (null for one older than the list), and whether each chose to show its words. */
export const conversationChoice = z.object({ ruptureId: z.uuid(), topic: z.string().nullable(), at: z.string().nullable(), mine: z.boolean(), partner: z.boolean() });
/** GET /api/my-therapist: the space's connected therapist and the choices as this partner sees them. */
export const myTherapist = z.object({
  connection: z
    .object({
      id: z.uuid(),
      therapist: z.object({ name: z.string(), practice: z.string(), contact: z.string() }),
      startedAt: z.string(),
      /** The other partner's name, or null while the space has one partner. */
      partnerName: z.string().nullable(),
      shared: z.array(sharedScopeChoice),
      own: z.array(ownScopeChoice),
      conversations: z.array(conversationChoice),
    })
    .nullable(),
});
export const consentEntry = z.object({
  at: z.string(),
  isMe: z.boolean(),
  /** Who chose (null: an account that no longer exists). */
  name: z.string().nullable(),
  therapistName: z.string(),
  scope: z.string(),
  subjectId: z.uuid().nullable(),
  granted: z.boolean(),
});
/** The consent history of the space, oldest first; with `at`, what was in force at that moment. */
export const consentHistory = z.object({
  entries: z.array(consentEntry),
  inForce: z
    .object({ at: z.string(), therapistName: z.string().nullable(), shared: z.array(z.enum(SHARED_SCOPES)), mine: z.array(z.string()) })
    .nullable(),
});
export const look = z.object({ id: z.number().int(), therapistName: z.string(), what: z.string(), at: z.string() });
/** The couple's record of their therapist's looks, newest first. */
export const looks = z.object({ looks: z.array(look) });

export type TherapistDetails = z.infer<typeof therapistDetails>;
export type TherapistProfile = z.infer<typeof therapistProfile>;
export type ConnectLink = z.infer<typeof connectLink>;
export type ConnectPreview = z.infer<typeof connectPreview>;
export type ConnectAccepted = z.infer<typeof connectAccepted>;
export type MyTherapist = z.infer<typeof myTherapist>;
export type Connection = NonNullable<MyTherapist['connection']>;
export type ConsentEntry = z.infer<typeof consentEntry>;
export type ConsentHistory = z.infer<typeof consentHistory>;
export type Look = z.infer<typeof look>;
export type Looks = z.infer<typeof looks>;
export type ConsentChoice = z.input<typeof consentChoice>;
