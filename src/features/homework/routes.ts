import type { FastifyRequest } from 'fastify';
import type { Feature } from '../../core/http/app';
import { coupleScope, currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, firstNameOf, idParam, iso, noContent } from '../../core/http/schemas';
import type { Queryable } from '../../core/db/database';
import { scopedQuery, type CoupleQueries } from '../../core/couple-scope';
import { NotFound } from '../../core/errors';
import { currentLinkOf, therapistScope, type TherapistScope } from '../../core/therapist-scope';
import {
  assignBody,
  assignmentParam,
  checkinBeforeSessionBody,
  coupleParam,
  deskAssignment,
  deskAssignmentsView,
  homeworkEvents,
  homeworkView,
  libraryView,
  replyBody,
  type DeskAssignmentsView,
  type HomeworkView,
} from './contract';
import { PRACTICES, practiceOf } from './library';

const tags = ['homework'];
const therapist = { access: 'therapist' as const };
const couple = { access: 'couple' as const };

interface AssignmentRow {
  id: string;
  practiceKey: string;
  note: string | null;
  dueOn: string;
  createdAt: Date;
}
interface ReplyRow {
  assignmentId: string;
  userId: string;
  done: boolean;
  howItWent: string | null;
  updatedAt: Date;
}

/** The assignments of the couple's connection now (an ended one's are not shown to anyone), soonest due first. */
function currentAssignments(db: CoupleQueries): Promise<AssignmentRow[]> {
  return db.query<AssignmentRow>(
    `select a.id, a.practice_key as "practiceKey", a.note, to_char(a.due_on, 'YYYY-MM-DD') as "dueOn", a.created_at as "createdAt"
       from homework_assignments a join therapist_links l on l.id = a.link_id and l.ended_at is null
      where a.couple_id = $1 order by a.due_on, a.created_at`,
  );
}

function repliesTo(db: CoupleQueries, ids: string[]): Promise<ReplyRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query<ReplyRow>(
    `select assignment_id as "assignmentId", user_id as "userId", done, how_it_went as "howItWent", updated_at as "updatedAt"
       from homework_replies where couple_id = $1 and assignment_id = any($2::uuid[])`,
    [ids],
  );
}

const replyOf = (row: ReplyRow | undefined) => (row ? { done: row.done, howItWent: row.howItWent, at: iso(row.updatedAt) } : null);
const titleOf = (key: string) => practiceOf(key)?.title ?? key;

/** What the therapist sees of a couple's assignments: progress only when both share "practice". */
async function deskView(db: Queryable, scope: TherapistScope): Promise<DeskAssignmentsView> {
  // The assignments are the therapist's own requests: they read them without consent.
  const rows = await currentAssignments({ query: (sql, params = []) => scopedQuery(db, scope.coupleId, sql, params) });
  const progressShared = scope.allows('practice');
  let progress: (id: string) => DeskAssignmentsView['assignments'][number]['progress'] = () => null;
  if (progressShared) {
    const reader = scope.shared('practice');
    const [replies, names] = await Promise.all([
      repliesTo(reader, rows.map((r) => r.id)),
      reader.query<{ userId: string; displayName: string }>(
        `select m.user_id as "userId", u.display_name as "displayName" from couple_members m join users u on u.id = m.user_id where m.couple_id = $1 order by m.joined_at, m.user_id`,
      ),
    ]);
    progress = (id) =>
      names.map((n) => ({ partnerId: n.userId, firstName: firstNameOf(n.displayName), reply: replyOf(replies.find((r) => r.assignmentId === id && r.userId === n.userId)) }));
    // Their replies are the couple's records: a look the couple's record must show.
    await scope.recordLook('practice');
  }
  return {
    progressShared,
    checkinBeforeSession: scope.link.checkinBeforeSession,
    assignments: rows.map((r) => ({ id: r.id, practiceKey: r.practiceKey, title: titleOf(r.practiceKey), note: r.note, dueOn: r.dueOn, assignedAt: iso(r.createdAt), progress: progress(r.id) })),
  };
}

/** A partner's view: assignments from the therapist connected now, my reply and my partner's. */
async function coupleView(tx: CoupleQueries, userId: string): Promise<Omit<HomeworkView, 'seq'>> {
  const rows = await currentAssignments(tx);
  const [replies, link] = await Promise.all([repliesTo(tx, rows.map((r) => r.id)), currentLinkOf(tx)]);
  return {
    checkinBeforeSession: link?.checkinBeforeSession ?? false,
    nextSessionAt: link ? iso(link.nextSessionAt) : null,
    assignments: rows.map((r) => {
      const practice = practiceOf(r.practiceKey);
      const mine = replies.find((x) => x.assignmentId === r.id && x.userId === userId);
      const partner = replies.find((x) => x.assignmentId === r.id && x.userId !== userId);
      return { id: r.id, practiceKey: r.practiceKey, title: practice?.title ?? r.practiceKey, why: practice?.why ?? '', path: practice?.path ?? '/', note: r.note, dueOn: r.dueOn, mine: replyOf(mine), partner: replyOf(partner) };
    }),
  };
}

/**
 * Homework between sessions. The therapist's routes go through their TherapistScope (404 for a
 * couple they are not connected to now): assigning is their own request and needs no consent;
 * seeing who did it and how it went needs both partners' consent to "practice". The couple's
 * routes are bound to their own space. Every change tells both partners' screens by an event
 * carrying only ids.
 */
function routes(api: Api, ctx: AppContext): void {
  const scopeOf = (request: FastifyRequest, coupleId: string) => {
    const me = currentUser(request);
    return therapistScope(ctx.db, { userId: me.userId, displayName: me.displayName }, coupleId);
  };

  api.get(
    '/api/desk/practices',
    { config: therapist, schema: { tags, description: 'The library of practices a therapist can assign.', response: { 200: libraryView } } },
    async () => ({ practices: PRACTICES.map(({ key, title, why, path }) => ({ key, title, why, path })) }),
  );

  api.get(
    '/api/desk/couples/:coupleId/assignments',
    {
      config: therapist,
      schema: {
        tags,
        description: 'The practices I assigned this couple; whether each partner did it and how it went only when both share their practice progress with me.',
        params: coupleParam,
        response: { 200: deskAssignmentsView, 404: errorBody },
      },
    },
    async (request) => deskView(ctx.db, await scopeOf(request, request.params.coupleId)),
  );

  api.post(
    '/api/desk/couples/:coupleId/assignments',
    {
      config: therapist,
      schema: { tags, description: 'Assign a practice from the library, with an optional note and a due date.', params: coupleParam, body: assignBody, response: { 201: deskAssignment, 404: errorBody } },
    },
    async (request, reply) => {
      const scope = await scopeOf(request, request.params.coupleId);
      const { practiceKey, note, dueOn } = request.body;
      const row = await ctx.db.transaction(async (tx) => {
        const [created] = await tx.query<AssignmentRow>(
          `insert into homework_assignments (couple_id, link_id, practice_key, note, due_on) values ($1, $2, $3, $4, $5::date)
           returning id, practice_key as "practiceKey", note, to_char(due_on, 'YYYY-MM-DD') as "dueOn", created_at as "createdAt"`,
          [scope.coupleId, scope.link.id, practiceKey, note ?? null, dueOn],
        );
        await ctx.events.append(tx, homeworkEvents, { coupleId: scope.coupleId, type: 'homework.assigned', actorId: null, payload: { id: created!.id } });
        return created!;
      });
      return reply
        .status(201)
        .send({ id: row.id, practiceKey: row.practiceKey, title: titleOf(row.practiceKey), note: row.note, dueOn: row.dueOn, assignedAt: iso(row.createdAt), progress: null });
    },
  );

  api.delete(
    '/api/desk/couples/:coupleId/assignments/:id',
    { config: therapist, schema: { tags, description: 'Take back a practice I assigned.', params: assignmentParam, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const scope = await scopeOf(request, request.params.coupleId);
      await ctx.db.transaction(async (tx) => {
        const gone = await tx.query('delete from homework_assignments where id = $1 and couple_id = $2 and link_id = $3 returning id', [request.params.id, scope.coupleId, scope.link.id]);
        if (gone.length === 0) throw new NotFound();
        await ctx.events.append(tx, homeworkEvents, { coupleId: scope.coupleId, type: 'homework.withdrawn', actorId: null, payload: { id: request.params.id } });
      });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/desk/couples/:coupleId/checkin-before-session',
    {
      config: therapist,
      schema: { tags, description: 'Ask the couple for a weekly check-in before each session (or stop asking).', params: coupleParam, body: checkinBeforeSessionBody, response: { 204: noContent, 404: errorBody } },
    },
    async (request, reply) => {
      const scope = await scopeOf(request, request.params.coupleId);
      const { on } = request.body;
      await ctx.db.transaction(async (tx) => {
        await tx.query('update therapist_links set checkin_before_session = $2 where id = $1 and ended_at is null', [scope.link.id, on]);
        await ctx.events.append(tx, homeworkEvents, { coupleId: scope.coupleId, type: 'homework.checkin_asked', actorId: null, payload: { on } });
      });
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/homework',
    {
      config: couple,
      schema: { tags, description: 'The practices our therapist assigned us, with my reply and my partner’s; none once the connection ended.', response: { 200: homeworkView } },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      return scope.readWithSeq((tx) => coupleView(tx, scope.userId));
    },
  );

  api.put(
    '/api/homework/:id/reply',
    {
      config: couple,
      schema: {
        tags,
        description: 'Say whether I did a practice and, if I like, how it went: those words are shared with my partner and our therapist.',
        params: idParam,
        body: replyBody,
        response: { 200: homeworkView, 404: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const { done, howItWent } = request.body;
      return scope.transaction(async (tx) => {
        const updated = await tx.query(
          `insert into homework_replies (couple_id, assignment_id, user_id, done, how_it_went)
           select $1, a.id, $3, $4, $5 from homework_assignments a join therapist_links l on l.id = a.link_id and l.ended_at is null
            where a.couple_id = $1 and a.id = $2
           on conflict (assignment_id, user_id) do update set done = excluded.done, how_it_went = excluded.how_it_went, updated_at = now()
           returning assignment_id`,
          [request.params.id, scope.userId, done, howItWent ?? null],
        );
        if (updated.length === 0) throw new NotFound();
        await tx.append(homeworkEvents, { type: 'homework.replied', actorId: scope.userId, payload: { id: request.params.id } });
        return { ...(await coupleView(tx, scope.userId)), seq: await tx.seq() };
      });
    },
  );
}

export const homeworkFeature: Feature = { name: 'homework', routes };
