import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { RateLimiter } from '../../core/auth/rate-limiter';
import { BadRequest, Conflict, TooManyRequests } from '../../core/errors';
import { clientIp, currentUser, type Api, type AppContext } from '../../core/http/context';
import { linkBase } from '../../core/http/share-link';
import { inLocale } from '../../core/http/locale';
import { localeOrSource } from '../../core/i18n/locales';
import { errorBody, noContent } from '../../core/http/schemas';
import { accountCopy } from './copy';
import { mailCopy } from './mail-copy';
import * as q from './queries';
import * as links from './email-tokens';
import { checkPassword } from './password-check';
import { rememberDevice, setPasswordEndingSessions, startSession } from './sign-in';
import { emailChange, emailVerified, resetAsked } from './contract';
import { insertTherapistProfile } from '../therapist/reads';

const tags = ['accounts'];
const HOUR_MS = 3_600_000;
export const email = z.email().max(254);
/** The same rules as at sign-up. */
export const newPassword = z.string().min(10, 'at least 10 characters').max(256);
const linkToken = z.string().regex(links.LINK_TOKEN, 'a link’s token');

const mailLimiters = new WeakMap<AppContext, RateLimiter>();
/**
 * Mails one address may be sent in an hour (reset links and sign-up notes together), whoever asks:
 * enough for a person who mistyped, too few to flood someone's mailbox.
 */
function mailsTo(ctx: AppContext): RateLimiter {
  let limiter = mailLimiters.get(ctx);
  if (!limiter) mailLimiters.set(ctx, (limiter = new RateLimiter(ctx.config.resetRateLimit, HOUR_MS)));
  return limiter;
}

function linkTo(ctx: AppContext, request: FastifyRequest, path: string, token: string): string {
  return `${linkBase(ctx, request).origin}${path}#${token}`;
}

/**
 * Sign-up when mail is configured (decision 0023): no account yet, only a link to the mailbox.
 * A new email gets the link that makes the account; one that has an account gets a note and a
 * reset link instead. The caller answers "check your email" either way.
 */
export async function signupByMail(
  ctx: AppContext,
  request: FastifyRequest,
  signup: { email: string; displayName: string } & Omit<links.PendingSignup, 'displayName'>,
): Promise<void> {
  // Past the address's hourly mails nothing more is sent; the answer stays the same, so it says nothing.
  if (mailsTo(ctx).add(q.normalizeEmail(signup.email)) > mailsTo(ctx).maxPerWindow) return;
  const existing = await q.findUserByEmail(ctx.db, signup.email);
  if (existing) {
    const reset = await links.issueResetLink(ctx.db, existing.email);
    // The note goes to the account's owner, in their language, not the language of whoever typed the address.
    if (reset) ctx.mailer.send(inLocale(localeOrSource(reset.locale), () => mailCopy.signupWhenTaken(reset.email, reset.displayName, linkTo(ctx, request, links.LINK_PATHS.reset, reset.token))));
    return;
  }
  const { email: address, ...pending } = signup;
  const token = await links.issueSignupLink(ctx.db, address, pending);
  ctx.mailer.send(mailCopy.verifySignup(address.trim(), signup.displayName, linkTo(ctx, request, links.LINK_PATHS.verify, token)));
}

export function emailRoutes(api: Api, ctx: AppContext): void {
  // Per email (mailsTo) and per address, by the hour.
  const resetPerEmail = mailsTo(ctx);
  const resetPerIp = new RateLimiter(ctx.config.resetRateLimit * 10, HOUR_MS);

  api.post(
    '/api/auth/password-reset',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description:
          'Asks for a link to set a new password. The answer is the same whether or not the email has an account; without mail configured it says to ask the person who runs the server (`npm run reset-link`).',
        body: z.object({ email }),
        response: { 202: resetAsked, 429: errorBody },
      },
    },
    async (request, reply) => {
      const perIp = resetPerIp.add(`ip:${clientIp(request)}`);
      const perEmail = resetPerEmail.add(q.normalizeEmail(request.body.email));
      if (perIp > resetPerIp.maxPerWindow || perEmail > resetPerEmail.maxPerWindow) throw new TooManyRequests(accountCopy.resetSlowed, 3600);
      if (!ctx.mailer.configured) return reply.status(202).send({ delivery: 'ask_admin' as const });
      const reset = await links.issueResetLink(ctx.db, request.body.email);
      if (reset) ctx.mailer.send(inLocale(localeOrSource(reset.locale), () => mailCopy.resetPassword(reset.email, reset.displayName, linkTo(ctx, request, links.LINK_PATHS.reset, reset.token))));
      return reply.status(202).send({ delivery: 'email' as const });
    },
  );

  api.post(
    '/api/auth/password-reset/complete',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description: 'Sets a new password with a reset link (once, within an hour) and ends every session of the account.',
        body: z.object({ token: linkToken, newPassword }),
        response: { 204: noContent, 400: errorBody },
      },
    },
    async (request, reply) => {
      const { token } = request.body;
      ctx.authLimiter.hit(`reset-ip:${clientIp(request)}`);
      if (!(await links.resetLinkValid(ctx.db, token))) throw new BadRequest('link_not_valid', accountCopy.resetLinkNotValid);
      const passwordHash = await ctx.hasher.hash(request.body.newPassword);
      await ctx.db.transaction(async (tx) => {
        const used = await links.useLink(tx, token, ['reset']);
        if (!used?.userId) throw new BadRequest('link_not_valid', accountCopy.resetLinkNotValid);
        await links.retireResetLinks(tx, used.userId);
        // Every session, this browser's too if it had one: whoever knew the old password is out.
        await setPasswordEndingSessions(tx, ctx.events, used.userId, passwordHash, null);
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/auth/verify-email',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description:
          'Opens a verification link (once, within a day): a sign-up link makes the account and signs this browser in to it; an email-change link gives the account its new email.',
        body: z.object({ token: linkToken }),
        response: { 200: emailVerified, 400: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      ctx.authLimiter.hit(`verify-ip:${clientIp(request)}`);
      const outcome = await ctx.db.transaction(async (tx) => {
        const used = await links.useLink(tx, request.body.token, ['signup', 'email_change']);
        if (!used?.email) throw new BadRequest('link_not_valid', accountCopy.verifyLinkNotValid);
        if (used.purpose === 'email_change') {
          if (!(await q.updateEmail(tx, used.userId!, used.email, true))) throw new Conflict('email_taken', accountCopy.emailTakenMeanwhile);
          return { outcome: 'email_changed' as const, email: used.email };
        }
        const pending = used.pending!;
        const user = await q.insertUser(tx, { email: used.email, displayName: pending.displayName, passwordHash: pending.passwordHash, kind: pending.kind, emailVerified: true });
        if (!user) throw new Conflict('email_taken', accountCopy.emailTakenMeanwhile);
        if (pending.therapist) await insertTherapistProfile(tx, user.id, pending.therapist);
        return { outcome: 'signed_up' as const, user };
      });
      if (outcome.outcome === 'email_changed') return outcome;
      const { user } = outcome;
      const session = await startSession(ctx, request, reply, user.id);
      await rememberDevice(ctx, request, reply, user.id);
      return {
        outcome: 'signed_up' as const,
        user: { id: user.id, email: user.email, displayName: user.displayName, coupleId: null, kind: user.kind },
        csrfToken: session.csrfToken,
      };
    },
  );

  api.post(
    '/api/account/email',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description:
          'Changes the account’s email (the current password is asked). With mail configured the change waits for the link sent to the new address, and the answer is the same whether or not that address has an account.',
        body: z.object({ currentPassword: z.string().min(1).max(256), email }),
        response: { 200: emailChange, 202: emailChange, 403: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      await checkPassword(ctx, me.userId, request.body.currentPassword);
      const address = request.body.email;
      if (!ctx.mailer.configured) {
        // No mail to confirm it by: the person who knows the password decides (as before mail existed).
        if (!(await q.updateEmail(ctx.db, me.userId, address, false))) throw new Conflict('email_taken', accountCopy.emailTaken);
        return reply.status(200).send({ next: 'changed' as const });
      }
      const holder = await q.findUserByEmail(ctx.db, address);
      if (holder && holder.id !== me.userId) ctx.mailer.send(inLocale(localeOrSource(holder.locale), () => mailCopy.emailChangeWhenTaken(holder.email)));
      else {
        const token = await links.issueEmailChangeLink(ctx.db, me.userId, address);
        ctx.mailer.send(mailCopy.verifyEmailChange(address.trim(), me.displayName, linkTo(ctx, request, links.LINK_PATHS.verify, token)));
      }
      if (q.normalizeEmail(me.email) !== q.normalizeEmail(address)) ctx.mailer.send(mailCopy.emailChanging(me.email, me.displayName));
      return reply.status(202).send({ next: 'check_email' as const });
    },
  );
}
