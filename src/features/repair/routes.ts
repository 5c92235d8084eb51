import { exportMyRepairWords } from './export-mine';
import { z } from 'zod';
import { BadRequest, Conflict, Forbidden, NotFound } from '../../core/errors';
import type { CoupleScope, ScopedTx } from '../../core/couple-scope';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso, noContent } from '../../core/http/schemas';
import type { Feature } from '../../core/http/app';
import { TOPICS } from '../../core/topics';
import { repairCopy } from './copy';
import { STEPS, decideRepair, newRepair, viewFor, type Repair } from './machine';
import { keepRepairWords } from './keep-on-leave';
import { personalRoutes } from './personal-routes';
import { answers, repairEvents, repairView, ruptureList, who, type HowSeen, type RepairView, type Who } from './contract';
import { pauseExists } from '../pause/reads';

/** My view as I send it: the same shape I read back, within bounds. */
const howSeenBody = z.object({ intensity: z.number().int().min(0).max(10), reached: who, withdrew: who });

interface HowSeenRow {
  intensity: number;
  reachedBy: string | null;
  withdrewBy: string | null;
}

interface RuptureRow {
  id: string;
  topic: (typeof TOPICS)[number];
  myView: HowSeenRow | null;
  partnerView: HowSeenRow | null;
  loggedBy: string | null;
  createdAt: Date;
  repairedAt: Date | null;
  myNote: string | null;
  marks: string[] | null;
  repairId: string | null;
  pauseId: string | null;
}

const HOW_SEEN_JSON = `json_build_object('intensity', v.intensity, 'reachedBy', v.reached_by, 'withdrewBy', v.withdrew_by)`;

function perspective(userId: string | null, me: string): Who {
  if (userId === null) return 'unsure';
  return userId === me ? 'me' : 'partner';
}

function viewHowSeen(row: HowSeenRow | null, me: string): HowSeen | null {
  return row && { intensity: row.intensity, reached: perspective(row.reachedBy, me), withdrew: perspective(row.withdrewBy, me) };
}

/** Stores (or replaces) my own view of a rupture; the people are named from my side ('partner' is whoever is my partner now). */
async function saveHowSeen(tx: ScopedTx, ruptureId: string, me: string, seen: z.infer<typeof howSeenBody>): Promise<void> {
  const partner = await partnerOf(tx, me);
  const person = (w: Who) => (w === 'me' ? me : w === 'partner' ? partner : null);
  await tx.query(
    `insert into rupture_views (couple_id, rupture_id, author_id, intensity, reached_by, withdrew_by) values ($1, $2, $3, $4, $5, $6)
     on conflict (rupture_id, author_id) do update set intensity = $4, reached_by = $5, withdrew_by = $6, updated_at = now()`,
    [ruptureId, me, seen.intensity, person(seen.reached), person(seen.withdrew)],
  );
}

async function partnerOf(db: CoupleScope | ScopedTx, me: string): Promise<string | null> {
  const [row] = await db.query<{ userId: string }>('select user_id as "userId" from couple_members where couple_id = $1 and user_id <> $2', [me]);
  return row?.userId ?? null;
}

async function loadRepair(tx: ScopedTx, id: string, lock: boolean) {
  const [row] = await tx.query<{ id: string; ruptureId: string; state: Repair; calm: Record<string, boolean> }>(
    `select id, rupture_id as "ruptureId", state, calm from repairs where couple_id = $1 and id = $2 ${lock ? 'for update' : ''}`,
    [id],
  );
  if (!row) throw new NotFound(repairCopy.notFound);
  return row;
}

/** The conversation as `me` sees it. */
async function viewRepair(tx: ScopedTx, id: string, me: string): Promise<Omit<RepairView, 'seq'>> {
  const row = await loadRepair(tx, id, false);
  const view = viewFor(row.state, me);
  const partner = row.state.partners.find((p) => p !== me)!;
  const actions = await tx.query<{ id: string; ownerId: string | null; text: string; dueOn: string | Date | null; doneAt: Date | null; acknowledgedAt: Date | null }>(
    `select id, owner_id as "ownerId", text, due_on as "dueOn", done_at as "doneAt", acknowledged_at as "acknowledgedAt"
       from repair_actions where couple_id = $1 and repair_id = $2 order by created_at`,
    [id],
  );
  return {
    id: row.id,
    ruptureId: row.ruptureId,
    ...view,
    iAmCalm: row.calm[me] ?? null,
    partnerIsCalm: row.calm[partner] ?? null,
    revealedAt: view.revealedAt === null ? null : new Date(view.revealedAt).toISOString(),
    actions: actions.map((a) => ({
      id: a.id,
      mine: a.ownerId === me,
      text: a.text,
      dueOn: a.dueOn === null ? null : typeof a.dueOn === 'string' ? a.dueOn.slice(0, 10) : a.dueOn.toISOString().slice(0, 10),
      doneAt: iso(a.doneAt),
      acknowledgedAt: iso(a.acknowledgedAt),
    })),
  };
}

/**
 * A command's answer: the conversation after it, labelled with the couple's seq read just before
 * the view — the seq of the command's own last event when it appended one (it holds the couple
 * row until commit, so no later event can be half in the view), else the seq it found.
 */
async function repairAnswer(tx: ScopedTx, id: string, me: string): Promise<RepairView> {
  const seq = await tx.seq();
  return { ...(await viewRepair(tx, id, me)), seq };
}

const tags = ['repair'];

function routes(api: Api, ctx: AppContext): void {
  const couple = { access: 'couple' as const };

  api.get('/api/ruptures', { config: couple, schema: { tags, response: { 200: ruptureList } } }, async (request) => {
    const scope = coupleScope(ctx, request);
    const { rows, seq } = await scope.readWithSeq(async (tx) => ({
      rows: await tx.query<RuptureRow>(
      `select r.id, r.topic, r.logged_by as "loggedBy", r.created_at as "createdAt", r.repaired_at as "repairedAt", r.pause_id as "pauseId",
              (select ${HOW_SEEN_JSON} from rupture_views v where v.couple_id = $1 and v.rupture_id = r.id and v.author_id = $2) as "myView",
              (select ${HOW_SEEN_JSON} from rupture_views v join couple_members m on m.couple_id = v.couple_id and m.user_id = v.author_id
                where v.couple_id = $1 and v.rupture_id = r.id and v.author_id <> $2) as "partnerView",
              (select n.text from rupture_notes n where n.rupture_id = r.id and n.author_id = $2) as "myNote",
              (select array_agg(m.user_id::text) from rupture_repaired_marks m where m.rupture_id = r.id) as marks,
              (select p.id from repairs p where p.rupture_id = r.id) as "repairId"
         from ruptures r where r.couple_id = $1 order by r.created_at desc limit 200`,
        [scope.userId],
      ),
    }));
    return {
      seq,
      ruptures: rows.map((r) => ({
        id: r.id,
        topic: r.topic,
        myView: viewHowSeen(r.myView, scope.userId),
        partnerView: viewHowSeen(r.partnerView, scope.userId),
        loggedByMe: r.loggedBy === scope.userId,
        myNote: r.myNote,
        createdAt: iso(r.createdAt),
        repairedAt: iso(r.repairedAt),
        iSayRepaired: (r.marks ?? []).includes(scope.userId),
        partnerSaysRepaired: (r.marks ?? []).some((m) => m !== scope.userId),
        repairId: r.repairId,
        fromPause: r.pauseId !== null,
        pauseId: r.pauseId,
      })),
    };
  });

  api.post(
    '/api/ruptures',
    {
      config: couple,
      schema: {
        tags,
        description: 'Logs a rupture (optionally from a pause) with how I saw it. Who reached and who withdrew is for this time only; roles can switch. The note is private.',
        body: howSeenBody.extend({ topic: z.enum(TOPICS), note: z.string().trim().max(2000).nullable().optional(), pauseId: z.uuid().nullable().optional() }),
        response: { 201: z.object({ id: z.uuid() }), 404: errorBody },
      },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const b = request.body;
      const id = await scope.transaction(async (tx) => {
        if (b.pauseId && !(await pauseExists(tx, b.pauseId))) throw new NotFound(repairCopy.pauseNotFound);
        const [row] = await tx.query<{ id: string }>(`insert into ruptures (couple_id, pause_id, topic, logged_by) values ($1, $2, $3, $4) returning id`, [
          b.pauseId ?? null,
          b.topic,
          scope.userId,
        ]);
        await saveHowSeen(tx, row!.id, scope.userId, b);
        if (b.note) await tx.query('insert into rupture_notes (couple_id, rupture_id, author_id, text) values ($1, $2, $3, $4)', [row!.id, scope.userId, b.note]);
        await tx.append(repairEvents, { type: 'rupture.logged', actorId: scope.userId, payload: { ruptureId: row!.id } });
        return row!.id;
      });
      reply.status(201);
      return { id };
    },
  );

  api.put(
    '/api/ruptures/:id/view',
    {
      config: couple,
      schema: {
        tags,
        description: 'My own view of a rupture (how intense it felt, who reached and who stepped back this time), beside my partner’s. Adding it again replaces mine; theirs stays theirs.',
        params: idParam,
        body: howSeenBody,
        response: { 204: noContent, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        const [rupture] = await tx.query('select id from ruptures where couple_id = $1 and id = $2', [request.params.id]);
        if (!rupture) throw new NotFound(repairCopy.notFound);
        await saveHowSeen(tx, request.params.id, scope.userId, request.body);
        // Screens refresh; the feed keeps to moments, and a view is part of one.
        await tx.append(repairEvents, { type: 'rupture.view_saved', actorId: scope.userId, payload: { ruptureId: request.params.id } });
      });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/ruptures/:id/note',
    { config: couple, schema: { tags, description: 'My private words about this rupture; my partner never sees them.', params: idParam, body: z.object({ text: z.string().trim().max(2000) }), response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        const [rupture] = await tx.query('select id from ruptures where couple_id = $1 and id = $2', [request.params.id]);
        if (!rupture) throw new NotFound(repairCopy.notFound);
        await tx.query(
          `insert into rupture_notes (couple_id, rupture_id, author_id, text) values ($1, $2, $3, $4)
           on conflict (rupture_id, author_id) do update set text = $4, updated_at = now()`,
          [request.params.id, scope.userId, request.body.text],
        );
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/ruptures/:id/repaired',
    { config: couple, schema: { tags, description: 'I say this rupture is repaired; it shows as repaired once both of us say so.', params: idParam, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        const [rupture] = await tx.query<{ repairedAt: Date | null }>('select repaired_at as "repairedAt" from ruptures where couple_id = $1 and id = $2 for update', [request.params.id]);
        if (!rupture) throw new NotFound(repairCopy.notFound);
        await tx.query('insert into rupture_repaired_marks (couple_id, rupture_id, user_id) values ($1, $2, $3) on conflict do nothing', [request.params.id, scope.userId]);
        const [marks] = await tx.query<{ n: number }>(
          `select count(*)::int as n from rupture_repaired_marks m join couple_members c on c.user_id = m.user_id and c.couple_id = m.couple_id
            where m.couple_id = $1 and m.rupture_id = $2`,
          [request.params.id],
        );
        if (!rupture.repairedAt && Number(marks?.n) >= 2) {
          await tx.query('update ruptures set repaired_at = now() where couple_id = $1 and id = $2', [request.params.id]);
          await tx.append(repairEvents, { type: 'rupture.repaired', actorId: null, payload: { ruptureId: request.params.id } });
        } else {
          await tx.append(repairEvents, { type: 'rupture.repaired_by_one', actorId: scope.userId, payload: { ruptureId: request.params.id } });
        }
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/ruptures/:id/repair',
    {
      config: couple,
      schema: {
        tags,
        description: 'Opens (or joins) the repair conversation for a rupture, with my answer to “am I calm enough?”.',
        params: idParam,
        body: z.object({ calmEnough: z.boolean() }),
        response: { 200: repairView, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      return scope.transaction(async (tx) => {
        const [rupture] = await tx.query('select id from ruptures where couple_id = $1 and id = $2 for update', [request.params.id]);
        if (!rupture) throw new NotFound(repairCopy.notFound);
        const partner = await partnerOf(tx, scope.userId);
        if (!partner) throw new Conflict('no_partner', repairCopy.noPartner);
        let [existing] = await tx.query<{ id: string }>('select id from repairs where couple_id = $1 and rupture_id = $2', [request.params.id]);
        if (!existing) {
          [existing] = await tx.query<{ id: string }>(
            `insert into repairs (couple_id, rupture_id, state) values ($1, $2, $3) returning id`,
            [request.params.id, JSON.stringify(newRepair([scope.userId, partner]))],
          );
          await tx.append(repairEvents, { type: 'repair.started', actorId: scope.userId, payload: { repairId: existing!.id, ruptureId: request.params.id } });
        }
        await tx.query(
          `update repairs set calm = calm || jsonb_build_object($3::text, $4::boolean), updated_at = now() where couple_id = $1 and id = $2`,
          [existing!.id, scope.userId, request.body.calmEnough],
        );
        await tx.append(repairEvents, { type: 'repair.calm_checked', actorId: scope.userId, payload: { repairId: existing!.id } });
        return repairAnswer(tx, existing!.id, scope.userId);
      });
    },
  );

  api.get('/api/repairs/:id', { config: couple, schema: { tags, params: idParam, response: { 200: repairView, 404: errorBody } } }, async (request) => {
    const scope = coupleScope(ctx, request);
    return scope.readWithSeq((tx) => viewRepair(tx, request.params.id, scope.userId));
  });

  for (const kind of ['draft', 'submit'] as const) {
    api.post(
      `/api/repairs/:id/${kind}`,
      {
        config: couple,
        schema: {
          tags,
          description:
            kind === 'draft'
              ? 'Saves my answers privately; nothing reaches my partner.'
              : 'Submits my answers. When both have submitted, both are revealed at once. Before that, I can still change mine.',
          params: idParam,
          body: z.object({ answers }),
          response: { 200: repairView, 400: errorBody, 404: errorBody, 409: errorBody },
        },
      },
      async (request) => {
        const scope = coupleScope(ctx, request);
        return scope.transaction(async (tx) => {
          const row = await loadRepair(tx, request.params.id, true);
          const decision = decideRepair(row.state, { type: kind === 'draft' ? 'save' : 'submit', by: scope.userId, answers: request.body.answers }, Date.now());
          if (!decision.ok) {
            const message = repairCopy.rejections[decision.code];
            throw decision.code === 'incomplete' ? new BadRequest(decision.code, message) : decision.code === 'not_participant' ? new Forbidden(decision.code, message) : new Conflict(decision.code, message);
          }
          await tx.query('update repairs set state = $3, updated_at = now() where couple_id = $1 and id = $2', [row.id, JSON.stringify(decision.state)]);
          for (const event of decision.events) await tx.append(repairEvents, { type: event.type, actorId: event.actorId, payload: { repairId: row.id } });
          if (row.state.status !== 'revealed' && decision.state.status === 'revealed') {
            // The actions each partner committed to become tracked commitments at the reveal.
            for (const person of decision.state.partners) {
              const mine = decision.state.drafts[person]!;
              await tx.query(
                `insert into repair_actions (couple_id, repair_id, owner_id, text, due_on) values ($1, $2, $3, $4, $5)`,
                [row.id, person, mine.iWill!, mine.iWillBy ?? null],
              );
            }
          }
          return repairAnswer(tx, row.id, scope.userId);
        });
      },
    );
  }

  api.post(
    '/api/repairs/:id/acknowledge',
    { config: couple, schema: { tags, description: '“I hear this” for one of my partner’s revealed answers.', params: idParam, body: z.object({ step: z.enum(STEPS) }), response: { 200: repairView, 404: errorBody, 409: errorBody } } },
    async (request) => {
      const scope = coupleScope(ctx, request);
      return scope.transaction(async (tx) => {
        const row = await loadRepair(tx, request.params.id, true);
        const decision = decideRepair(row.state, { type: 'acknowledge', by: scope.userId, step: request.body.step }, Date.now());
        if (!decision.ok) throw new Conflict(decision.code, repairCopy.rejections[decision.code]);
        if (decision.events.length) {
          await tx.query('update repairs set state = $3, updated_at = now() where couple_id = $1 and id = $2', [row.id, JSON.stringify(decision.state)]);
          for (const event of decision.events) await tx.append(repairEvents, { type: event.type, actorId: event.actorId, payload: { repairId: row.id, ...event.payload } });
        }
        return repairAnswer(tx, row.id, scope.userId);
      });
    },
  );

  for (const step of ['done', 'acknowledge'] as const) {
    api.post(
      `/api/actions/:id/${step}`,
      {
        config: couple,
        schema: {
          tags,
          description: step === 'done' ? 'I did what I said I would.' : 'I saw my partner do what they said — trust rebuilt through action.',
          params: idParam,
          response: { 204: noContent, 403: errorBody, 404: errorBody, 409: errorBody },
        },
      },
      async (request, reply) => {
        const scope = coupleScope(ctx, request);
        await scope.transaction(async (tx) => {
          const [action] = await tx.query<{ ownerId: string | null; doneAt: Date | null }>(
            'select owner_id as "ownerId", done_at as "doneAt" from repair_actions where couple_id = $1 and id = $2 for update',
            [request.params.id],
          );
          if (!action) throw new NotFound(repairCopy.notFound);
          if (step === 'done') {
            if (action.ownerId !== scope.userId) throw new Forbidden('not_your_action', repairCopy.notYourAction);
            await tx.query('update repair_actions set done_at = coalesce(done_at, now()) where couple_id = $1 and id = $2', [request.params.id]);
          } else {
            if (action.ownerId === scope.userId) throw new Forbidden('own_action', repairCopy.ownAction);
            if (!action.doneAt) throw new Conflict('not_done', repairCopy.notDoneYet);
            await tx.query('update repair_actions set acknowledged_at = coalesce(acknowledged_at, now()) where couple_id = $1 and id = $2', [request.params.id]);
          }
          await tx.append(repairEvents, { type: step === 'done' ? 'action.done' : 'action.acknowledged', actorId: scope.userId, payload: { actionId: request.params.id } });
        });
        return reply.status(204).send(null);
      },
    );
  }
}

export const repairFeature: Feature = {
  name: 'repair',
  exportMine: exportMyRepairWords,
  keepOwnWords: keepRepairWords,
  routes(api, ctx) {
    routes(api, ctx);
    personalRoutes(api, ctx);
  },
};
