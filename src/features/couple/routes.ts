import { z } from 'zod';
import { hashToken, randomToken } from '../../core/auth/tokens';
import { Conflict, Forbidden, Gone, NotFound } from '../../core/errors';
import { leaveCouple } from '../../core/membership';
import { clientIp, coupleScope, currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso, noContent, singleLine } from '../../core/http/schemas';
import { shareLink } from '../../core/http/share-link';
import type { Feature } from '../../core/http/app';
import { coupleCopy } from './copy';
import * as q from './queries';
import { activityPage, coupleAnswer, coupleCreated, coupleEvents, createdInvite, inviteAccepted, invitePreview } from './contract';

const coupleName = singleLine(80);
/** Invite tokens are 32 random bytes, base64url: 43 characters. */
const inviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const tags = ['couple'];

/** An unnamed space's name from its members, me first (as each person says it). */
function spaceNameOf(members: Array<{ name: string; isMe: boolean }>): string {
  const [first, second] = [...members].sort((a, b) => Number(b.isMe) - Number(a.isMe));
  const [me, partner] = [first?.name ?? '', second?.name];
  return partner ? coupleCopy.unnamed.pair({ first: me, second: partner }) : coupleCopy.unnamed.alone({ first: me });
}

function routes(api: Api, ctx: AppContext): void {
  api.get('/api/couple', { schema: { tags, response: { 200: coupleAnswer } } }, async (request) => {
    const me = currentUser(request);
    if (!me.coupleId) {
      return { couple: null, ended: await q.hasUnreadSpaceEnding(ctx.db, me.userId) };
    }
    const scope = coupleScope(ctx, request);
    // The rows and headSeq in one snapshot: the live stream starting at headSeq misses nothing and repeats nothing.
    const [{ couple, members, invite, seq }, presence] = await Promise.all([
      scope.readWithSeq(async (tx) => ({ couple: await q.getCouple(tx), members: await q.listMembers(tx), invite: await q.activeInvite(tx) })),
      ctx.hub.presenceOf(scope.coupleId, scope.userId),
    ]);
    if (!couple) return { couple: null, ended: false };
    return {
      couple: {
        id: couple.id,
        name: couple.name ?? spaceNameOf(members.map((m) => ({ name: m.displayName, isMe: m.userId === me.userId }))),
        named: couple.name !== null,
        createdAt: iso(couple.createdAt),
        headSeq: seq,
        members: members.map((m) => ({ userId: m.userId, displayName: m.displayName, joinedAt: iso(m.joinedAt), isMe: m.userId === me.userId })),
        presence,
        invite: invite && { id: invite.id, createdAt: iso(invite.createdAt), expiresAt: iso(invite.expiresAt) },
      },
      ended: false,
    };
  });

  api.post(
    '/api/couple',
    { schema: { tags, body: z.object({ name: coupleName.optional() }), response: { 201: coupleCreated, 409: errorBody } } },
    async (request, reply) => {
      const me = currentUser(request);
      const id = await ctx.db.transaction(async (tx) => {
        if (await q.isInCouple(tx, me.userId)) throw new Conflict('already_in_couple', coupleCopy.alreadyInCouple);
        const coupleId = await q.insertCouple(tx, request.body.name ?? null, me.userId);
        // A new beginning: an old space's ending has been said.
        await q.markSpaceEndingsRead(tx, me.userId);
        await ctx.events.append(tx, coupleEvents, { coupleId, type: 'couple.created', actorId: me.userId });
        await ctx.events.publish(tx, { k: 'membership', u: me.userId, c: coupleId });
        return coupleId;
      }).catch(rethrowMembershipRace);
      reply.status(201);
      return { id };
    },
  );

  api.post(
    '/api/couple/ended/read',
    { schema: { tags, description: 'The person has read that their last space ended; it is not said again.', response: { 204: noContent } } },
    async (request, reply) => {
      await q.markSpaceEndingsRead(ctx.db, currentUser(request).userId);
      return reply.status(204).send(null);
    },
  );

  api.patch(
    '/api/couple',
    { config: { access: 'couple' }, schema: { tags, body: z.object({ name: coupleName }), response: { 204: noContent } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        // Sent together (PostgreSQL pipelines them, decision 0022) and run in this order.
        await Promise.all([
          q.renameCouple(tx, request.body.name),
          tx.append(coupleEvents, { type: 'couple.renamed', actorId: scope.userId, payload: { name: request.body.name } }),
        ]);
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/couple/invites',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'Makes a new one-time invite link (and QR code), replacing any earlier one. The link is shown only now.',
        response: { 201: createdInvite, 409: errorBody },
      },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const token = randomToken();
      const invite = await scope.transaction(async (tx) => {
        if ((await q.listMembers(tx)).length >= 2) throw new Conflict('couple_full', coupleCopy.coupleFull);
        const row = await q.replaceInvite(tx, scope.userId, hashToken(token), ctx.config.inviteHours);
        await tx.append(coupleEvents, { type: 'invite.created', actorId: scope.userId });
        return row;
      });
      const { url, qrSvg, reach } = await shareLink(ctx, request, '/join', token);
      reply.status(201);
      return { id: invite.id, createdAt: iso(invite.createdAt), expiresAt: iso(invite.expiresAt), url, qrSvg, reach };
    },
  );

  api.delete(
    '/api/couple/invites/:id',
    { config: { access: 'couple' }, schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        if (!(await q.revokeInvite(tx, request.params.id))) throw new NotFound(coupleCopy.inviteNotFound);
        await tx.append(coupleEvents, { type: 'invite.revoked', actorId: scope.userId });
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/invites/preview',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description: 'What an invite link leads to, so the partner sees whose space they are joining before signing up.',
        body: z.object({ token: inviteToken }),
        response: { 200: invitePreview, 404: errorBody, 410: errorBody },
      },
    },
    async (request) => {
      const signedIn = request.auth;
      ctx.authLimiter.hit(`invite-ip:${clientIp(request)}`, ...(signedIn ? [`invite-account:${signedIn.userId}`] : []));
      const invite = await q.findInviteByTokenHash(ctx.db, hashToken(request.body.token));
      assertUsable(invite, request.auth?.userId ?? null, ctx.config.inviteHours);
      return {
        coupleName: invite.coupleName ?? coupleCopy.unnamed.alone({ first: invite.inviterName ?? '' }),
        inviterName: invite.inviterName,
        expiresAt: iso(invite.expiresAt),
      };
    },
  );

  api.post(
    '/api/invites/accept',
    {
      schema: {
        tags,
        body: z.object({ token: inviteToken }),
        response: { 200: inviteAccepted, 404: errorBody, 409: errorBody, 410: errorBody },
      },
    },
    async (request) => {
      const me = currentUser(request);
      ctx.authLimiter.hit(`invite-ip:${clientIp(request)}`, `invite-account:${me.userId}`);
      const coupleId = await ctx.db.transaction(async (tx) => {
        const invite = await q.findInviteByTokenHash(tx, hashToken(request.body.token), true);
        assertUsable(invite, me.userId, ctx.config.inviteHours);
        if (await q.isInCouple(tx, me.userId)) throw new Conflict('already_in_couple', coupleCopy.alreadyInCouple);
        await q.addMember(tx, invite.coupleId, me.userId);
        await q.markSpaceEndingsRead(tx, me.userId);
        await q.markInviteUsed(tx, invite.id, me.userId);
        await ctx.events.append(tx, coupleEvents, { coupleId: invite.coupleId, type: 'member.joined', actorId: me.userId });
        await ctx.events.publish(tx, { k: 'membership', u: me.userId, c: invite.coupleId });
        return invite.coupleId;
      }).catch(rethrowMembershipRace);
      return { coupleId };
    },
  );

  api.post(
    '/api/couple/leave',
    {
      config: { access: 'couple' },
      schema: { tags, description: 'Leaves the couple space. Always allowed; the partner is told kindly.', response: { 204: noContent } },
    },
    async (request, reply) => {
      const me = currentUser(request);
      await ctx.db.transaction((tx) => leaveCouple(tx, ctx.spaceEnd, me.userId, 'left'));
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/couple/activity',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        querystring: z.object({
          // An event seq is a PostgreSQL integer; a larger cursor must be a 400, not a database error.
          before: z.coerce.number().int().positive().max(2_147_483_647).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(30),
        }),
        response: { 200: activityPage },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const rows = await q.listActivity(scope, request.query.before ?? null, request.query.limit);
      return {
        items: rows.map((r) => ({
          seq: Number(r.seq),
          type: r.type,
          actorId: r.actorId,
          actorName: r.actorName,
          isMe: r.actorId === scope.userId,
          payload: r.payload,
          createdAt: iso(r.createdAt),
        })),
      };
    },
  );
}

function assertUsable(invite: q.InviteLookup | null, userId: string | null, inviteHours: number): asserts invite is q.InviteLookup {
  if (!invite) throw new NotFound(coupleCopy.inviteUnknown);
  if (invite.usedAt) {
    throw invite.memberCount >= 2 ? new Conflict('couple_full', coupleCopy.coupleFull) : new Gone('invite_used', coupleCopy.inviteUsed);
  }
  if (invite.memberCount >= 2) throw new Conflict('couple_full', coupleCopy.coupleFull);
  if (invite.revokedAt) throw new Gone('invite_revoked', coupleCopy.inviteRevoked);
  if (new Date(invite.expiresAt).getTime() <= Date.now()) throw new Gone('invite_expired', coupleCopy.inviteExpired({ hours: inviteHours }));
  if (userId && invite.createdBy === userId) throw new Forbidden('own_invite', coupleCopy.ownInvite);
}

/** Two joins racing for the last place (or one person's two tabs) meet the database's unique keys. */
function rethrowMembershipRace(error: unknown): never {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code === '23505' && constraint === 'couple_members_user_id_key') throw new Conflict('already_in_couple', coupleCopy.alreadyInCouple);
  if (code === '23505') throw new Conflict('couple_full', coupleCopy.coupleFull);
  throw error;
}

export const coupleFeature: Feature = { name: 'couple', routes };
