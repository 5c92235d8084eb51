import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { every } from '../../core/background';
import { BadRequest } from '../../core/errors';
import type { Feature } from '../../core/http/app';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, iso, noContent } from '../../core/http/schemas';
import { readWithSeq, seqOf } from '../../core/realtime/view-seq';
import type { Queryable } from '../../core/db/database';
import { PersonalScope, personalScope, shareInto, type Viewer } from '../../core/viewer';
import { checkinCopy } from './copy';
import { exportMyCheckins } from './export-mine';
import { checkinBody, checkinEvents, checkinWeekView, dayBody, reminderBody, timeZone, type CheckinWeekView } from './contract';
import { checkinDay, weeksSeenBy } from './queries';
import { CheckinReminders, rescheduleReminders } from './reminders';
import { weekStartOf, weekdayOf } from './week';

const tags = ['checkin'];
const couple = { access: 'couple' as const };
const DEFAULT_REMINDER_TIME = '19:00';

/** This week's check-in as `viewer` sees it, at `now` on their own wall clock. */
async function weekView(db: Queryable, viewer: Viewer, zone: string, now: number, csi4Enabled: boolean): Promise<Omit<CheckinWeekView, 'seq'>> {
  const weekStart = weekStartOf(now, zone);
  const [week] = await weeksSeenBy(db, viewer, weekStart, weekStart);
  const [reminder] = await new PersonalScope(viewer, db).query<{ enabled: boolean; localTime: string }>(
    'select enabled, local_time as "localTime" from checkin_reminders where user_id = $1 and couple_id = $2',
  );
  return {
    weekStart,
    csi4Enabled,
    day: await checkinDay(db, viewer),
    today: weekdayOf(now, zone),
    mine: week?.mine ? { ...week.mine, answeredAt: iso(week.mine.answeredAt) } : null,
    partner: week?.partner ?? null,
    reminder: reminder ? { enabled: reminder.enabled, localTime: reminder.localTime } : { enabled: false, localTime: DEFAULT_REMINDER_TIME },
  };
}

/**
 * The weekly check-in. Answers are personal rows (the viewer's scope: `$1` the person, `$2` their
 * space now); the day is the couple's. A private week appends no event and sends no push: nothing
 * the partner's devices receive changes when I answer privately (decision 0016).
 */
function routes(api: Api, ctx: AppContext): void {
  const csi4Enabled = ctx.config.checkin.csi4;
  const viewerOf = (request: FastifyRequest) => personalScope(ctx.db, request).viewer;

  api.get(
    '/api/checkins/week',
    {
      config: couple,
      schema: {
        tags,
        description: 'This week’s check-in (the week on my own wall clock): my answers, and my partner’s only where they shared them or they were revealed together.',
        querystring: z.object({ timeZone }),
        response: { 200: checkinWeekView, 400: errorBody },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      return readWithSeq(ctx.db, viewer.coupleId, (tx) => weekView(tx, viewer, request.query.timeZone, ctx.now(), csi4Enabled));
    },
  );

  api.put(
    '/api/checkins/week',
    {
      config: couple,
      schema: {
        tags,
        description:
          'Answers (or changes) this week’s check-in. Private unless `sharing` says otherwise; “reveal together” shows both partners’ answers once both have answered and share. A private week tells my partner nothing, not even that I answered.',
        body: checkinBody,
        response: { 200: checkinWeekView, 400: errorBody },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const b = request.body;
      if (b.csi4 && !csi4Enabled) throw new BadRequest('csi4_off', checkinCopy.rejections.csi4Off);
      const now = ctx.now();
      const weekStart = weekStartOf(now, b.timeZone);
      return ctx.db.transaction(async (tx) => {
        const scope = new PersonalScope(viewer, tx);
        const [before] = await scope.query<{ sharedHere: boolean }>(
          'select coalesce(shared_in = $2, false) as "sharedHere" from checkins where user_id = $1 and week_start = $3::date for update',
          [weekStart],
        );
        const shared = b.sharing !== 'private';
        await scope.query(
          `insert into checkins (user_id, couple_id, week_start, time_zone, csi4, loop, sharing, shared_in)
           values ($1, $2, $3::date, $4, $5::jsonb, $6::jsonb, $7, ${shareInto('$8::boolean')})
           on conflict (user_id, week_start) do update
             set couple_id = excluded.couple_id, time_zone = excluded.time_zone, csi4 = excluded.csi4, loop = excluded.loop,
                 sharing = excluded.sharing, shared_in = excluded.shared_in, answered_at = now()`,
          [weekStart, b.timeZone, b.csi4 ? JSON.stringify(b.csi4) : null, JSON.stringify(b.loop), b.sharing, shared],
        );
        // Only a shared week is news for my partner; a week that was shared and is no longer is taken back.
        const wasSharedHere = before?.sharedHere === true;
        if (viewer.coupleId && shared) await ctx.events.append(tx, checkinEvents, { coupleId: viewer.coupleId, type: 'checkin.answered', actorId: viewer.userId, payload: { weekStart } });
        else if (viewer.coupleId && wasSharedHere) await ctx.events.append(tx, checkinEvents, { coupleId: viewer.coupleId, type: 'checkin.withdrawn', actorId: viewer.userId, payload: { weekStart } });
        const seq = await seqOf(tx, viewer.coupleId);
        return { ...(await weekView(tx, viewer, b.timeZone, now, csi4Enabled)), seq };
      });
    },
  );

  api.put(
    '/api/checkins/day',
    { config: couple, schema: { tags, description: 'The couple’s check-in day (ISO weekday, 1 = Monday), or null for none. Either partner may change it.', body: dayBody, response: { 204: noContent, 400: errorBody } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        const { weekday } = request.body;
        if (weekday === null) await tx.query('delete from checkin_days where couple_id = $1');
        else
          await tx.query(
            `insert into checkin_days (couple_id, weekday) values ($1, $2) on conflict (couple_id) do update set weekday = excluded.weekday, updated_at = now()`,
            [weekday],
          );
        await rescheduleReminders(tx, ctx.now());
        await tx.append(checkinEvents, { type: 'checkin.day_set', actorId: scope.userId, payload: { weekday } });
      });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/checkins/reminder',
    {
      config: couple,
      schema: { tags, description: 'My own gentle reminder on our check-in day, at a local time in my zone; only to me, and only while I have not checked in that week.', body: reminderBody, response: { 204: noContent, 400: errorBody } },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const { enabled, localTime, timeZone: zone } = request.body;
      await scope.transaction(async (tx) => {
        await tx.query(
          `insert into checkin_reminders (couple_id, user_id, enabled, local_time, time_zone) values ($1, $2, $3, $4, $5)
           on conflict (user_id) do update set couple_id = excluded.couple_id, enabled = excluded.enabled, local_time = excluded.local_time, time_zone = excluded.time_zone`,
          [scope.userId, enabled, localTime, zone],
        );
        await rescheduleReminders(tx, ctx.now());
      });
      return reply.status(204).send(null);
    },
  );
}

export const checkinFeature: Feature = {
  name: 'checkin',
  routes,
  exportMine: exportMyCheckins,
  start(ctx, log) {
    const reminders = new CheckinReminders(ctx.db, ctx.events);
    return every(15_000, () => reminders.sweep(ctx.now()), (error) => log.warn({ err: error }, 'check-in reminder sweep failed'));
  },
};
