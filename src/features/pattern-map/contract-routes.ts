import { z } from 'zod';
import { NotFound } from '../../core/errors';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso } from '../../core/http/schemas';
import { mapCopy } from './copy';
import { contractStatus } from './contracts';
import { memberIds } from './queries';
import { DECISIONS, contractList, created, patternMapEvents, type Decision } from './contract';

const decision = z.enum(DECISIONS);

interface ContractRow {
  id: string;
  text: string;
  proposedBy: string | null;
  createdAt: Date;
  marks: Array<{ userId: string; decision: Decision; note: string | null }> | null;
}

const tags = ['pattern-map'];

/** Implicit contracts: the unspoken roles that hold the loop up, named and renegotiated together. */
export function contractRoutes(api: Api, ctx: AppContext): void {
  const couple = { access: 'couple' as const };

  api.get('/api/contracts', { config: couple, schema: { tags, response: { 200: contractList } } }, async (request) => {
    const scope = coupleScope(ctx, request);
    const { rows, members, seq } = await scope.readWithSeq(async (tx) => ({
      rows: await tx.query<ContractRow>(
        `select c.id, c.text, c.proposed_by as "proposedBy", c.created_at as "createdAt",
                (select json_agg(json_build_object('userId', m.user_id, 'decision', m.decision, 'note', m.note))
                   from contract_marks m where m.contract_id = c.id and m.couple_id = $1) as marks
           from contracts c where c.couple_id = $1 order by c.created_at`,
      ),
      members: await memberIds(tx),
    }));
    return {
      seq,
      contracts: rows.map((c) => {
        // Marks of a former partner no longer count.
        const marks = (c.marks ?? []).filter((m) => members.includes(m.userId));
        const mine = marks.find((m) => m.userId === scope.userId);
        const theirs = marks.find((m) => m.userId !== scope.userId);
        return {
          id: c.id,
          text: c.text,
          proposedByMe: c.proposedBy === scope.userId,
          createdAt: iso(c.createdAt),
          status: contractStatus(marks.map((m) => m.decision), members.length),
          myMark: mine ? { decision: mine.decision, note: mine.note } : null,
          partnerMark: theirs ? { decision: theirs.decision, note: theirs.note } : null,
        };
      }),
    };
  });

  api.post(
    '/api/contracts',
    { config: couple, schema: { tags, description: 'Proposes an unspoken role to look at together, e.g. “I’m the open one, you’re the calm one”.', body: z.object({ text: z.string().trim().min(3).max(200) }), response: { 201: created } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const id = await scope.transaction(async (tx) => {
        const [row] = await tx.query<{ id: string }>('insert into contracts (couple_id, text, proposed_by) values ($1, $2, $3) returning id', [request.body.text, scope.userId]);
        await tx.append(patternMapEvents, { type: 'contract.proposed', actorId: scope.userId, payload: { contractId: row!.id } });
        return row!.id;
      });
      reply.status(201);
      return { id };
    },
  );

  api.put(
    '/api/contracts/:id/mark',
    { config: couple, schema: { tags, params: idParam, body: z.object({ decision, note: z.string().trim().max(500).nullable().optional() }), response: { 200: z.object({ ok: z.literal(true) }), 404: errorBody } } },
    async (request) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        const [contract] = await tx.query('select id from contracts where couple_id = $1 and id = $2 for update', [request.params.id]);
        if (!contract) throw new NotFound(mapCopy.errors.contractNotFound);
        await tx.query(
          `insert into contract_marks (couple_id, contract_id, user_id, decision, note) values ($1, $2, $3, $4, $5)
           on conflict (contract_id, user_id) do update set decision = $4, note = $5, updated_at = now()`,
          [request.params.id, scope.userId, request.body.decision, request.body.note || null],
        );
        await tx.append(patternMapEvents, { type: 'contract.marked', actorId: scope.userId, payload: { contractId: request.params.id, decision: request.body.decision } });
      });
      return { ok: true as const };
    },
  );
}
