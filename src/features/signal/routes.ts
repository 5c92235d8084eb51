import { z } from 'zod';
import { Conflict, Forbidden, NotFound } from '../../core/errors';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso } from '../../core/http/schemas';
import type { Feature } from '../../core/http/app';
import { NEEDS, signalCopy } from './copy';
import { enqueuePush } from '../../core/push/push';
import * as q from './queries';

const signalView = z.object({
  id: z.uuid(),
  fromMe: z.boolean(),
  need: z.enum(NEEDS),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** sent → delivered (reached the partner's device) → seen (the partner looked at it). */
  status: z.enum(['sent', 'delivered', 'seen']),
  deliveredAt: z.string().nullable(),
  seenAt: z.string().nullable(),
});

function view(row: q.SignalRow, me: string): z.infer<typeof signalView> {
  return {
    id: row.id,
    fromMe: row.senderId === me,
    need: row.need as z.infer<typeof signalView>['need'],
    note: row.note,
    createdAt: iso(row.createdAt),
    status: row.seenAt ? 'seen' : row.deliveredAt ? 'delivered' : 'sent',
    deliveredAt: iso(row.deliveredAt),
    seenAt: iso(row.seenAt),
  };
}

const tags = ['signal'];

function routes(api: Api, ctx: AppContext): void {
  api.post(
    '/api/signals',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: '"We\'re doing the thing": one tap that reaches the partner at once. Idempotent by clientId.',
        body: z.object({ clientId: z.uuid(), need: z.enum(NEEDS), note: z.string().trim().max(280).nullable().optional() }),
        response: { 201: signalView, 200: signalView, 409: errorBody },
      },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const [partner] = await scope.query<{ userId: string }>('select user_id as "userId" from couple_members where couple_id = $1 and user_id <> $2', [scope.userId]);
      if (!partner) throw new Conflict('no_partner', signalCopy.noPartner);
      const { row, created } = await scope.transaction(async (tx) => {
        const result = await q.insertSignal(tx, {
          clientId: request.body.clientId,
          senderId: scope.userId,
          need: request.body.need,
          note: request.body.note || null,
        });
        if (result.created) {
          await q.openSignalEpisode(tx, result.row);
          await tx.append({ type: 'signal.sent', actorId: scope.userId, payload: { signalId: result.row.id, need: result.row.need } });
          await enqueuePush(tx, partner.userId, {
            title: signalCopy.pushTitle,
            body: signalCopy.needs[request.body.need],
            url: '/',
            tag: 'signal',
          });
        }
        return result;
      });
      reply.status(created ? 201 : 200);
      return view(row, scope.userId);
    },
  );

  for (const step of ['delivered', 'seen'] as const) {
    api.post(
      `/api/signals/:id/${step}`,
      {
        config: { access: 'couple' },
        schema: {
          tags,
          description: `The partner's device says the signal was ${step}. Repeats change nothing.`,
          params: idParam,
          response: { 200: signalView, 403: errorBody, 404: errorBody },
        },
      },
      async (request) => {
        const scope = coupleScope(ctx, request);
        const row = await scope.transaction(async (tx) => {
          const signal = await q.findSignal(tx, request.params.id);
          if (!signal) throw new NotFound(signalCopy.notFound);
          if (signal.senderId === scope.userId) throw new Forbidden('own_signal', signalCopy.notForYou);
          const changed = await q.markReceived(tx, signal.id, step === 'seen');
          if (!changed) return signal;
          await tx.append({ type: `signal.${changed.seenAt ? 'seen' : 'delivered'}`, actorId: scope.userId, payload: { signalId: signal.id }, feed: false });
          return changed;
        });
        return view(row, scope.userId);
      },
    );
  }

  api.get(
    '/api/signals',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
        response: { 200: z.object({ signals: z.array(signalView) }) },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const rows = await q.recentSignals(scope, request.query.limit);
      return { signals: rows.map((r) => view(r, scope.userId)) };
    },
  );
}

export const signalFeature: Feature = { name: 'signal', routes };
