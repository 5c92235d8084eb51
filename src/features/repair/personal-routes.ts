import { z } from 'zod';
import { NotFound } from '../../core/errors';
import { currentUser, type Api, type AppContext } from '../../core/http/context';
import { personalScope, shareInto, sharedInFrom, visibleTo } from '../../core/viewer';
import { errorBody, idParam, iso, noContent } from '../../core/http/schemas';
import { repairCopy } from './copy';
import { isContractOfMyCouple } from '../pattern-map/reads';

const tags = ['repair'];
const journalView = z.object({ id: z.uuid(), text: z.string(), mine: z.boolean(), shared: z.boolean(), createdAt: z.string() });
const reflectionView = z.object({ id: z.uuid(), lettingGo: z.string(), instead: z.string(), contractId: z.uuid().nullable(), mine: z.boolean(), shared: z.boolean(), createdAt: z.string() });

/**
 * Personal writing: the journal and stepping out of roles. These belong to
 * their author — never the partner's, never a future therapist view — unless
 * shared entry by entry into the space they are in (core/viewer.ts), and they
 * stay with the author if a space ends.
 */
export function personalRoutes(api: Api, ctx: AppContext): void {
  api.get('/api/journal', { schema: { tags, description: 'My journal, and any entries my partner chose to share with me.', response: { 200: z.object({ entries: z.array(journalView) }) } } }, async (request) => {
    const scope = personalScope(ctx.db, request);
    const me = scope.viewer.userId;
    const rows = await scope.query<{ id: string; ownerId: string; text: string; shared: boolean; createdAt: Date }>(
      `select id, owner_id as "ownerId", text, shared_in is not null as shared, created_at as "createdAt" from journal_entries
        where ${visibleTo()} order by created_at desc limit 500`,
    );
    return { entries: rows.map((r) => ({ id: r.id, text: r.text, mine: r.ownerId === me, shared: r.shared, createdAt: iso(r.createdAt) })) };
  });

  api.post(
    '/api/journal',
    { schema: { tags, body: z.object({ text: z.string().trim().min(1).max(10_000) }), response: { 201: journalView } } },
    async (request, reply) => {
      const [row] = await ctx.db.query<{ id: string; createdAt: Date }>(
        'insert into journal_entries (owner_id, text) values ($1, $2) returning id, created_at as "createdAt"',
        [currentUser(request).userId, request.body.text],
      );
      reply.status(201);
      return { id: row!.id, text: request.body.text, mine: true, shared: false, createdAt: iso(row!.createdAt) };
    },
  );

  api.patch(
    '/api/journal/:id',
    { schema: { tags, description: 'Edit my entry, or share it with my partner (or stop sharing).', params: idParam, body: z.object({ text: z.string().trim().min(1).max(10_000).optional(), shared: z.boolean().optional() }), response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const b = request.body;
      const rows = await personalScope(ctx.db, request).query(
        `update journal_entries set text = coalesce($4, text), shared_in = ${sharedInFrom('$5::boolean')},
                shared_at = case when $5::boolean is null then shared_at when $5 then coalesce(shared_at, now()) else null end
          where id = $3 and owner_id = $1 returning id`,
        [request.params.id, b.text ?? null, b.shared ?? null],
      );
      if (rows.length === 0) throw new NotFound(repairCopy.notFound);
      return reply.status(204).send(null);
    },
  );

  api.delete('/api/journal/:id', { schema: { tags, description: 'Deletes my entry for good.', params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const rows = await ctx.db.query('delete from journal_entries where id = $1 and owner_id = $2 returning id', [request.params.id, currentUser(request).userId]);
    if (rows.length === 0) throw new NotFound(repairCopy.notFound);
    return reply.status(204).send(null);
  });

  api.get('/api/reflections', { schema: { tags, response: { 200: z.object({ reflections: z.array(reflectionView) }) } } }, async (request) => {
    const scope = personalScope(ctx.db, request);
    const me = scope.viewer.userId;
    const rows = await scope.query<{ id: string; ownerId: string; lettingGo: string; instead: string; contractId: string | null; shared: boolean; createdAt: Date }>(
      `select id, owner_id as "ownerId", letting_go as "lettingGo", instead, contract_id as "contractId", shared_in is not null as shared, created_at as "createdAt"
         from role_reflections where ${visibleTo()} order by created_at desc`,
    );
    return { reflections: rows.map((r) => ({ id: r.id, lettingGo: r.lettingGo, instead: r.instead, contractId: r.contractId, mine: r.ownerId === me, shared: r.shared, createdAt: iso(r.createdAt) })) };
  });

  api.post(
    '/api/reflections',
    {
      schema: {
        tags,
        description: 'A role I am ready to let go of (“the one who cares more”) and what I want instead, optionally linked to one of our implicit contracts.',
        body: z.object({ lettingGo: z.string().trim().min(1).max(300), instead: z.string().trim().min(1).max(300), contractId: z.uuid().nullable().optional(), shared: z.boolean().default(false) }),
        response: { 201: z.object({ id: z.uuid() }), 404: errorBody },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const b = request.body;
      if (b.contractId && !(await isContractOfMyCouple(ctx.db, me.userId, b.contractId))) throw new NotFound(repairCopy.contractNotFound);
      const [row] = await personalScope(ctx.db, request).query<{ id: string }>(
        `insert into role_reflections (owner_id, letting_go, instead, contract_id, shared_in) values ($1, $3, $4, $5, ${shareInto('$6::boolean')}) returning id`,
        [b.lettingGo, b.instead, b.contractId ?? null, b.shared],
      );
      reply.status(201);
      return { id: row!.id };
    },
  );

  api.delete('/api/reflections/:id', { schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const rows = await ctx.db.query('delete from role_reflections where id = $1 and owner_id = $2 returning id', [request.params.id, currentUser(request).userId]);
    if (rows.length === 0) throw new NotFound(repairCopy.notFound);
    return reply.status(204).send(null);
  });
}
