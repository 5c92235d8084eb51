import { z } from 'zod';
import type { Queryable } from '../../core/db/database';
import { NotFound } from '../../core/errors';
import { currentUser, type Api, type AppContext } from '../../core/http/context';
import { readWithSeq, seqOf } from '../../core/realtime/view-seq';
import { personalScope, shareInto, sharedInFrom, visibleTo } from '../../core/viewer';
import { errorBody, idParam, noContent } from '../../core/http/schemas';
import { patternMapEvents, saidAndMeantChanged, saidAndMeantList, type SaidAndMeantPair } from './contract';
import { mapCopy } from './copy';

const text = z.string().trim().min(1).max(300);
const tags = ['pattern-map'];
const COLUMNS = 'id, owner_id as "ownerId", said, meant, shared_in is not null as shared';

interface SaidAndMeantRow {
  id: string;
  ownerId: string;
  said: string;
  meant: string;
  shared: boolean;
}

/**
 * Said and meant — "when I say ___, I mean ___": the language of fear, put
 * into words when calm. The pattern map owns it; repair links here. Each pair
 * belongs to its author (kept if a space ends) and reaches the partner only
 * when shared into the space they are in (core/viewer.ts).
 */
export function saidAndMeantRoutes(api: Api, ctx: AppContext): void {
  api.get(
    '/api/said-and-meant',
    { schema: { tags, description: 'My said-and-meant pairs, and the ones my partner shares with me.', response: { 200: saidAndMeantList } } },
    async (request) => {
      const scope = personalScope(ctx.db, request);
      return readWithSeq(ctx.db, scope.viewer.coupleId, async (tx) => {
        const rows = await scope.in(tx).query<SaidAndMeantRow>(`select ${COLUMNS} from said_and_meant where ${visibleTo()} order by created_at`);
        return { pairs: rows.map((r) => view(r, scope.viewer.userId)) };
      });
    },
  );

  api.post(
    '/api/said-and-meant',
    { schema: { tags, body: z.object({ said: text, meant: text, shared: z.boolean().default(false) }), response: { 201: saidAndMeantChanged } } },
    async (request, reply) => {
      const me = currentUser(request);
      const scope = personalScope(ctx.db, request);
      const changed = await ctx.db.transaction(async (tx) => {
        const [row] = await scope.in(tx).query<SaidAndMeantRow>(
          `insert into said_and_meant (owner_id, said, meant, shared_in) values ($1, $3, $4, ${shareInto('$5::boolean')}) returning ${COLUMNS}`,
          [request.body.said, request.body.meant, request.body.shared],
        );
        return { ...view(row!, me.userId), seq: await announce(ctx, tx, me, row!, false) };
      });
      reply.status(201);
      return changed;
    },
  );

  api.patch(
    '/api/said-and-meant/:id',
    { schema: { tags, params: idParam, body: z.object({ said: text.optional(), meant: text.optional(), shared: z.boolean().optional() }), response: { 200: saidAndMeantChanged, 404: errorBody } } },
    async (request) => {
      const me = currentUser(request);
      const scope = personalScope(ctx.db, request);
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx.query<{ shared: boolean }>(
          `select shared_in is not null as shared from said_and_meant where id = $1 and owner_id = $2 for update`,
          [request.params.id, me.userId],
        );
        const [row] = await scope.in(tx).query<SaidAndMeantRow>(
          `update said_and_meant set said = coalesce($4, said), meant = coalesce($5, meant), shared_in = ${sharedInFrom('$6::boolean')}
            where id = $3 and owner_id = $1 returning ${COLUMNS}`,
          [request.params.id, request.body.said ?? null, request.body.meant ?? null, request.body.shared ?? null],
        );
        if (!row) throw new NotFound(mapCopy.errors.saidAndMeantNotFound);
        return { ...view(row, me.userId), seq: await announce(ctx, tx, me, row, before?.shared ?? false) };
      });
    },
  );

  api.delete('/api/said-and-meant/:id', { schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const me = currentUser(request);
    await ctx.db.transaction(async (tx) => {
      const [row] = await tx.query<{ id: string; shared: boolean }>(
        'delete from said_and_meant where id = $1 and owner_id = $2 returning id, shared_in is not null as shared',
        [request.params.id, me.userId],
      );
      if (!row) throw new NotFound(mapCopy.errors.saidAndMeantNotFound);
      if (row.shared && me.coupleId) await withdraw(ctx, tx, { userId: me.userId, coupleId: me.coupleId }, row.id);
    });
    return reply.status(204).send(null);
  });
}

function view(row: SaidAndMeantRow, me: string): SaidAndMeantPair {
  return { id: row.id, said: row.said, meant: row.meant, shared: row.shared, isMine: row.ownerId === me };
}

/**
 * Lets the partner's screen refresh its list when a pair reaches it or leaves it; the words
 * themselves stay out of the event log. Runs in the change's own transaction, so the event's
 * seq and the change commit together, and returns the seq the changed pair reflects.
 */
async function announce(ctx: AppContext, tx: Queryable, me: { userId: string; coupleId: string | null }, row: SaidAndMeantRow, wasShared: boolean): Promise<number> {
  if (!me.coupleId) return seqOf(tx, me.coupleId);
  const space = { userId: me.userId, coupleId: me.coupleId };
  if (row.shared) return (await ctx.events.append(tx, patternMapEvents, { coupleId: space.coupleId, type: 'said_and_meant.shared', actorId: me.userId, payload: { pairId: row.id } })).seq;
  if (wasShared) return withdraw(ctx, tx, space, row.id);
  return seqOf(tx, me.coupleId);
}

/** A shared pair taken back (unshared or deleted): the partner's screen lets it go at once. */
async function withdraw(ctx: AppContext, tx: Queryable, me: { userId: string; coupleId: string }, pairId: string): Promise<number> {
  return (await ctx.events.append(tx, patternMapEvents, { coupleId: me.coupleId, type: 'said_and_meant.withdrawn', actorId: me.userId, payload: { pairId } })).seq;
}
