import { z } from 'zod';
import { Conflict } from '../../core/errors';
import { coupleScope, currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, noContent } from '../../core/http/schemas';
import type { Feature } from '../../core/http/app';
import { FIRST_USUAL_PAUSE, PAUSE_RULES, RETURN_PLANS, WHERE, isLive, type Pause, type PauseCommand } from './machine';
import { every } from '../../core/background';
import { PauseClock, runPauseCommand } from './service';
import * as q from './queries';
import { pauseCopy } from './copy';
import { returnTiming } from './reconnect';
import { pauseAnswer, pauseEvents, usualPause, type PauseView } from './contract';

const minutes = z.number().int().min(PAUSE_RULES.minMinutes).max(PAUSE_RULES.maxMinutes);
/** Words to hold on to are optional: blank means none. */
const tether = z.string().trim().max(PAUSE_RULES.maxTetherLength).nullable().optional();

/** What a client may send; who sends it comes from the session, never the body. */
const commandBody = z.object({
  commandId: z.uuid(),
  command: z.discriminatedUnion('type', [
    z.object({ type: z.literal('request'), minutes, where: z.enum(WHERE), tether, returnPlan: z.enum(RETURN_PLANS) }),
    z.object({ type: z.literal('propose'), minutes }),
    z.object({ type: z.literal('accept'), tether }),
    z.object({ type: z.literal('cancel') }),
    z.object({ type: z.literal('not_now') }),
    z.object({ type: z.literal('extend'), minutes }),
    z.object({ type: z.literal('ready'), feeling: z.number().int().min(0).max(10), nextStep: z.enum(RETURN_PLANS) }),
    z.object({ type: z.literal('more_time'), minutes, tether }),
    z.object({ type: z.literal('pace'), breathsPerMinute: z.number().int().min(PAUSE_RULES.minBreathsPerMinute).max(PAUSE_RULES.maxBreathsPerMinute) }),
  ]),
});

/** The usual pause a person keeps (the answer adds `chosen`: see the contract's views). */
const usualPauseBody = z.object({ minutes, where: z.enum(WHERE), tether, returnPlan: z.enum(RETURN_PLANS) });

const tags = ['pause'];
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function viewPause(row: q.PauseRow | null, me: string): PauseView | null {
  if (!row) return null;
  const p: Pause = row.state;
  const partnerId = p.requesterId === me ? p.partnerId : p.requesterId;
  const mine = p.checkIns[me];
  const theirs = p.checkIns[partnerId];
  return {
    id: row.id,
    status: p.status,
    iAmRequester: p.requesterId === me,
    minutes: p.minutes,
    where: p.where,
    returnPlan: p.returnPlan,
    tether: p.tether,
    partnerTether: p.partnerTether,
    proposedMinutes: p.proposedMinutes,
    proposalUsed: p.proposalUsed,
    requestedAt: iso(p.requestedAt)!,
    startedAt: iso(p.startedAt),
    endsAt: iso(p.endsAt),
    extensionsLeft: PAUSE_RULES.maxExtensions - p.extensions,
    breathsPerMinute: p.breathsPerMinute,
    paceAnchorAt: iso(p.paceAnchorAt),
    myCheckIn: mine ? { feeling: mine.feeling, nextStep: mine.nextStep } : null,
    partnerCheckIn: theirs ? { nextStep: theirs.nextStep } : null,
    endedAt: iso(p.endedAt),
    onTime: p.onTime,
    returnTiming: p.status === 'reconnected' && p.endsAt !== null && p.endedAt !== null ? returnTiming(p.endsAt, p.endedAt) : null,
  };
}

function routes(api: Api, ctx: AppContext): void {
  api.get(
    '/api/pause',
    {
      config: { access: 'couple' },
      schema: { tags, description: 'The live pause, or the most recent one; serverNow lets both screens share one clock.', response: { 200: pauseAnswer } },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const { row, seq } = await scope.readWithSeq(async (tx) => ({ row: (await q.livePause(tx)) ?? (await q.latestPause(tx)) }));
      return { pause: viewPause(row, scope.userId), serverNow: new Date().toISOString(), seq };
    },
  );

  api.post(
    '/api/pause/commands',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'One step of the pause: request, propose, accept, cancel, not_now (the partner\'s gentle no), extend, ready, more_time, pace. Idempotent by commandId.',
        body: commandBody,
        response: { 200: pauseAnswer, 400: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const { commandId, command: input } = request.body;
      let command: PauseCommand;
      if (input.type === 'request') {
        const [partner] = await scope.query<{ userId: string }>(
          'select user_id as "userId" from couple_members where couple_id = $1 and user_id <> $2',
          [scope.userId],
        );
        if (!partner) throw new Conflict('no_partner', pauseCopy.noPartner);
        command = { ...input, by: scope.userId, partnerId: partner.userId };
      } else if (input.type === 'accept') {
        command = { type: 'accept', by: scope.userId, tether: input.tether ?? null };
      } else {
        command = { ...input, by: scope.userId };
      }
      const { row, seq } = await runPauseCommand(scope, commandId, command, Date.now());
      return { pause: viewPause(row, scope.userId), serverNow: new Date().toISOString(), seq };
    },
  );

  api.get(
    '/api/pause/usual',
    {
      config: { access: 'couple' },
      schema: { tags, description: 'My usual pause, offered as one tap in the moment (mine alone, never my partner’s).', response: { 200: usualPause } },
    },
    async (request) => {
      const saved = await q.usualPause(ctx.db, currentUser(request).userId);
      return saved ? { ...saved, chosen: true } : { ...FIRST_USUAL_PAUSE, chosen: false };
    },
  );

  api.put(
    '/api/pause/usual',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'Keeps these as my usual pause.',
        body: usualPauseBody,
        response: { 200: usualPause, 400: errorBody },
      },
    },
    async (request) => {
      const usual = { ...request.body, tether: request.body.tether || null };
      await q.saveUsualPause(ctx.db, currentUser(request).userId, usual);
      return { ...usual, chosen: true };
    },
  );

  api.post(
    '/api/pause/pulse',
    {
      config: { access: 'couple' },
      schema: { tags, description: 'A wordless "thinking of you" during a pause.', response: { 204: noContent, 409: errorBody } },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        const live = await q.lockLivePause(tx);
        if (!isLive(live?.state ?? null) || live!.state.status === 'requested') {
          throw new Conflict('no_pause', pauseCopy.pulseOutsidePause);
        }
        await tx.append(pauseEvents, { type: 'pause.pulse', actorId: scope.userId, payload: { pauseId: live!.id } });
      });
      return reply.status(204).send(null);
    },
  );
}

export const pauseFeature: Feature = {
  name: 'pause',
  routes,
  start(ctx, log) {
    const clock = new PauseClock(ctx.db, ctx.events);
    return every(1000, () => clock.sweep(), (error) => log.warn({ err: error }, 'pause clock sweep failed'));
  },
};
