import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_UNLOCK_FAILURES, nextLockChangeAt } from '../../core/auth/app-lock';
import { announceSessionsEnded } from '../../core/auth/sessions';
import { BadRequest, Forbidden, NotFound, Unauthorized } from '../../core/errors';
import { clearSessionCookie, currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, noContent } from '../../core/http/schemas';
import { appLockView, sessionState } from './contract';
import { appLockCopy } from './copy';
import { checkPassword } from './password-check';
import * as q from './app-lock-queries';
import { deleteOwnSession } from './queries';

const tags = ['accounts'];
const pin = z.string().regex(/^\d{4,8}$/, '4 to 8 digits');
const password = z.string().min(1).max(256);

/**
 * The app lock for shared devices (issue 13 §5): a PIN to reopen the app after time out of
 * sight, and an optional sign-out after longer. Core enforces it on every request
 * (core/auth/app-lock-gate.ts); these routes set it, lift it and report the page's visibility.
 */
export function appLockRoutes(api: Api, ctx: AppContext): void {
  api.put(
    '/api/account/app-lock',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description: 'Sets or changes the app lock. Needs the account password.',
        body: z.object({
          password,
          pin,
          lockAfterMinutes: z.number().int().min(1).max(1440),
          signOutAfterMinutes: z.number().int().min(1).max(10080).nullable(),
        }),
        response: { 200: appLockView, 403: errorBody },
      },
    },
    async (request) => {
      const me = currentUser(request);
      const { body } = request;
      await checkPassword(ctx, me.userId, body.password);
      const settings = { lockAfterMinutes: body.lockAfterMinutes, signOutAfterMinutes: body.signOutAfterMinutes };
      await q.upsertAppLock(ctx.db, me.userId, { ...settings, pinHash: await ctx.hasher.hash(body.pin) });
      return settings;
    },
  );

  api.delete(
    '/api/account/app-lock',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description: 'Lifts the app lock. Needs the PIN or the account password; a wrong PIN counts as a try.',
        body: z.object({ pin: pin.optional(), password: password.optional() }).strict(),
        response: { 204: noContent, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const { body } = request;
      if ((body.pin === undefined) === (body.password === undefined)) throw badChoice();
      const lock = await q.findAppLock(ctx.db, me.userId);
      if (!lock) throw new NotFound(appLockCopy.noLock);
      if (body.password !== undefined) await checkPassword(ctx, me.userId, body.password);
      else await checkPin(ctx, request, reply, lock.pinHash, body.pin!);
      await q.deleteAppLock(ctx.db, me.userId);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/account/app-lock/unlock',
    {
      config: { access: 'account', whileLocked: true },
      schema: {
        tags,
        description: `Opens this device again with the PIN. After ${MAX_UNLOCK_FAILURES} wrong PINs the session is signed out.`,
        body: z.object({ pin }),
        response: { 200: sessionState, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const lock = await q.findAppLock(ctx.db, me.userId);
      if (!lock) throw new NotFound(appLockCopy.noLock);
      await checkPin(ctx, request, reply, lock.pinHash, request.body.pin);
      await q.unlockSession(ctx.db, me.sessionId);
      await ctx.events.publish(ctx.db, { k: 'lock', u: me.userId, s: me.sessionId, at: null });
      const settings = { lockAfterMinutes: lock.lockAfterMinutes, signOutAfterMinutes: lock.signOutAfterMinutes };
      return {
        user: { id: me.userId, email: me.email, displayName: me.displayName, coupleId: me.coupleId, kind: me.kind },
        csrfToken: me.csrfToken,
        appLock: settings,
      };
    },
  );

  api.post(
    '/api/account/app-lock/away',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description:
          'The page went out of sight (hidden: true) or came back (false). Only people with an app lock send it; for anyone else it changes nothing.',
        body: z.object({ hidden: z.boolean() }),
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const lock = request.appLock;
      if (!lock) return reply.status(204).send(null);
      if (request.body.hidden) {
        const since = await q.markHidden(ctx.db, me.sessionId, new Date(ctx.now()));
        const at = nextLockChangeAt(lock.settings, since.getTime(), ctx.config.appLockMinuteMs);
        await ctx.events.publish(ctx.db, { k: 'lock', u: me.userId, s: me.sessionId, at });
      } else if (lock.facts.hiddenSince !== null) {
        // Back within the time (past it, the request gate already answered 423 or signed out).
        await q.markVisible(ctx.db, me.sessionId);
        await ctx.events.publish(ctx.db, { k: 'lock', u: me.userId, s: me.sessionId, at: null });
      }
      return reply.status(204).send(null);
    },
  );
}

function badChoice() {
  return new BadRequest('invalid_input', appLockCopy.pinOrPassword);
}

/** Checks a PIN, counting the try first; the last wrong one signs this device out. */
async function checkPin(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, pinHash: string, candidate: string): Promise<void> {
  const me = currentUser(request);
  const tries = await q.countUnlockAttempt(ctx.db, me.sessionId);
  const ok = tries <= MAX_UNLOCK_FAILURES && (await ctx.hasher.verify(pinHash, candidate));
  if (ok) return;
  if (tries >= MAX_UNLOCK_FAILURES) {
    await deleteOwnSession(ctx.db, me.userId, me.sessionId);
    await announceSessionsEnded(ctx.db, ctx.events, me.userId, [me.sessionId]);
    clearSessionCookie(reply, request, ctx.config);
    throw new Unauthorized(appLockCopy.signedOut);
  }
  throw new Forbidden('wrong_pin', appLockCopy.wrongPin({ triesLeft: MAX_UNLOCK_FAILURES - tries }));
}
