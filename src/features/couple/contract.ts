import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import { presenceSchema } from '../../core/realtime/protocol';

// ── events ──
/** The couple space itself: made, named, an invite made or withdrawn, the partner joined. */
export const coupleEvents = defineEvents({
  'couple.created': { payload: z.object({}), feed: true },
  'couple.renamed': { payload: z.object({ name: z.string().nullable() }), feed: true },
  'invite.created': { payload: z.object({}), feed: true },
  'invite.revoked': { payload: z.object({}), feed: true },
  'member.joined': { payload: z.object({}), feed: true },
});
export type CoupleSpaceEvent = EventOf<typeof coupleEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    couple: CoupleSpaceEvent;
  }
}

// ── views ──
// What the couple's routes answer: the server validates with these, and the client takes its types
// from them (`import type`, no bundle cost).

/** The open invite of a space, without its link (shown only once, when made). */
export const inviteSummary = z.object({ id: z.uuid(), createdAt: z.string(), expiresAt: z.string() });
export const coupleMember = z.object({ userId: z.uuid(), displayName: z.string(), joinedAt: z.string(), isMe: z.boolean() });
/** The space as this person sees it, read in one snapshot with `headSeq`: the couple event seq it reflects, where the live stream starts. */
export const coupleSnapshot = z.object({
  id: z.uuid(),
  /** The name the two chose, or one made of their names while they have chosen none. */
  name: z.string(),
  named: z.boolean(),
  createdAt: z.string(),
  headSeq: z.number().int().min(0),
  members: z.array(coupleMember),
  presence: z.array(presenceSchema),
  invite: inviteSummary.nullable(),
});
/**
 * GET /api/couple: the space, or without one whether the last one ended and the person has not
 * read that yet (said once, kindly). Only *that* it ended: never why, who or when — leaving can be quiet.
 */
export const coupleAnswer = z.object({ couple: coupleSnapshot.nullable(), ended: z.boolean() });
export const createdInvite = inviteSummary.extend({
  /** `…/join#<token>`: shown only now; the server keeps only a hash. */
  url: z.string(),
  qrSvg: z.string(),
  /** `lan`: the person's browser is on localhost, so the link uses this computer's address on the local network. */
  reach: z.enum(['origin', 'lan']),
});
/** One moment of the couple's feed, keyed by its event seq. */
export const activityItem = z.object({
  seq: z.number().int(),
  type: z.string(),
  actorId: z.uuid().nullable(),
  /** null: the account no longer exists (a former partner). */
  actorName: z.string().nullable(),
  isMe: z.boolean(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export const activityPage = z.object({ items: z.array(activityItem) });
/** What an invite link leads to, before signing up. */
export const invitePreview = z.object({ coupleName: z.string(), inviterName: z.string().nullable(), expiresAt: z.string() });
export const coupleCreated = z.object({ id: z.uuid() });
export const inviteAccepted = z.object({ coupleId: z.uuid() });

export type InviteSummary = z.infer<typeof inviteSummary>;
export type CoupleMember = z.infer<typeof coupleMember>;
export type CoupleSnapshot = z.infer<typeof coupleSnapshot>;
export type CoupleAnswer = z.infer<typeof coupleAnswer>;
export type CreatedInvite = z.infer<typeof createdInvite>;
export type ActivityItem = z.infer<typeof activityItem>;
export type ActivityPage = z.infer<typeof activityPage>;
export type InvitePreview = z.infer<typeof invitePreview>;
export type CoupleCreated = z.infer<typeof coupleCreated>;
export type InviteAccepted = z.infer<typeof inviteAccepted>;

// ── reads ──
/** GET /api/couple is read by other features too (the pattern map's people), from the one cache entry. */
declare module '../../core/contracts' {
  interface SharedReads {
    '/api/couple': CoupleAnswer;
  }
}
