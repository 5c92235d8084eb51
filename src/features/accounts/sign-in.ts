import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../../core/db/database';
import type { EventLog } from '../../core/realtime/event-log';
import { announceSessionsEnded, createSession } from '../../core/auth/sessions';
import { randomToken } from '../../core/auth/tokens';
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS, deviceKey, newDeviceCookie } from '../../core/auth/device-cookie';
import { cookieOptions, setSessionCookie, type AppContext } from '../../core/http/context';
import type { SessionState } from './contract';
import * as q from './queries';

/** A new session for `userId` on this browser, replacing (and ending) the one its cookie held. */
export async function startSession(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, userId: string) {
  // This browser's cookie is about to be replaced: the session it held (perhaps someone else's) ends now
  // instead of lingering, unreachable, until it expires.
  const previous = request.auth;
  if (previous) {
    await q.deleteOwnSession(ctx.db, previous.userId, previous.sessionId);
    await announceSessionsEnded(ctx.db, ctx.events, previous.userId, [previous.sessionId]);
  }
  const session = await createSession(ctx.db, userId, { days: ctx.config.sessionDays, userAgent: request.headers['user-agent'] });
  // The page's language as this person signs in: what their pushes and reminders are written in.
  await q.rememberLocale(ctx.db, userId, request.locale);
  setSessionCookie(reply, request, ctx.config, session.token);
  return session;
}

/** Gives this browser the account's device cookie, so a flood of wrong guesses elsewhere never keeps it out. */
export async function rememberDevice(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
  reply.setCookie(DEVICE_COOKIE, newDeviceCookie(await deviceKey(ctx.db), userId), cookieOptions(request, ctx.config, DEVICE_COOKIE_DAYS * 86_400));
}

let cachedDummy: Promise<string> | undefined;
export function dummyHash(ctx: AppContext): Promise<string> {
  cachedDummy ??= ctx.hasher.hash(randomToken());
  return cachedDummy;
}

/**
 * A new password, and every session of the account ended but `keep` (null: all), in the caller's
 * transaction: the two happen together or not at all, and the ended sessions' sockets close.
 */
export async function setPasswordEndingSessions(tx: Queryable, events: EventLog, userId: string, passwordHash: string, keep: string | null): Promise<void> {
  await q.updatePasswordHash(tx, userId, passwordHash);
  const ended = await q.deleteSessions(tx, userId, keep);
  await q.forgetPushOfUnknownDevices(tx, userId);
  await announceSessionsEnded(tx, events, userId, ended);
}

/**
 * Signs a known person in on this browser, whichever way they proved who they are (password or
 * passkey): a session, the device cookie unless it already had one, and what their screens need.
 */
export async function signIn(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, user: q.UserRow, knownDevice: boolean): Promise<SessionState> {
  const session = await startSession(ctx, request, reply, user.id);
  if (!knownDevice) await rememberDevice(ctx, request, reply, user.id);
  const [membership] = await ctx.db.query<{ coupleId: string }>('select couple_id as "coupleId" from couple_members where user_id = $1', [user.id]);
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, coupleId: membership?.coupleId ?? null, kind: user.kind },
    csrfToken: session.csrfToken,
  };
}
