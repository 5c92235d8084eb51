import { z } from 'zod';
import { NotFound } from '../../core/errors';
import { currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, noContent } from '../../core/http/schemas';
import { mapCopy } from './copy';

const phraseView = z.object({ id: z.uuid(), said: z.string(), meant: z.string(), shared: z.boolean(), isMine: z.boolean() });
const text = z.string().trim().min(1).max(300);
const tags = ['pattern-map'];

interface PhraseRow {
  id: string;
  ownerId: string;
  said: string;
  meant: string;
  shared: boolean;
}

/**
 * Said vs meant — "when I say ___, I mean ___". Each phrase belongs to its
 * author (kept if a couple ends) and reaches the partner only when shared.
 */
export function phraseRoutes(api: Api, ctx: AppContext): void {
  api.get('/api/phrases', { schema: { tags, description: 'My phrases, and my partner’s shared ones.', response: { 200: z.object({ phrases: z.array(phraseView) }) } } }, async (request) => {
    const me = currentUser(request);
    const rows = await ctx.db.query<PhraseRow>(
      `select id, owner_id as "ownerId", said, meant, shared from phrases
        where owner_id = $1
           or (shared and owner_id in (select p.user_id from couple_members p join couple_members m on m.couple_id = p.couple_id where m.user_id = $1))
        order by created_at`,
      [me.userId],
    );
    return { phrases: rows.map((r) => ({ id: r.id, said: r.said, meant: r.meant, shared: r.shared, isMine: r.ownerId === me.userId })) };
  });

  api.post(
    '/api/phrases',
    { schema: { tags, body: z.object({ said: text, meant: text, shared: z.boolean().default(false) }), response: { 201: phraseView } } },
    async (request, reply) => {
      const me = currentUser(request);
      const [row] = await ctx.db.query<PhraseRow>(
        'insert into phrases (owner_id, said, meant, shared) values ($1, $2, $3, $4) returning id, owner_id as "ownerId", said, meant, shared',
        [me.userId, request.body.said, request.body.meant, request.body.shared],
      );
      await announceIfShared(ctx, me, row!);
      reply.status(201);
      return { ...row!, isMine: true };
    },
  );

  api.patch(
    '/api/phrases/:id',
    { schema: { tags, params: idParam, body: z.object({ said: text.optional(), meant: text.optional(), shared: z.boolean().optional() }), response: { 200: phraseView, 404: errorBody } } },
    async (request) => {
      const me = currentUser(request);
      const [row] = await ctx.db.query<PhraseRow>(
        `update phrases set said = coalesce($3, said), meant = coalesce($4, meant), shared = coalesce($5, shared)
          where id = $1 and owner_id = $2 returning id, owner_id as "ownerId", said, meant, shared`,
        [request.params.id, me.userId, request.body.said ?? null, request.body.meant ?? null, request.body.shared ?? null],
      );
      if (!row) throw new NotFound(mapCopy.errors.phraseNotFound);
      await announceIfShared(ctx, me, row);
      return { ...row, isMine: true };
    },
  );

  api.delete('/api/phrases/:id', { schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const rows = await ctx.db.query('delete from phrases where id = $1 and owner_id = $2 returning id', [request.params.id, currentUser(request).userId]);
    if (rows.length === 0) throw new NotFound(mapCopy.errors.phraseNotFound);
    return reply.status(204).send(null);
  });
}

/** Lets the partner's screen refresh its phrase list; the words themselves stay out of the event log. */
async function announceIfShared(ctx: AppContext, me: { userId: string; coupleId: string | null }, row: PhraseRow): Promise<void> {
  if (!row.shared || !me.coupleId) return;
  await ctx.db.transaction((tx) => ctx.events.append(tx, { coupleId: me.coupleId!, type: 'phrase.shared', actorId: me.userId, payload: { phraseId: row.id } }));
}
