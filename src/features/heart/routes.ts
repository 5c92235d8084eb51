import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../core/http/app';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, iso, noContent } from '../../core/http/schemas';
import { NotFound } from '../../core/errors';
import { personalScope } from '../../core/viewer';
import { pauseExists } from '../pause/reads';
import { heartCopy } from './copy';
import { traceAnswer, traceBody, type TraceView } from './contract';

const tags = ['heart'];
const params = z.object({ pauseId: z.uuid() });

interface TraceRow {
  pauseId: string;
  startedAt: Date;
  points: Array<[number, number]>;
  keptAt: Date;
}
const view = (row: TraceRow): TraceView => ({ pauseId: row.pauseId, startedAt: iso(row.startedAt), points: row.points, keptAt: iso(row.keptAt) });

/**
 * A heart trace kept with a pause. Every query goes through the viewer's own scope (`$1` is the
 * person and nothing else is bound), so no route reads anyone else's trace; none appends a couple
 * event or sends a push. The pause must be one of this space's, or it is "not found".
 */
function routes(api: Api, ctx: AppContext): void {
  const mine = (request: FastifyRequest) => personalScope(ctx.db, request);
  async function ourPause(request: FastifyRequest, pauseId: string): Promise<void> {
    if (!(await pauseExists(coupleScope(ctx, request), pauseId))) throw new NotFound(heartCopy.noSuchPause);
  }

  api.get(
    '/api/heart/pauses/:pauseId/trace',
    {
      config: { access: 'couple' },
      schema: { tags, description: 'My heart rate kept with this pause, if I kept it (only I can read it).', params, response: { 200: traceAnswer, 404: errorBody } },
    },
    async (request) => {
      await ourPause(request, request.params.pauseId);
      const [row] = await mine(request).queryOwn<TraceRow>(
        `select pause_id as "pauseId", started_at as "startedAt", points, kept_at as "keptAt" from heart_traces where user_id = $1 and pause_id = $2`,
        [request.params.pauseId],
      );
      return { trace: row ? view(row) : null };
    },
  );

  api.put(
    '/api/heart/pauses/:pauseId/trace',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'Keep my heart rate with this pause (replaces what I kept before). Never shown to my partner.',
        params,
        body: traceBody,
        response: { 200: traceAnswer, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      await ourPause(request, request.params.pauseId);
      const [row] = await mine(request).queryOwn<TraceRow>(
        `insert into heart_traces (user_id, pause_id, started_at, points) values ($1, $2, $3, $4::jsonb)
         on conflict (user_id, pause_id) do update set started_at = excluded.started_at, points = excluded.points, kept_at = now()
         returning pause_id as "pauseId", started_at as "startedAt", points, kept_at as "keptAt"`,
        [request.params.pauseId, request.body.startedAt, JSON.stringify(request.body.points)],
      );
      return { trace: view(row!) };
    },
  );

  api.delete(
    '/api/heart/pauses/:pauseId/trace',
    {
      config: { access: 'couple' },
      schema: { tags, description: 'Delete my heart rate kept with this pause.', params, response: { 204: noContent, 404: errorBody } },
    },
    async (request, reply) => {
      await ourPause(request, request.params.pauseId);
      await mine(request).queryOwn('delete from heart_traces where user_id = $1 and pause_id = $2', [request.params.pauseId]);
      return reply.status(204).send(null);
    },
  );
}

export const heartFeature: Feature = { name: 'heart', routes };
