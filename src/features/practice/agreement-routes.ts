import { z } from 'zod';
import { BadRequest, Conflict, Forbidden, NotFound } from '../../core/errors';
import type { ScopedTx } from '../../core/couple-scope';
import type { Queryable } from '../../core/db/database';
import { readWithSeq } from '../../core/realtime/view-seq';
import { personalScope, shareInto, visibleTo } from '../../core/viewer';
import { coupleScope, currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso, noContent } from '../../core/http/schemas';
import { LEVELS, suggestSeason, type CheckIn } from './capacity';
import { practiceCopy } from './copy';
import { accept, checkReviewDate, end, isDueForReview, renew, type Season, type SeasonRejection } from './seasons';
import { capacityView, created, practiceEvents, seasonChanged, seasonList, stretchList, stretchRole, type SeasonView, type StretchView } from './contract';

const tags = ['practice'];
const day = z.iso.date();

interface SeasonRow {
  id: string;
  carrierId: string | null;
  what: string;
  why: string;
  reviewOn: string | Date;
  status: Season['status'];
  proposedBy: string | null;
  acceptedBy: string[];
  createdAt: Date;
  endedAt: Date | null;
}
const SEASON_COLUMNS = `id, carrier_id as "carrierId", what, why, review_on::text as "reviewOn", status, proposed_by as "proposedBy", accepted_by::text[] as "acceptedBy", created_at as "createdAt", ended_at as "endedAt"`;

const todayUtc = () => new Date().toISOString().slice(0, 10);

async function partners(tx: ScopedTx): Promise<string[]> {
  return (await tx.query<{ userId: string }>('select user_id as "userId" from couple_members where couple_id = $1')).map((r) => r.userId);
}

function toSeason(r: SeasonRow): Season {
  return { status: r.status, proposedBy: r.proposedBy ?? '', acceptedBy: r.acceptedBy, reviewOn: String(r.reviewOn).slice(0, 10), endedAt: r.endedAt ? new Date(r.endedAt).getTime() : null };
}

function view(r: SeasonRow, me: string, members: string[]): SeasonView {
  const season = toSeason(r);
  const partner = members.find((m) => m !== me);
  return {
    id: r.id,
    carrier: r.carrierId === null ? null : r.carrierId === me ? 'me' : 'partner',
    what: r.what,
    why: r.why,
    reviewOn: season.reviewOn,
    status: r.status,
    iAccepted: r.acceptedBy.includes(me),
    partnerAccepted: partner !== undefined && r.acceptedBy.includes(partner),
    dueForReview: isDueForReview(season, todayUtc()),
    createdAt: iso(r.createdAt),
    endedAt: iso(r.endedAt),
  };
}

/** What a step did to a season, as its event: an accept either completes the agreement or adds one yes. */
function seasonEvent(step: 'accept' | 'renew' | 'end', next: Season): 'season.active' | 'season.accepted' | 'season.renewal_proposed' | 'season.ended' {
  if (step === 'end') return 'season.ended';
  if (step === 'renew') return 'season.renewal_proposed';
  return next.status === 'active' ? 'season.active' : 'season.accepted';
}

function refuse(code: SeasonRejection): never {
  const message = practiceCopy.errors.seasons[code];
  if (code === 'review_too_far' || code === 'review_in_past') throw new BadRequest(code, message);
  if (code === 'not_participant') throw new Forbidden(code, message);
  throw new Conflict(code, message);
}

/** Capacity check-ins, asymmetric seasons, and personal stretch experiments. */
export function agreementRoutes(api: Api, ctx: AppContext): void {
  const couple = { access: 'couple' as const };

  api.post(
    '/api/capacity',
    { config: couple, schema: { tags, description: 'My bandwidth today, for my partner to see.', body: z.object({ level: z.enum(LEVELS), note: z.string().trim().max(280).nullable().optional(), day }), response: { 201: noContent } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        await tx.query('insert into capacity_checkins (couple_id, user_id, level, note, day) values ($1, $2, $3, $4, $5)', [scope.userId, request.body.level, request.body.note || null, request.body.day]);
        await tx.append(practiceEvents, { type: 'capacity.checked_in', actorId: scope.userId, payload: { level: request.body.level } });
      });
      return reply.status(201).send(null);
    },
  );

  api.get(
    '/api/capacity',
    {
      config: couple,
      schema: {
        tags,
        response: { 200: capacityView },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      return scope.readWithSeq(async (tx) => {
        const rows = await tx.query<{ userId: string; level: CheckIn['level']; note: string | null; day: string }>(
          `select user_id as "userId", level, note, day::text as day from capacity_checkins where couple_id = $1 and day > current_date - 15 order by day, created_at`,
        );
        const latest = (userId: string | undefined) => {
          const r = [...rows].reverse().find((c) => c.userId === userId);
          return r ? { level: r.level, note: r.note, day: r.day } : null;
        };
        const partner = (await tx.query<{ userId: string }>('select user_id as "userId" from couple_members where couple_id = $1 and user_id <> $2', [scope.userId]))[0]?.userId;
        const suggestion = partner ? suggestSeason(rows, [scope.userId, partner], todayUtc()) : null;
        return {
          mine: latest(scope.userId),
          partner: latest(partner),
          suggestSeason: suggestion ? { lowerCapacity: suggestion.lowerCapacity === scope.userId ? ('me' as const) : ('partner' as const) } : null,
        };
      });
    },
  );

  api.get('/api/seasons', { config: couple, schema: { tags, response: { 200: seasonList } } }, async (request) => {
    const scope = coupleScope(ctx, request);
    return scope.readWithSeq(async (tx) => {
      const members = await partners(tx);
      const rows = await tx.query<SeasonRow>(`select ${SEASON_COLUMNS} from seasons where couple_id = $1 order by created_at desc`);
      return { seasons: rows.map((r) => view(r, scope.userId, members)) };
    });
  });

  api.post(
    '/api/seasons',
    {
      config: couple,
      schema: {
        tags,
        description: 'Proposes an asymmetric season: who carries more, what that means, why, and a review date within 8 weeks. Active once both accept.',
        body: z.object({ carrier: z.enum(['me', 'partner']), what: z.string().trim().min(3).max(500), why: z.string().trim().min(3).max(500), reviewOn: day }),
        response: { 201: seasonChanged, 400: errorBody },
      },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const b = request.body;
      const problem = checkReviewDate(todayUtc(), b.reviewOn);
      if (problem) refuse(problem);
      const created = await scope.transaction(async (tx) => {
        const members = await partners(tx);
        const carrier = b.carrier === 'me' ? scope.userId : (members.find((m) => m !== scope.userId) ?? null);
        const [row] = await tx.query<SeasonRow>(
          `insert into seasons (couple_id, carrier_id, what, why, review_on, status, proposed_by, accepted_by) values ($1, $2, $3, $4, $5, 'proposed', $6, array[$6]::uuid[]) returning ${SEASON_COLUMNS}`,
          [carrier, b.what, b.why, b.reviewOn, scope.userId],
        );
        const { seq } = await tx.append(practiceEvents, { type: 'season.proposed', actorId: scope.userId, payload: { seasonId: row!.id } });
        return { ...view(row!, scope.userId, members), seq };
      });
      reply.status(201);
      return created;
    },
  );

  const seasonStep = (name: 'accept' | 'renew' | 'end', body: z.ZodType, apply: (s: Season, me: string, members: string[], body: { reviewOn?: string }) => Season | SeasonRejection) =>
    api.post(
      `/api/seasons/:id/${name}`,
      { config: couple, schema: { tags, params: idParam, body, response: { 200: seasonChanged, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody } } },
      async (request) => {
        const scope = coupleScope(ctx, request);
        return scope.transaction(async (tx) => {
          const [row] = await tx.query<SeasonRow>(`select ${SEASON_COLUMNS} from seasons where couple_id = $1 and id = $2 for update`, [request.params.id]);
          if (!row) throw new NotFound(practiceCopy.errors.notFound);
          const members = await partners(tx);
          const next = apply(toSeason(row), scope.userId, members, (request.body ?? {}) as { reviewOn?: string });
          if (typeof next === 'string') refuse(next);
          const [saved] = await tx.query<SeasonRow>(
            `update seasons set status = $3, accepted_by = $4::uuid[], review_on = $5, ended_at = $6, proposed_by = $7 where couple_id = $1 and id = $2 returning ${SEASON_COLUMNS}`,
            [row.id, next.status, next.acceptedBy, next.reviewOn, next.endedAt === null ? null : new Date(next.endedAt), next.proposedBy],
          );
          const { seq } = await tx.append(practiceEvents, { type: seasonEvent(name, next), actorId: scope.userId, payload: { seasonId: row.id } });
          return { ...view(saved!, scope.userId, members), seq };
        });
      },
    );
  seasonStep('accept', z.object({}).optional(), (s, me, members) => accept(s, me, members));
  seasonStep('renew', z.object({ reviewOn: day }), (s, me, members, body) => renew(s, me, members, todayUtc(), body.reviewOn!));
  seasonStep('end', z.object({}).optional(), (s, me, members) => end(s, me, members, Date.now()));

  /**
   * A stretch is one person's own, and can exist without a couple; a shared one is news for the
   * partner's screen (and the feed). The event carries its id only; a private stretch is never announced.
   */
  const tellPartner = async (tx: Queryable, me: { userId: string; coupleId: string | null }, type: 'stretch.shared' | 'stretch.tried', stretchId: string) => {
    if (me.coupleId) await ctx.events.append(tx, practiceEvents, { coupleId: me.coupleId, type, actorId: me.userId, payload: { stretchId } });
  };

  const discomfort = z.number().int().min(0).max(10);

  api.get('/api/stretches', { schema: { tags, description: 'My stretch experiments, and my partner’s shared ones.', response: { 200: stretchList } } }, async (request) => {
    const scope = personalScope(ctx.db, request);
    const me = scope.viewer.userId;
    // The partner's shared stretches change under an open screen: the list carries the couple's seq.
    return readWithSeq(ctx.db, scope.viewer.coupleId, async (tx) => {
      const rows = await scope.in(tx).query<{ id: string; ownerId: string; role: StretchView['role']; title: string; plannedFor: string | null; expectedDiscomfort: number; actualDiscomfort: number | null; reflection: string | null; doneAt: Date | null; shared: boolean }>(
        `select id, owner_id as "ownerId", role, title, planned_for::text as "plannedFor", expected_discomfort as "expectedDiscomfort", actual_discomfort as "actualDiscomfort", reflection, done_at as "doneAt", shared_in is not null as shared
           from stretch_experiments where ${visibleTo()} order by created_at desc`,
      );
      return { stretches: rows.map(({ ownerId, ...s }) => ({ ...s, doneAt: iso(s.doneAt), mine: ownerId === me })), encouragement: practiceCopy.stretchEncouragement };
    });
  });

  api.post(
    '/api/stretches',
    { schema: { tags, description: 'Plans a small experiment with new discomfort, and how uncomfortable I expect it to be (0–10).', body: z.object({ role: stretchRole, title: z.string().trim().min(3).max(200), plannedFor: day.nullable().optional(), expectedDiscomfort: discomfort, shared: z.boolean().default(false) }), response: { 201: created } } },
    async (request, reply) => {
      const b = request.body;
      const me = currentUser(request);
      const scope = personalScope(ctx.db, request);
      const id = await ctx.db.transaction(async (tx) => {
        const [row] = await scope.in(tx).query<{ id: string; shared: boolean }>(
          `insert into stretch_experiments (owner_id, role, title, planned_for, expected_discomfort, shared_in)
           values ($1, $3, $4, $5, $6, ${shareInto('$7::boolean')}) returning id, shared_in is not null as shared`,
          [b.role, b.title, b.plannedFor ?? null, b.expectedDiscomfort, b.shared],
        );
        if (row!.shared) await tellPartner(tx, me, 'stretch.shared', row!.id);
        return row!.id;
      });
      reply.status(201);
      return { id };
    },
  );

  api.post(
    '/api/stretches/:id/done',
    { schema: { tags, description: 'I tried it: how uncomfortable it really was, and what happened.', params: idParam, body: z.object({ actualDiscomfort: discomfort, reflection: z.string().trim().max(2000).nullable().optional() }), response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const me = currentUser(request);
      await ctx.db.transaction(async (tx) => {
        const [row] = await personalScope(tx, request).query<{ shared: boolean }>(
          `update stretch_experiments set actual_discomfort = $4, reflection = $5, done_at = coalesce(done_at, now())
            where id = $3 and owner_id = $1 returning shared_in = $2 as shared`,
          [request.params.id, request.body.actualDiscomfort, request.body.reflection || null],
        );
        if (!row) throw new NotFound(practiceCopy.errors.notFound);
        if (row.shared) await tellPartner(tx, me, 'stretch.tried', request.params.id);
      });
      return reply.status(204).send(null);
    },
  );
}
