import { z } from 'zod';
import { NotFound } from '../../core/errors';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso, noContent } from '../../core/http/schemas';
import { practiceCopy } from './copy';
import { created, joyIdeaList, practiceEvents } from './contract';

const tags = ['practice'];

/** The couple's own joy ideas, drawn from alongside our deck. Either partner adds; only the author removes. */
export function joyIdeaRoutes(api: Api, ctx: AppContext): void {
  const couple = { access: 'couple' as const };

  api.get(
    '/api/joy/ideas',
    { config: couple, schema: { tags, description: 'The couple’s own joy ideas (our deck is in the app’s words).', response: { 200: joyIdeaList } } },
    async (request) => {
      const scope = coupleScope(ctx, request);
      return scope.readWithSeq(async (tx) => {
        const rows = await tx.query<{ id: string; authorId: string | null; text: string; createdAt: Date }>(
          'select id, author_id as "authorId", text, created_at as "createdAt" from joy_ideas where couple_id = $1 order by created_at desc limit 200',
        );
        return { ideas: rows.map(({ authorId, ...i }) => ({ ...i, fromMe: authorId === scope.userId, createdAt: iso(i.createdAt) })) };
      });
    },
  );

  api.post(
    '/api/joy/ideas',
    {
      config: couple,
      schema: { tags, description: 'A joy idea in our own words (“pancakes for dinner”).', body: z.object({ text: z.string().trim().min(3).max(200) }), response: { 201: created, 400: errorBody } },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const id = await scope.transaction(async (tx) => {
        const [row] = await tx.query<{ id: string }>('insert into joy_ideas (couple_id, author_id, text) values ($1, $2, $3) returning id', [scope.userId, request.body.text]);
        await tx.append(practiceEvents, { type: 'joy.idea_added', actorId: scope.userId, payload: { ideaId: row!.id } });
        return row!.id;
      });
      reply.status(201);
      return { id };
    },
  );

  api.delete(
    '/api/joy/ideas/:id',
    { config: couple, schema: { tags, description: 'Removes one of my own joy ideas.', params: idParam, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        const [row] = await tx.query<{ id: string }>('delete from joy_ideas where couple_id = $1 and id = $2 and author_id = $3 returning id', [request.params.id, scope.userId]);
        if (!row) throw new NotFound(practiceCopy.errors.notFound);
        await tx.append(practiceEvents, { type: 'joy.idea_removed', actorId: scope.userId, payload: { ideaId: request.params.id } });
      });
      return reply.status(204).send(null);
    },
  );
}
