import { z } from 'zod';
import { NotFound } from '../../core/errors';
import { currentUser, type Api, type AppContext } from '../../core/http/context';
import { personalScope, shareInto, sharedInFrom, visibleTo, type Viewer } from '../../core/viewer';
import { errorBody, idParam, iso, noContent } from '../../core/http/schemas';
import { readWithSeq, seqOf } from '../../core/realtime/view-seq';
import type { Queryable } from '../../core/db/database';
import { repairCopy } from './copy';
import { journalEntryAdded, journalList, reflectionList, repairEvents } from './contract';
import { isContractOfMyCouple } from '../pattern-map/reads';

const tags = ['repair'];

/**
 * Lets the partner's open screen refresh when an entry's share reaches it or leaves it; the words
 * stay out of the event log. Runs in the change's own transaction, so the event and the change
 * commit together. Without a space nothing is shared, so nothing is announced.
 */
async function journalNews(ctx: AppContext, tx: Queryable, me: Viewer, type: 'journal.shared' | 'journal.withdrawn', entryId: string): Promise<void> {
  if (me.coupleId) await ctx.events.append(tx, repairEvents, { coupleId: me.coupleId, type, actorId: me.userId, payload: { entryId } });
}

/** The same for a role reflection: shared when written, withdrawn when deleted. */
async function reflectionNews(ctx: AppContext, tx: Queryable, me: Viewer, type: 'reflection.shared' | 'reflection.withdrawn', reflectionId: string): Promise<void> {
  if (me.coupleId) await ctx.events.append(tx, repairEvents, { coupleId: me.coupleId, type, actorId: me.userId, payload: { reflectionId } });
}

/**
 * Personal writing: the journal and stepping out of roles. These belong to
 * their author — never the partner's, never a future therapist view — unless
 * shared entry by entry into the space they are in (core/viewer.ts), and they
 * stay with the author if a space ends.
 */
export function personalRoutes(api: Api, ctx: AppContext): void {
  api.get('/api/journal', { schema: { tags, description: 'My journal, and any entries my partner chose to share with me.', response: { 200: journalList } } }, async (request) => {
    const scope = personalScope(ctx.db, request);
    const me = scope.viewer.userId;
    return readWithSeq(ctx.db, scope.viewer.coupleId, async (tx) => {
      const rows = await scope.in(tx).query<{ id: string; ownerId: string; text: string; shared: boolean; createdAt: Date }>(
        `select id, owner_id as "ownerId", text, shared_in is not null as shared, created_at as "createdAt" from journal_entries
          where ${visibleTo()} order by created_at desc limit 500`,
      );
      return { entries: rows.map((r) => ({ id: r.id, text: r.text, mine: r.ownerId === me, shared: r.shared, createdAt: iso(r.createdAt) })) };
    });
  });

  api.post(
    '/api/journal',
    {
      schema: {
        tags,
        description: 'A new entry, private to me. `clientId`, chosen by the device, makes sending it again (after a lost answer, from an outbox) land on the same entry: 200 with it.',
        body: z.object({ text: z.string().trim().min(1).max(10_000), clientId: z.uuid().optional() }),
        response: { 200: journalEntryAdded, 201: journalEntryAdded },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const { text, clientId } = request.body;
      const { added, repeat } = await ctx.db.transaction(async (tx) => {
        // A new entry is not shared: it appends no event, so it reflects the seq it was written at.
        const seq = await seqOf(tx, me.coupleId);
        const [row] = await tx.query<{ id: string; createdAt: Date }>(
          `insert into journal_entries (owner_id, text, client_id) values ($1, $2, $3)
           on conflict (owner_id, client_id) where client_id is not null do nothing
           returning id, created_at as "createdAt"`,
          [me.userId, text, clientId ?? null],
        );
        if (row) return { added: { id: row.id, text, mine: true, shared: false, createdAt: iso(row.createdAt), seq }, repeat: false };
        // Sent before: the entry as it is now (it may have been edited or shared since).
        const [first] = await tx.query<{ id: string; text: string; shared: boolean; createdAt: Date }>(
          'select id, text, shared_in is not null as shared, created_at as "createdAt" from journal_entries where owner_id = $1 and client_id = $2',
          [me.userId, clientId],
        );
        return { added: { id: first!.id, text: first!.text, mine: true, shared: first!.shared, createdAt: iso(first!.createdAt), seq }, repeat: true };
      });
      reply.status(repeat ? 200 : 201);
      return added;
    },
  );

  api.patch(
    '/api/journal/:id',
    { schema: { tags, description: 'Edit my entry, or share it with my partner (or stop sharing).', params: idParam, body: z.object({ text: z.string().trim().min(1).max(10_000).optional(), shared: z.boolean().optional() }), response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const b = request.body;
      const me = currentUser(request);
      const scope = personalScope(ctx.db, request);
      await ctx.db.transaction(async (tx) => {
        const [before] = await tx.query<{ shared: boolean }>('select shared_in is not null as shared from journal_entries where id = $1 and owner_id = $2 for update', [
          request.params.id,
          me.userId,
        ]);
        const [row] = await scope.in(tx).query<{ shared: boolean }>(
          `update journal_entries set text = coalesce($4, text), shared_in = ${sharedInFrom('$5::boolean')},
                  shared_at = case when $5::boolean is null then shared_at when $5 then coalesce(shared_at, now()) else null end
            where id = $3 and owner_id = $1 returning shared_in is not null as shared`,
          [request.params.id, b.text ?? null, b.shared ?? null],
        );
        if (!row) throw new NotFound(repairCopy.notFound);
        // Shared now (or its words changed while shared), or just taken back: the partner's journal follows.
        if (row.shared) await journalNews(ctx, tx, me, 'journal.shared', request.params.id);
        else if (before?.shared) await journalNews(ctx, tx, me, 'journal.withdrawn', request.params.id);
      });
      return reply.status(204).send(null);
    },
  );

  api.delete('/api/journal/:id', { schema: { tags, description: 'Deletes my entry for good.', params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const me = currentUser(request);
    await ctx.db.transaction(async (tx) => {
      const [row] = await tx.query<{ shared: boolean }>('delete from journal_entries where id = $1 and owner_id = $2 returning shared_in is not null as shared', [request.params.id, me.userId]);
      if (!row) throw new NotFound(repairCopy.notFound);
      if (row.shared) await journalNews(ctx, tx, me, 'journal.withdrawn', request.params.id);
    });
    return reply.status(204).send(null);
  });

  api.get('/api/reflections', { schema: { tags, response: { 200: reflectionList } } }, async (request) => {
    const scope = personalScope(ctx.db, request);
    const me = scope.viewer.userId;
    return readWithSeq(ctx.db, scope.viewer.coupleId, async (tx) => {
      const rows = await scope.in(tx).query<{ id: string; ownerId: string; lettingGo: string; instead: string; contractId: string | null; shared: boolean; createdAt: Date }>(
      `select id, owner_id as "ownerId", letting_go as "lettingGo", instead, contract_id as "contractId", shared_in is not null as shared, created_at as "createdAt"
         from role_reflections where ${visibleTo()} order by created_at desc`,
      );
      return { reflections: rows.map((r) => ({ id: r.id, lettingGo: r.lettingGo, instead: r.instead, contractId: r.contractId, mine: r.ownerId === me, shared: r.shared, createdAt: iso(r.createdAt) })) };
    });
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
      const scope = personalScope(ctx.db, request);
      const id = await ctx.db.transaction(async (tx) => {
        const [row] = await scope.in(tx).query<{ id: string; shared: boolean }>(
          `insert into role_reflections (owner_id, letting_go, instead, contract_id, shared_in) values ($1, $3, $4, $5, ${shareInto('$6::boolean')})
           returning id, shared_in is not null as shared`,
          [b.lettingGo, b.instead, b.contractId ?? null, b.shared],
        );
        if (row!.shared) await reflectionNews(ctx, tx, me, 'reflection.shared', row!.id);
        return row!.id;
      });
      reply.status(201);
      return { id };
    },
  );

  api.delete('/api/reflections/:id', { schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const me = currentUser(request);
    await ctx.db.transaction(async (tx) => {
      const [row] = await tx.query<{ shared: boolean }>('delete from role_reflections where id = $1 and owner_id = $2 returning shared_in is not null as shared', [request.params.id, me.userId]);
      if (!row) throw new NotFound(repairCopy.notFound);
      if (row.shared) await reflectionNews(ctx, tx, me, 'reflection.withdrawn', request.params.id);
    });
    return reply.status(204).send(null);
  });
}
