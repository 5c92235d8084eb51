import { z } from 'zod';
import { NotFound } from '../../core/errors';
import { currentUser, type Api, type AppContext } from '../../core/http/context';
import { personalScope, shareInto, sharedInFrom, visibleTo } from '../../core/viewer';
import { errorBody, idParam, noContent } from '../../core/http/schemas';
import { mapCopy } from './copy';
import { patternMapEvents } from './contract';

const saidAndMeantView = z.object({ id: z.uuid(), said: z.string(), meant: z.string(), shared: z.boolean(), isMine: z.boolean() });
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
    { schema: { tags, description: 'My said-and-meant pairs, and the ones my partner shares with me.', response: { 200: z.object({ pairs: z.array(saidAndMeantView) }) } } },
    async (request) => {
      const scope = personalScope(ctx.db, request);
      const rows = await scope.query<SaidAndMeantRow>(`select ${COLUMNS} from said_and_meant where ${visibleTo()} order by created_at`);
      return { pairs: rows.map((r) => view(r, scope.viewer.userId)) };
    },
  );

  api.post(
    '/api/said-and-meant',
    { schema: { tags, body: z.object({ said: text, meant: text, shared: z.boolean().default(false) }), response: { 201: saidAndMeantView } } },
    async (request, reply) => {
      const me = currentUser(request);
      const [row] = await personalScope(ctx.db, request).query<SaidAndMeantRow>(
        `insert into said_and_meant (owner_id, said, meant, shared_in) values ($1, $3, $4, ${shareInto('$5::boolean')}) returning ${COLUMNS}`,
        [request.body.said, request.body.meant, request.body.shared],
      );
      await announceIfShared(ctx, me, row!);
      reply.status(201);
      return view(row!, me.userId);
    },
  );

  api.patch(
    '/api/said-and-meant/:id',
    { schema: { tags, params: idParam, body: z.object({ said: text.optional(), meant: text.optional(), shared: z.boolean().optional() }), response: { 200: saidAndMeantView, 404: errorBody } } },
    async (request) => {
      const me = currentUser(request);
      const [row] = await personalScope(ctx.db, request).query<SaidAndMeantRow>(
        `update said_and_meant set said = coalesce($4, said), meant = coalesce($5, meant), shared_in = ${sharedInFrom('$6::boolean')}
          where id = $3 and owner_id = $1 returning ${COLUMNS}`,
        [request.params.id, request.body.said ?? null, request.body.meant ?? null, request.body.shared ?? null],
      );
      if (!row) throw new NotFound(mapCopy.errors.saidAndMeantNotFound);
      await announceIfShared(ctx, me, row);
      return view(row, me.userId);
    },
  );

  api.delete('/api/said-and-meant/:id', { schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const rows = await ctx.db.query('delete from said_and_meant where id = $1 and owner_id = $2 returning id', [request.params.id, currentUser(request).userId]);
    if (rows.length === 0) throw new NotFound(mapCopy.errors.saidAndMeantNotFound);
    return reply.status(204).send(null);
  });
}

function view(row: SaidAndMeantRow, me: string): z.infer<typeof saidAndMeantView> {
  return { id: row.id, said: row.said, meant: row.meant, shared: row.shared, isMine: row.ownerId === me };
}

/** Lets the partner's screen refresh its list; the words themselves stay out of the event log. */
async function announceIfShared(ctx: AppContext, me: { userId: string; coupleId: string | null }, row: SaidAndMeantRow): Promise<void> {
  if (!row.shared || !me.coupleId) return;
  await ctx.db.transaction((tx) => ctx.events.append(tx, patternMapEvents, { coupleId: me.coupleId!, type: 'said_and_meant.shared', actorId: me.userId, payload: { pairId: row.id } }));
}
