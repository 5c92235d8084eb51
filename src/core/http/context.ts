import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { MediaStore } from '../media-store';
import type { Mailer } from '../mail';
import type { SpaceEnd } from '../membership';
import type { ExportMine } from '../own-archive';
import type { EventLog } from '../realtime/event-log';
import type { LiveHub } from '../realtime/hub';
import type { PasswordHasher } from '../auth/passwords';
import type { RateLimiter } from '../auth/rate-limiter';
import type { LoginThrottle } from '../auth/login-throttle';
import type { SessionLock, SessionUser } from '../auth/sessions';
import { Unauthorized } from '../errors';
import { CoupleScope, requireCoupleScope } from '../couple-scope';

/** What every feature's routes receive: the app's shared plumbing. */
export interface AppContext {
  config: Config;
  db: Database;
  events: EventLog;
  hub: LiveHub;
  hasher: PasswordHasher;
  authLimiter: RateLimiter;
  /** Voice notes and photos (files named by random ids). */
  media: MediaStore;
  /** What ending a space needs: each feature's copy of a person's own words, the media store, the event log. */
  spaceEnd: SpaceEnd;
  loginThrottle: LoginThrottle;
  /** Each feature's share of a person's own archive (see Feature.exportMine). */
  exportMine: ExportMine[];
  /** The server's clock (epoch ms); tests move it. SQL keeps its own now() for session expiry. */
  now: () => number;
  /** SMTP for password resets and email verification; `configured` is false without SMTP_URL. */
  mailer: Mailer;
}

export type Api = FastifyInstance<any, any, any, any, ZodTypeProvider>;

/**
 * Who may call a route. `user` is the default, so a route is never public by accident: a signed-in
 * partner (in a space or not). `couple`: a partner in a space. `therapist`: a therapist account.
 * `account`: anyone signed in, partner or therapist (their own account and sessions).
 * A therapist reaches no partner route: what they see of a couple goes through their own routes
 * and a TherapistScope (core/therapist-scope.ts).
 */
export type Access = 'public' | 'user' | 'couple' | 'therapist' | 'account';

declare module 'fastify' {
  interface FastifyRequest {
    auth: SessionUser | null;
    /** This session's app lock is on (only routes marked `whileLocked` are reached then). */
    locked: boolean;
    /** The session's app lock (settings and this device's state), when the person set one. */
    appLock: SessionLock | null;
  }
  interface FastifyContextConfig {
    access?: Access;
    /** Reachable while the session is locked: unlocking, signing out, the session itself, the socket (which then closes). */
    whileLocked?: boolean;
  }
}

export const SESSION_COOKIE = 'offbeat_session';
export const ANON_CSRF_COOKIE = 'offbeat_csrf';

export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.auth) throw new Unauthorized();
  return request.auth;
}

export function coupleScope(ctx: AppContext, request: FastifyRequest): CoupleScope {
  return requireCoupleScope(ctx.db, ctx.events, currentUser(request));
}

export function clientIp(request: FastifyRequest): string {
  return request.ip;
}

function isSecure(request: FastifyRequest, config: Config): boolean {
  return request.protocol === 'https' || Boolean(config.publicOrigin?.startsWith('https:'));
}

export function cookieOptions(request: FastifyRequest, config: Config, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: isSecure(request, config),
    ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}),
  };
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(request, config, config.sessionDays * 86_400));
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request, config));
}
