import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { announceSessionsEnded } from '../../core/auth/sessions';
import { randomToken } from '../../core/auth/tokens';
import { DEVICE_COOKIE, deviceKey, verifiedDevice } from '../../core/auth/device-cookie';
import { Conflict, NotFound, TooManyRequests, Unauthorized } from '../../core/errors';
import { leaveCouple } from '../../core/membership';
import {
  ANON_CSRF_COOKIE,
  clearSessionCookie,
  clientIp,
  cookieOptions,
  currentUser,
  type Api,
  type AppContext,
} from '../../core/http/context';
import { errorBody, iso, noContent, singleLine } from '../../core/http/schemas';
import type { Feature } from '../../core/http/app';
import { LOCALES } from '../../core/i18n/locales';
import { accountCopy } from './copy';
import { renderArchiveHtml } from './archive-html';
import { gatherOwnArchive } from './own-archive';
import * as q from './queries';
import { checkPassword } from './password-check';
import { appLockRoutes } from './app-lock-routes';
import { passkeyRoutes } from './passkey-routes';
import { accountEvents, checkEmail, deviceSessions, sessionState, sessionsEnded } from './contract';
import { dummyHash, rememberDevice, setPasswordEndingSessions, signIn, startSession } from './sign-in';
import { email, emailRoutes, newPassword as password, signupByMail } from './email-routes';
import { therapistDetails } from '../therapist/contract';
import { insertTherapistProfile } from '../therapist/reads';

const displayName = singleLine(60);

const tags = ['accounts'];

function routes(api: Api, ctx: AppContext): void {
  appLockRoutes(api, ctx);
  passkeyRoutes(api, ctx);
  emailRoutes(api, ctx);
  /** Who am I, and the CSRF token for my next state-changing request. */
  api.get(
    '/api/session',
    { config: { access: 'public', whileLocked: true }, schema: { tags, response: { 200: sessionState } } },
    async (request, reply) => {
      // Locked: who is signed in stays unsaid; the token lets the lock screen send the PIN.
      if (request.auth && request.locked) return { user: null, csrfToken: request.auth.csrfToken, locked: true as const };
      if (request.auth) {
        const a = request.auth;
        const appLock = request.appLock?.settings;
        return {
          user: { id: a.userId, email: a.email, displayName: a.displayName, coupleId: a.coupleId, kind: a.kind },
          csrfToken: a.csrfToken,
          ...(appLock ? { appLock } : {}),
        };
      }
      let token = request.cookies[ANON_CSRF_COOKIE];
      if (!token) {
        token = randomToken();
        reply.setCookie(ANON_CSRF_COOKIE, token, cookieOptions(request, ctx.config));
      }
      return { user: null, csrfToken: token };
    },
  );

  api.post(
    '/api/auth/signup',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description:
          'Signs up a partner, or with `therapist` (practice and contact) a therapist: the account and the practice together. With mail configured, answers 202 "check your email" whether or not the email has an account, and the account is made when the link sent to it is opened (POST /api/auth/verify-email).',
        body: z.object({ email, password, displayName, therapist: therapistDetails.optional() }),
        response: { 201: sessionState, 202: checkEmail, 409: errorBody },
      },
    },
    async (request, reply) => {
      const { body } = request;
      ctx.authLimiter.hit(`signup-ip:${clientIp(request)}`, `signup-account:${q.normalizeEmail(body.email)}`);
      const passwordHash = await ctx.hasher.hash(body.password);
      const kind = body.therapist ? 'therapist' : 'partner';
      if (ctx.mailer.configured) {
        await signupByMail(ctx, request, { email: body.email, displayName: body.displayName, passwordHash, kind, ...(body.therapist ? { therapist: body.therapist } : {}) });
        return reply.status(202).send({ next: 'check_email' as const });
      }
      // Without mail (a household's own box) nothing could confirm the email: the account is made at once, as before.
      const user = await ctx.db.transaction(async (tx) => {
        const row = await q.insertUser(tx, { email: body.email, displayName: body.displayName, passwordHash, kind });
        if (row && body.therapist) await insertTherapistProfile(tx, row.id, body.therapist);
        return row;
      });
      if (!user) throw new Conflict('email_taken', accountCopy.emailTaken);
      const session = await startSession(ctx, request, reply, user.id);
      await rememberDevice(ctx, request, reply, user.id);
      reply.status(201);
      return { user: { id: user.id, email: user.email, displayName: user.displayName, coupleId: null, kind: user.kind }, csrfToken: session.csrfToken };
    },
  );

  api.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags, body: z.object({ email, password: z.string().min(1).max(256) }), response: { 200: sessionState, 401: errorBody } },
    },
    async (request, reply) => {
      const { body } = request;
      const account = q.normalizeEmail(body.email);
      const user = await q.findUserByEmail(ctx.db, body.email);
      const device = user ? verifiedDevice(await deviceKey(ctx.db), user.id, request.cookies[DEVICE_COOKIE]) : null;
      const source = { ip: clientIp(request), device };
      const admission = ctx.loginThrottle.admit(account, source);
      if (!admission.ok) throw new TooManyRequests(accountCopy.loginSlowed, admission.retryAfterSeconds);
      if (admission.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, admission.delayMs));
      // Verify against a dummy hash when there is no such user, so timing does not reveal who has an account.
      const ok = await ctx.hasher.verify(user?.passwordHash ?? (await dummyHash(ctx)), body.password);
      if (!user || !ok) throw new Unauthorized(accountCopy.invalidCredentials);
      ctx.loginThrottle.succeeded(account, source);
      return signIn(ctx, request, reply, user, device !== null);
    },
  );

  api.post('/api/auth/logout', { config: { access: 'account', whileLocked: true }, schema: { tags, response: { 204: noContent } } }, async (request, reply) => {
    const user = currentUser(request);
    await q.deleteOwnSession(ctx.db, user.userId, user.sessionId);
    await announceSessionsEnded(ctx.db, ctx.events, user.userId, [user.sessionId]);
    clearSessionCookie(reply, request, ctx.config);
    return reply.status(204).send(null);
  });

  api.patch(
    '/api/account',
    { config: { access: 'account' }, schema: { tags, body: z.object({ displayName }), response: { 204: noContent } } },
    async (request, reply) => {
      const me = currentUser(request);
      await ctx.db.transaction(async (tx) => {
        await q.updateDisplayName(tx, me.userId, request.body.displayName);
        // The partner's screen shows the new name at once; the name itself stays out of the log.
        if (me.coupleId) await ctx.events.append(tx, accountEvents, { coupleId: me.coupleId, type: 'member.renamed', actorId: me.userId });
      });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/account/language',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description: 'The language this person reads in, for words sent to them when they are not the one asking (notifications, reminders, mails).',
        body: z.object({ locale: z.enum(LOCALES) }),
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await q.rememberLocale(ctx.db, currentUser(request).userId, request.body.locale);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/account/password',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description: 'Changes the password and ends every other session.',
        body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: password }),
        response: { 204: noContent, 403: errorBody },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      await checkPassword(ctx, me.userId, request.body.currentPassword);
      const passwordHash = await ctx.hasher.hash(request.body.newPassword);
      await ctx.db.transaction((tx) => setPasswordEndingSessions(tx, ctx.events, me.userId, passwordHash, me.sessionId));
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/account/sessions',
    {
      config: { access: 'account' },
      schema: {
        tags,
        response: { 200: deviceSessions },
      },
    },
    async (request) => {
      const me = currentUser(request);
      const rows = await q.listSessions(ctx.db, me.userId);
      return {
        sessions: rows.map((s) => ({ id: s.id, userAgent: s.userAgent, createdAt: iso(s.createdAt), lastSeenAt: iso(s.lastSeenAt), current: s.id === me.sessionId })),
      };
    },
  );

  api.delete(
    '/api/account/sessions/:id',
    { config: { access: 'account' }, schema: { tags, params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }), response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const me = currentUser(request);
      if (!(await q.deleteOwnSession(ctx.db, me.userId, request.params.id))) throw new NotFound(accountCopy.sessionNotFound);
      await announceSessionsEnded(ctx.db, ctx.events, me.userId, [request.params.id]);
      if (request.params.id === me.sessionId) clearSessionCookie(reply, request, ctx.config);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/account/sessions/end-all',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description: 'Log out everywhere. With includeThisDevice=false, this device stays signed in.',
        body: z.object({ includeThisDevice: z.boolean() }),
        response: { 200: sessionsEnded },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const ended = await ctx.db.transaction(async (tx) => {
        const ids = await q.deleteSessions(tx, me.userId, request.body.includeThisDevice ? null : me.sessionId);
        await q.forgetPushOfUnknownDevices(tx, me.userId);
        await announceSessionsEnded(tx, ctx.events, me.userId, ids);
        return ids;
      });
      if (request.body.includeThisDevice) clearSessionCookie(reply, request, ctx.config);
      return { ended: ended.length };
    },
  );

  /** "Download everything that is mine", before leaving or deleting: a JSON file and a readable page. */
  const ownArchive = (request: FastifyRequest) => {
    const me = currentUser(request);
    return gatherOwnArchive(ctx.db, ctx.media, ctx.exportMine, { userId: me.userId, displayName: me.displayName, email: me.email }, new Date());
  };
  api.get(
    '/api/account/export.json',
    { schema: { tags, description: 'Everything this person wrote, as JSON (an attachment). Never the partner’s private words.' } },
    async (request, reply) =>
      reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', archiveFileName('json'))
        .send(JSON.stringify(await ownArchive(request), null, 2)),
  );
  api.get(
    '/api/account/export.html',
    { schema: { tags, description: 'Everything this person wrote, as one readable, self-contained page (an attachment).' } },
    async (request, reply) =>
      reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-disposition', archiveFileName('html'))
        .send(renderArchiveHtml(await ownArchive(request))),
  );

  api.delete(
    '/api/account',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description: 'Deletes the account and everything that is only this person’s. Leaves the couple space first.',
        body: z.object({ password: z.string().min(1).max(256) }),
        response: { 204: noContent, 403: errorBody },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      await checkPassword(ctx, me.userId, request.body.password);
      await ctx.db.transaction(async (tx) => {
        await leaveCouple(tx, ctx.spaceEnd, me.userId, 'closed_account');
        await announceSessionsEnded(tx, ctx.events, me.userId, null);
        await q.deleteUser(tx, me.userId);
      });
      clearSessionCookie(reply, request, ctx.config);
      return reply.status(204).send(null);
    },
  );
}

export const accountsFeature: Feature = { name: 'accounts', routes };

function archiveFileName(extension: 'json' | 'html'): string {
  return `attachment; filename="offbeat-my-words-${new Date().toISOString().slice(0, 10)}.${extension}"`;
}
