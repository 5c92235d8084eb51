import { z } from 'zod';
import { hashToken, randomToken } from '../../core/auth/tokens';
import type { SessionUser } from '../../core/auth/sessions';
import { every } from '../../core/background';
import { scopedQuery, type CoupleQueries } from '../../core/couple-scope';
import type { Queryable } from '../../core/db/database';
import { BadRequest, Conflict, Forbidden, Gone, NotFound } from '../../core/errors';
import type { Feature } from '../../core/http/app';
import { clientIp, coupleScope, currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, iso, noContent } from '../../core/http/schemas';
import { shareLink } from '../../core/http/share-link';
import {
  CONVERSATION_WORDS,
  OWN_SCOPES,
  SHARED_SCOPES,
  announceAccessChanged,
  consentInForce,
  consentRows,
  therapistScope,
} from '../../core/therapist-scope';
import { ruptureExists, rupturesToChoose } from '../repair/reads';
import { therapistCopy } from './copy';
import * as q from './queries';
import {
  connectAccepted,
  connectLink,
  connectPreview,
  connectToken,
  consentChoice,
  consentHistory,
  looks,
  myTherapist,
  therapistDetails,
  therapistEvents,
  therapistProfile,
} from './contract';

const tags = ['therapist'];
/** How many of the latest repair conversations a partner's card offers to show the words of. */
const RUPTURES_TO_CHOOSE = 10;
const isOwn = (scope: string) => (OWN_SCOPES as readonly string[]).includes(scope);

/** Couple-bound queries on a raw transaction, for reads shared with core's (which take a Queryable). */
const bound = (tx: Queryable, coupleId: string): CoupleQueries => ({ query: (sql, params = []) => scopedQuery(tx, coupleId, sql, params) });

function routes(api: Api, ctx: AppContext): void {
  const expiry = () => new Date(ctx.now() + ctx.config.inviteHours * 3_600_000);

  // ── the therapist's own account ──
  api.get('/api/therapist/profile', { config: { access: 'therapist' }, schema: { tags, response: { 200: therapistProfile, 404: errorBody } } }, async (request) => {
    const profile = await q.getProfile(ctx.db, currentUser(request).userId);
    if (!profile) throw new NotFound(therapistCopy.noProfile);
    return profile;
  });

  api.patch(
    '/api/therapist/profile',
    {
      config: { access: 'therapist' },
      schema: { tags, description: 'The practice and contact; the name is the account’s (PATCH /api/account).', body: therapistDetails.partial(), response: { 204: noContent, 404: errorBody } },
    },
    async (request, reply) => {
      if (!(await q.updateProfile(ctx.db, currentUser(request).userId, request.body))) throw new NotFound(therapistCopy.noProfile);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/therapist/link',
    {
      config: { access: 'therapist' },
      schema: { tags, description: 'A one-time link (and QR code) for a couple to connect with this therapist. Shown only now.', response: { 201: connectLink } },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const token = randomToken();
      const expiresAt = expiry();
      await q.insertTherapistInvite(ctx.db, me.userId, hashToken(token), expiresAt);
      reply.status(201);
      return { ...(await shareLink(ctx, request, '/connect', token)), expiresAt: iso(expiresAt) };
    },
  );

  api.post(
    '/api/therapist/couples/:coupleId/end',
    {
      config: { access: 'therapist' },
      schema: { tags, description: 'The therapist ends the connection; access ends at once.', params: z.object({ coupleId: z.uuid() }), response: { 204: noContent, 404: errorBody } },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const scope = await therapistScope(ctx.db, me, request.params.coupleId);
      await ctx.db.transaction((tx) => endConnection(tx, scope.coupleId, scope.link.id, me.userId, me.userId));
      return reply.status(204).send(null);
    },
  );

  // ── a link from either side ──
  api.post(
    '/api/connect/preview',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description: 'Who made a connect link: a therapist (for a partner to accept) or a partner (for their therapist).',
        body: z.object({ token: connectToken }),
        response: { 200: connectPreview, 403: errorBody, 404: errorBody, 409: errorBody, 410: errorBody },
      },
    },
    async (request) => {
      const me = currentUser(request);
      ctx.authLimiter.hit(`invite-ip:${clientIp(request)}`, `invite-account:${me.userId}`);
      const { invite } = await usableFor(ctx.db, await q.findInvite(ctx.db, hashToken(request.body.token)), me);
      return {
        from: invite.coupleId ? ('partner' as const) : ('therapist' as const),
        name: invite.creatorName,
        practice: invite.coupleId ? null : (invite.practice ?? ''),
        expiresAt: iso(invite.expiresAt),
      };
    },
  );

  api.post(
    '/api/connect/accept',
    {
      config: { access: 'account' },
      schema: { tags, body: z.object({ token: connectToken }), response: { 200: connectAccepted, 403: errorBody, 404: errorBody, 409: errorBody, 410: errorBody } },
    },
    async (request) => {
      const me = currentUser(request);
      ctx.authLimiter.hit(`invite-ip:${clientIp(request)}`, `invite-account:${me.userId}`);
      const coupleId = await ctx.db
        .transaction(async (tx) => {
          const { invite, coupleId } = await usableFor(tx, await q.findInvite(tx, hashToken(request.body.token), true), me);
          const therapistId = invite.coupleId ? me.userId : invite.createdBy;
          await q.insertLink(tx, coupleId, therapistId);
          await q.markInviteUsed(tx, invite.id, me.userId);
          await ctx.events.append(tx, therapistEvents, { coupleId, type: 'therapist.connected', actorId: me.userId });
          await announceAccessChanged(tx, ctx.events, therapistId, coupleId);
          return coupleId;
        })
        .catch((error: { code?: string }) => {
          // Two accepts racing for one space meet the one-therapist-per-space index.
          if (error.code === '23505') throw new Conflict('therapist_connected', therapistCopy.alreadyConnected);
          throw error;
        });
      return { coupleId };
    },
  );

  // ── a partner's side: the space's therapist, consent, the record ──
  api.post(
    '/api/my-therapist/link',
    {
      config: { access: 'couple' },
      schema: { tags, description: 'A one-time link (and QR code) for this space’s therapist to connect, replacing an earlier unused one.', response: { 201: connectLink, 409: errorBody } },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const token = randomToken();
      const expiresAt = expiry();
      await scope.transaction(async (tx) => {
        if (await q.currentLink(tx)) throw new Conflict('therapist_connected', therapistCopy.alreadyConnected);
        await q.replacePartnerInvite(tx, scope.userId, hashToken(token), expiresAt);
      });
      reply.status(201);
      return { ...(await shareLink(ctx, request, '/connect', token)), expiresAt: iso(expiresAt) };
    },
  );

  api.get('/api/my-therapist', { config: { access: 'couple' }, schema: { tags, response: { 200: myTherapist } } }, async (request) => {
    const scope = coupleScope(ctx, request);
    const link = await q.currentLink(scope);
    if (!link) return { connection: null };
    const [partners, rows, latest] = await Promise.all([q.partnersOf(scope), consentRows(ctx.db, link.id), rupturesToChoose(scope, RUPTURES_TO_CHOOSE)]);
    const consent = consentInForce(rows, partners.map((p) => p.userId));
    const other = partners.find((p) => p.userId !== scope.userId);
    const mine = consent.choices.get(scope.userId) ?? new Set<string>();
    const theirs = (other && consent.choices.get(other.userId)) || new Set<string>();
    // The latest conversations to choose from, and any older one either partner chose already.
    const chosen = [...mine, ...theirs].filter((k) => k.startsWith(`${CONVERSATION_WORDS}:`)).map((k) => k.slice(CONVERSATION_WORDS.length + 1));
    const conversations = [...latest.map((r) => ({ ruptureId: r.id, topic: r.topic, at: iso(r.createdAt) })), ...[...new Set(chosen)].filter((id) => !latest.some((r) => r.id === id)).map((ruptureId) => ({ ruptureId, topic: null, at: null }))];
    const key = (id: string) => `${CONVERSATION_WORDS}:${id}`;
    return {
      connection: {
        id: link.id,
        therapist: { name: link.therapistName, practice: link.practice, contact: link.contact },
        startedAt: iso(link.startedAt),
        partnerName: other?.displayName ?? null,
        shared: SHARED_SCOPES.map((s) => ({ scope: s, mine: mine.has(s), partner: theirs.has(s) })),
        // Only my own: the other partner's choice for their own answers is theirs alone.
        own: OWN_SCOPES.map((s) => ({ scope: s, mine: mine.has(s) })),
        conversations: conversations.map((v) => ({ ...v, mine: mine.has(key(v.ruptureId)), partner: theirs.has(key(v.ruptureId)) })),
      },
    };
  });

  api.put(
    '/api/my-therapist/consent',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'Grants or withdraws one scope (for repair_words, one conversation), at once. Appends to the consent history.',
        body: consentChoice,
        response: { 204: noContent, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const coupleId = coupleScope(ctx, request).coupleId;
      const { scope, subjectId, granted } = request.body;
      if (scope === CONVERSATION_WORDS && !subjectId) throw new BadRequest('subject_needed', therapistCopy.subjectNeeded);
      if (scope !== CONVERSATION_WORDS && subjectId) throw new BadRequest('no_subject', therapistCopy.noSubject);
      await ctx.db.transaction(async (tx) => {
        const couple = bound(tx, coupleId);
        const link = await q.currentLink(couple);
        if (!link) throw new NotFound(therapistCopy.notConnected);
        if (subjectId && !(await ruptureExists(couple, subjectId))) throw new NotFound(therapistCopy.ruptureUnknown);
        const latest = (await consentRows(tx, link.id)).filter((r) => r.userId === me.userId && r.scope === scope && r.subjectId === subjectId).at(-1);
        if ((latest?.granted ?? false) === granted) return;
        await q.appendConsent(couple, link.id, me.userId, scope, subjectId, granted);
        // A choice about my own records reaches only my screens: the other partner never learns of it.
        await ctx.events.append(tx, therapistEvents, { coupleId, type: 'therapist.consent', actorId: me.userId, audience: isOwn(scope) ? me.userId : null });
        await announceAccessChanged(tx, ctx.events, link.therapistId, coupleId);
      });
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/my-therapist/history',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'Who chose what, when, over every connection of this space; with `at`, the consent in force at that moment.',
        querystring: z.object({ at: z.iso.datetime({ offset: true }).optional() }),
        response: { 200: consentHistory },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const [rows, partners] = await Promise.all([q.consentHistory(scope), q.partnersOf(scope)]);
      // The other partner's choices about their own records are theirs alone.
      const visible = rows.filter((r) => r.userId === scope.userId || !isOwn(r.scope));
      let inForce = null;
      if (request.query.at) {
        const at = new Date(request.query.at);
        const span = await q.linkAt(scope, at);
        const consent = consentInForce(
          rows.filter((r) => r.linkId === span?.id),
          partners.map((p) => p.userId),
          at,
        );
        inForce = { at: iso(at), therapistName: span?.therapistName ?? null, shared: [...consent.shared], mine: [...(consent.choices.get(scope.userId) ?? [])] };
      }
      return {
        entries: visible.map((r) => ({
          at: iso(r.at),
          isMe: r.userId === scope.userId,
          name: r.name,
          therapistName: r.therapistName,
          scope: r.scope,
          subjectId: r.subjectId,
          granted: r.granted,
        })),
        inForce,
      };
    },
  );

  api.get(
    '/api/my-therapist/looks',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'Every look and export by the space’s therapists, newest first. Nobody can change or erase it; it is kept THERAPIST_RECORD_YEARS.',
        querystring: z.object({
          before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(100),
        }),
        response: { 200: looks },
      },
    },
    async (request) => {
      const rows = await q.listLooks(coupleScope(ctx, request), request.query.before ?? null, request.query.limit);
      return { looks: rows.map((r) => ({ id: Number(r.id), therapistName: r.therapistName, what: r.what, at: iso(r.at) })) };
    },
  );

  api.post(
    '/api/my-therapist/end',
    { config: { access: 'couple' }, schema: { tags, description: 'Either partner ends the connection; the therapist’s access ends at once.', response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const me = currentUser(request);
      const coupleId = coupleScope(ctx, request).coupleId;
      await ctx.db.transaction(async (tx) => {
        const link = await q.currentLink(bound(tx, coupleId));
        if (!link) throw new NotFound(therapistCopy.notConnected);
        await endConnection(tx, coupleId, link.id, link.therapistId, me.userId);
      });
      return reply.status(204).send(null);
    },
  );

  async function endConnection(tx: Queryable, coupleId: string, linkId: string, therapistId: string, actorId: string): Promise<void> {
    if (!(await q.endLink(tx, coupleId, linkId))) throw new NotFound(therapistCopy.notConnected);
    await ctx.events.append(tx, therapistEvents, { coupleId, type: 'therapist.ended', actorId });
    await announceAccessChanged(tx, ctx.events, therapistId, coupleId);
  }

  /**
   * Whether `me` may accept this link, and the space it connects: a therapist's link needs a partner
   * in a space; a partner's link needs a therapist. Unknown 404, used or expired 410, one's own 403,
   * a space with a therapist already 409.
   */
  async function usableFor(db: Queryable, invite: q.InviteLookup | null, me: SessionUser): Promise<{ invite: q.InviteLookup; coupleId: string }> {
    if (!invite) throw new NotFound(therapistCopy.linkUnknown);
    if (invite.usedAt) throw new Gone('link_used', therapistCopy.linkUsed);
    if (new Date(invite.expiresAt).getTime() <= ctx.now()) throw new Gone('link_expired', therapistCopy.linkExpired({ hours: ctx.config.inviteHours }));
    if (invite.createdBy === me.userId) throw new Forbidden('own_link', therapistCopy.ownLink);
    let coupleId: string;
    if (invite.coupleId) {
      if (me.kind !== 'therapist') throw new Forbidden('therapists_link', therapistCopy.forTherapists);
      coupleId = invite.coupleId;
    } else {
      if (me.kind !== 'partner') throw new Forbidden('partners_link', therapistCopy.forPartners);
      if (!me.coupleId) throw new Forbidden('no_couple', therapistCopy.needsSpace);
      coupleId = me.coupleId;
    }
    if (await q.currentLink(bound(db, coupleId))) throw new Conflict('therapist_connected', therapistCopy.alreadyConnected);
    return { invite, coupleId };
  }
}

/** Years before now (the server's clock), on the calendar. */
export function yearsBefore(now: number, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** The retention sweep: looks older than THERAPIST_RECORD_YEARS leave the record, nothing else does. */
export function sweepOldLooks(ctx: AppContext): Promise<number> {
  const cutoff = yearsBefore(ctx.now(), ctx.config.therapistRecordYears);
  return ctx.db.transaction((tx) => q.sweepLooksBefore(tx, cutoff));
}

export const therapistFeature: Feature = {
  name: 'therapist',
  routes,
  start(ctx, log) {
    return every(60 * 60_000, () => sweepOldLooks(ctx), (error) => log.warn({ err: error }, 'therapist record sweep failed'));
  },
};
