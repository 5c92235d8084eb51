import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../../core/db/database';
import type { EventLog } from '../../core/realtime/event-log';
import { announceSessionsEnded, createSession } from '../../core/auth/sessions';
import { randomToken } from '../../core/auth/tokens';
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS, deviceKey, newDeviceCookie } from '../../core/auth/device-cookie';
import { cookieOptions, setSessionCookie, type AppContext } from '../../core/http/context';
import * as q from './queries';

export async function startSession(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, userId: string) {
  // This browser's cookie is about to be replaced: the session it held (perhaps someone else's) ends now
  // instead of lingering, unreachable, until it expires.
  const previous = request.auth;
  if (previous) {
    await q.deleteOwnSession(ctx.db, previous.userId, previous.sessionId);
    await announceSessionsEnded(ctx.db, ctx.events, previous.userId, [previous.sessionId]);
  }
  const session = await createSession(ctx.db, userId, { days: ctx.config.sessionDays, userAgent: request.headers['user-agent'] });
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
