import { z } from 'zod';
import { Conflict, Forbidden, NotFound } from '../../core/errors';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso, noContent } from '../../core/http/schemas';
import { isValidTimeZone } from '../../core/push/quiet-hours';
import { joyBalance } from './balance';
import { inLocale } from '../../core/http/locale';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import { RITUAL_KEYS, practiceCopy, ritualTitle } from './copy';
import { isValidLocalTime, nextOccurrence } from './schedule';
import { created, practiceEvents, practiceSummary, reminderSaved, ritualList } from './contract';
import { pauseMinutesThisMonth } from '../pause/reads';
import { ruptureCountThisMonth } from '../repair/reads';

const tags = ['practice'];

/** Rituals the couple keeps, each partner's own reminders, and the moments they share. */
export function ritualRoutes(api: Api, ctx: AppContext): void {
  const couple = { access: 'couple' as const };

  api.get('/api/rituals', { config: couple, schema: { tags, response: { 200: ritualList } } }, async (request) => {
    const scope = coupleScope(ctx, request);
    return scope.readWithSeq(async (tx) => {
      const rows = await tx.query<{ id: string; libraryKey: (typeof RITUAL_KEYS)[number] | null; title: string; localTime: string | null; weekdays: number[] | null; timeZone: string | null; enabled: boolean | null; nextDueAt: Date | null }>(
        `select t.id, t.library_key as "libraryKey", t.title, r.local_time as "localTime", r.weekdays, r.time_zone as "timeZone", r.enabled, r.next_due_at as "nextDueAt"
           from rituals t left join ritual_reminders r on r.ritual_id = t.id and r.user_id = $2
          where t.couple_id = $1 order by t.created_at`,
        [scope.userId],
      );
      return {
        rituals: rows.map((r) => ({
          id: r.id,
          libraryKey: r.libraryKey,
          title: ritualTitle(r.libraryKey, r.title),
          myReminder: r.localTime ? { localTime: r.localTime, weekdays: r.weekdays ?? [], timeZone: r.timeZone!, enabled: r.enabled ?? false, nextDueAt: iso(r.nextDueAt) } : null,
        })),
      };
    });
  });

  api.post(
    '/api/rituals',
    { config: couple, schema: { tags, description: 'Keep a ritual from our library, or one of your own.', body: z.union([z.object({ libraryKey: z.enum(RITUAL_KEYS) }), z.object({ title: z.string().trim().min(3).max(120) })]), response: { 201: created } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const body = request.body;
      const key = 'libraryKey' in body ? body.libraryKey : null;
      // A library ritual keeps its English title; each reader sees it in their own language (ritualTitle).
      const title = key ? inLocale(SOURCE_LOCALE, () => practiceCopy.ritualLibrary[key].title) : (body as { title: string }).title;
      const id = await scope.transaction(async (tx) => {
        const [row] = await tx.query<{ id: string }>('insert into rituals (couple_id, library_key, title, created_by) values ($1, $2, $3, $4) returning id', [key, title, scope.userId]);
        await tx.append(practiceEvents, { type: 'ritual.kept', actorId: scope.userId, payload: { ritualId: row!.id } });
        return row!.id;
      });
      reply.status(201);
      return { id };
    },
  );

  api.delete('/api/rituals/:id', { config: couple, schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const scope = coupleScope(ctx, request);
    await scope.transaction(async (tx) => {
      const rows = await tx.query('delete from rituals where couple_id = $1 and id = $2 returning id', [request.params.id]);
      if (rows.length === 0) throw new NotFound(practiceCopy.errors.notFound);
      await tx.append(practiceEvents, { type: 'ritual.let_go', actorId: scope.userId, payload: { ritualId: request.params.id } });
    });
    return reply.status(204).send(null);
  });

  api.put(
    '/api/rituals/:id/reminder',
    {
      config: couple,
      schema: {
        tags,
        description: 'My own reminder for this ritual, at a local time on chosen weekdays (1 = Monday) in my time zone.',
        params: idParam,
        body: z.object({ localTime: z.string().refine(isValidLocalTime, { error: () => practiceCopy.errors.badTime }), weekdays: z.array(z.number().int().min(1).max(7)).max(7), timeZone: z.string().max(64).refine(isValidTimeZone, { error: () => practiceCopy.errors.badTimeZone }), enabled: z.boolean() }),
        response: { 200: reminderSaved, 404: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const b = request.body;
      const weekdays = [...new Set(b.weekdays)].sort();
      const next = b.enabled ? nextOccurrence({ localTime: b.localTime, weekdays, timeZone: b.timeZone }, Date.now()) : null;
      // Mine alone, so no event; the answer says which seq of the rituals it was saved against.
      const seq = await scope.transaction(async (tx) => {
        const [ritual] = await tx.query('select id from rituals where couple_id = $1 and id = $2', [request.params.id]);
        if (!ritual) throw new NotFound(practiceCopy.errors.notFound);
        await tx.query(
          `insert into ritual_reminders (couple_id, ritual_id, user_id, local_time, weekdays, time_zone, enabled, next_due_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8)
           on conflict (ritual_id, user_id) do update set local_time = $4, weekdays = $5, time_zone = $6, enabled = $7, next_due_at = $8`,
          [request.params.id, scope.userId, b.localTime, weekdays, b.timeZone, b.enabled, next === null ? null : new Date(next)],
        );
        return tx.seq();
      });
      return { localTime: b.localTime, weekdays, timeZone: b.timeZone, enabled: b.enabled, nextDueAt: next === null ? null : new Date(next).toISOString(), seq };
    },
  );

  api.post(
    '/api/rituals/:id/moments',
    { config: couple, schema: { tags, description: 'We did it. A moment “together” counts once the partner confirms it.', params: idParam, body: z.object({ together: z.boolean() }), response: { 201: created, 404: errorBody } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const id = await scope.transaction(async (tx) => {
        const [ritual] = await tx.query('select id from rituals where couple_id = $1 and id = $2', [request.params.id]);
        if (!ritual) throw new NotFound(practiceCopy.errors.notFound);
        const [row] = await tx.query<{ id: string }>(
          `insert into ritual_moments (couple_id, ritual_id, marked_by, together, confirmed_at) values ($1, $2, $3, $4, case when $4 then null else now() end) returning id`,
          [request.params.id, scope.userId, request.body.together],
        );
        await tx.append(practiceEvents, { type: request.body.together ? 'moment.proposed' : 'moment.marked', actorId: scope.userId, payload: { momentId: row!.id, ritualId: request.params.id } });
        return row!.id;
      });
      reply.status(201);
      return { id };
    },
  );

  api.post('/api/moments/:id/confirm', { config: couple, schema: { tags, params: idParam, response: { 204: noContent, 403: errorBody, 404: errorBody, 409: errorBody } } }, async (request, reply) => {
    const scope = coupleScope(ctx, request);
    await scope.transaction(async (tx) => {
      const [moment] = await tx.query<{ markedBy: string | null; together: boolean; confirmedAt: Date | null }>(
        'select marked_by as "markedBy", together, confirmed_at as "confirmedAt" from ritual_moments where couple_id = $1 and id = $2 for update',
        [request.params.id],
      );
      if (!moment) throw new NotFound(practiceCopy.errors.notFound);
      if (!moment.together) throw new Conflict('solo_moment', practiceCopy.errors.soloMoment);
      if (moment.markedBy === scope.userId) throw new Forbidden('own_moment', practiceCopy.errors.ownMoment);
      if (moment.confirmedAt) throw new Conflict('already_confirmed', practiceCopy.errors.alreadyConfirmed);
      await tx.query('update ritual_moments set confirmed_at = now() where couple_id = $1 and id = $2', [request.params.id]);
      await tx.append(practiceEvents, { type: 'moment.shared', actorId: scope.userId, payload: { momentId: request.params.id } });
    });
    return reply.status(204).send(null);
  });

  api.get(
    '/api/practice/summary',
    {
      config: couple,
      schema: {
        tags,
        description: 'Gentle tracking: moments this week, moments waiting for my confirmation, and this month’s joy balance. No streaks.',
        response: { 200: practiceSummary },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      return scope.readWithSeq(async (tx) => {
        const [counts] = await tx.query<{ week: number; monthMoments: number; joy: number }>(
          `select
             (select count(*)::int from ritual_moments where couple_id = $1 and confirmed_at is not null and created_at > now() - interval '7 days') as week,
             (select count(*)::int from ritual_moments where couple_id = $1 and confirmed_at is not null and created_at > date_trunc('month', now())) as "monthMoments",
             (select count(*)::int from joy_entries where couple_id = $1 and created_at > date_trunc('month', now())) as joy`,
        );
        // One after another: the snapshot is one connection.
        const ruptures = await ruptureCountThisMonth(tx);
        const pauseMinutes = await pauseMinutesThisMonth(tx);
        const waiting = await tx.query<{ id: string; ritualId: string; libraryKey: string | null; title: string; createdAt: Date }>(
          `select m.id, m.ritual_id as "ritualId", t.library_key as "libraryKey", t.title, m.created_at as "createdAt" from ritual_moments m join rituals t on t.id = m.ritual_id
            where m.couple_id = $1 and m.together and m.confirmed_at is null and m.marked_by <> $2 and m.created_at > now() - interval '3 days'
            order by m.created_at desc`,
          [scope.userId],
        );
        const c = counts!;
        return {
          momentsThisWeek: c.week,
          waitingForMe: waiting.map(({ libraryKey, ...w }) => ({ ...w, title: ritualTitle(libraryKey, w.title), createdAt: iso(w.createdAt) })),
          balance: joyBalance({ joyEntries: c.joy, ritualMoments: c.monthMoments, problemSolvingMinutes: pauseMinutes, ruptures }),
        };
      });
    },
  );
}
