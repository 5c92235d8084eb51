import { z } from 'zod';

/**
 * The live protocol between a signed-in client and the server: a versioned,
 * discriminated union. The server is authoritative and numbers each couple's
 * events (seq 1, 2, 3 …); a client that reconnects says the last seq it saw
 * and receives everything after it, in order, exactly once.
 *
 * This file is imported by the web client for types only (`import type`), so
 * zod stays out of the first-screen bundle; the server validates what clients send.
 */
export const PROTOCOL_VERSION = 1;

export const coupleEventSchema = z.object({
  seq: z.number().int().positive(),
  type: z.string(),
  actorId: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  /** Whether the event belongs in the activity feed (false for live-sync traffic). */
  feed: z.boolean(),
});
export type CoupleEvent = z.infer<typeof coupleEventSchema>;

/**
 * Filled in by each feature's contract.ts (declaration merging: `declare module` adds the
 * feature's event union under its name), so the client knows every couple event as one union
 * without core importing a feature.
 */
export interface CoupleEventsByFeature {}
type DeclaredEvent = CoupleEventsByFeature[keyof CoupleEventsByFeature];

/**
 * A couple event as the client handles it: a type some contract declares, with that type's
 * payload. The server appends only declared events, so a screen may narrow on `type`; an event
 * of a type since retired can still be replayed from an older space's log, which is why screens
 * ignore types they do not handle rather than assume a switch is exhaustive.
 */
export type LiveCoupleEvent = Omit<CoupleEvent, 'type' | 'payload'> & DeclaredEvent;

export const presenceSchema = z.object({
  userId: z.string(),
  online: z.boolean(),
  lastSeenAt: z.string().nullable(),
});
export type Presence = z.infer<typeof presenceSchema>;

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ v: z.literal(PROTOCOL_VERSION), type: z.literal('hello'), lastSeq: z.number().int().min(0).nullable() }),
  z.object({ v: z.literal(PROTOCOL_VERSION), type: z.literal('ping') }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** A message from the server; the client reads its events as `LiveCoupleEvent` (see LiveMessage). */
export type ServerMessage<Event = CoupleEvent> =
  | { v: 1; type: 'welcome'; coupleId: string | null; headSeq: number; presence: Presence[] }
  | { v: 1; type: 'event'; event: Event }
  | { v: 1; type: 'presence'; presence: Presence }
  /** Too far behind to replay: refetch state, then continue from headSeq. */
  | { v: 1; type: 'resync'; headSeq: number }
  /** This person joined or left a couple elsewhere: reconnect to follow the new space. */
  | { v: 1; type: 'membership' }
  /** (A therapist's socket) what you may see of this couple changed: refetch what shows it. */
  | { v: 1; type: 'access'; coupleId: string }
  /** A passing signal from the partner (e.g. which field they are editing); never stored or replayed. */
  | { v: 1; type: 'ephemeral'; from: string; data: Record<string, unknown> }
  | { v: 1; type: 'pong' }
  | { v: 1; type: 'error'; code: string; message: string };

/** What the client's socket receives. */
export type LiveMessage = ServerMessage<LiveCoupleEvent>;

/** Close codes the client acts on. */
export const CLOSE_CODES = {
  /** The process is shutting down (RFC 6455 "going away"): reconnect now, to another process. */
  goingAway: 1001,
  sessionEnded: 4401,
  membershipChanged: 4409,
  protocolError: 4400,
  /** The session's app lock came on: the client shows its lock screen and stops until unlocked. */
  locked: 4423,
} as const;
