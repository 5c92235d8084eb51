import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../core/http/app';
import type { Api, AppContext } from '../../core/http/context';
import { noContent } from '../../core/http/schemas';
import { personalScope } from '../../core/viewer';
import { safetyAnswers, safetyCheckView, type SafetyCheckView } from './contract';
import { raisesConcern, type SafetyAnswers } from './safety-check';

const tags = ['safety'];

/**
 * The private safety check. Every query goes through the viewer's own scope (`$1` is the
 * person, and nothing else is bound): there is no route by which anyone else reads it, it
 * appends no couple event, sends no push and touches no row a partner's screen reads.
 */
function routes(api: Api, ctx: AppContext): void {
  const mine = (request: FastifyRequest) => personalScope(ctx.db, request);

  async function myCheck(request: FastifyRequest): Promise<SafetyCheckView> {
    const [row] = await mine(request).queryOwn<{ answers: SafetyAnswers | null; offerDismissed: boolean }>(
      'select answers, offer_dismissed as "offerDismissed" from safety_checks where user_id = $1',
    );
    const answers = row?.answers ?? null;
    return { answers, concern: answers ? raisesConcern(answers) : false, offer: !row || (!row.answers && !row.offerDismissed) };
  }

  api.get(
    '/api/safety/check',
    { schema: { tags, description: 'My private safety check: only I can ever read it.', response: { 200: safetyCheckView } } },
    (request) => myCheck(request),
  );

  api.put(
    '/api/safety/check',
    { schema: { tags, description: 'Answer my private safety check (any question may be skipped).', body: z.object({ answers: safetyAnswers }), response: { 200: safetyCheckView } } },
    async (request) => {
      await mine(request).queryOwn(
        `insert into safety_checks (user_id, answers) values ($1, $2::jsonb)
         on conflict (user_id) do update set answers = excluded.answers`,
        [JSON.stringify(request.body.answers)],
      );
      return myCheck(request);
    },
  );

  api.delete(
    '/api/safety/check',
    { schema: { tags, description: 'Erase my answers. The offer is not made again.', response: { 204: noContent } } },
    async (request, reply) => {
      await mine(request).queryOwn(
        `insert into safety_checks (user_id, answers, offer_dismissed) values ($1, null, true)
         on conflict (user_id) do update set answers = null, offer_dismissed = true`,
      );
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/safety/check/dismiss',
    { schema: { tags, description: '"Not now" to the one-time offer of the check; it stays in Settings.', response: { 204: noContent } } },
    async (request, reply) => {
      await mine(request).queryOwn(
        `insert into safety_checks (user_id, offer_dismissed) values ($1, true)
         on conflict (user_id) do update set offer_dismissed = true`,
      );
      return reply.status(204).send(null);
    },
  );
}

export const safetyFeature: Feature = { name: 'safety', routes };
