import { z } from 'zod';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import type { Feature } from '../../core/http/app';
import type { CoupleScope } from '../../core/couple-scope';
import { errorBody } from '../../core/http/schemas';
import { isValidTimeZone } from '../../core/push/quiet-hours';
import { rhythmEpisodeWeeksSince } from '../pause/reads';
import { repairActionWeeksSince, rhythmRupturesSince } from '../repair/reads';
import { joyWeeksSince, ritualMomentWeeksSince, seasonsInForceSince } from '../practice/reads';
import { insightsView } from './contract';
import { checkInTrendFor } from './check-in-trend';
import { emptyWeekCounts, loopRhythm, weekWindows, type RhythmInput, type WeekCounts } from './rhythm';
import { INSIGHT_WEEKS } from './windows';

const query = z.object({
  weeks: z
    .enum(INSIGHT_WEEKS.map(String) as ['4', '12', '52'])
    .default('4')
    .transform(Number),
  /** The viewer's IANA time zone: weeks run Monday to Monday where they live. */
  tz: z.string().max(64).refine(isValidTimeZone).default('UTC'),
});

const ms = (d: Date) => d.getTime();

/**
 * Loads what the span needs through the owners' reads: signals, pauses, ritual moments, joy and
 * repair actions counted per local week in `timeZone` by the database (the many rows never leave
 * it), ruptures and seasons as rows (time to repair and roles need each one). The reads run side
 * by side rather than in one snapshot: insights are a summary with no live updates (no seq), so a
 * record that lands between two reads only shows on the next look, and on PostgreSQL the reads
 * then share the pool instead of queueing on one connection (bench/insights.bench.ts).
 */
export async function loadRecords(scope: CoupleScope, from: Date, timeZone: string): Promise<{ records: RhythmInput }> {
  const [episodes, ruptures, actionsDone, moments, joy, seasons] = await Promise.all([
    rhythmEpisodeWeeksSince(scope, from, scope.userId, timeZone),
    rhythmRupturesSince(scope, from),
    repairActionWeeksSince(scope, from, timeZone),
    ritualMomentWeeksSince(scope, from, timeZone),
    joyWeeksSince(scope, from, timeZone),
    seasonsInForceSince(scope, from),
  ]);
  const weekly = new Map<string, WeekCounts>();
  const of = (week: string) => {
    let w = weekly.get(week);
    if (!w) weekly.set(week, (w = emptyWeekCounts(week)));
    return w;
  };
  for (const e of episodes) Object.assign(of(e.week), e);
  for (const { week, count } of actionsDone) of(week).actionsDone = count;
  for (const { week, count } of moments) of(week).moments = count;
  for (const { week, count } of joy) of(week).joy = count;
  return {
    records: {
      weekly: [...weekly.values()],
      ruptures: ruptures.map((r) => ({ topic: r.topic, createdAt: ms(r.createdAt), repairedAt: r.repairedAt && ms(r.repairedAt), views: r.views })),
      seasons: seasons.map((s) => ({ startedAt: ms(s.startedAt), endedAt: s.endedAt && ms(s.endedAt) })),
    },
  };
}

export function insightsFeature(): Feature {
  return {
    name: 'insights',
    routes(api: Api, ctx: AppContext) {
      api.get(
        '/api/insights',
        {
          config: { access: 'couple' },
          schema: {
            tags: ['insights'],
            description:
              'How we’re doing over the last 4, 12 or 52 calendar weeks in my time zone: the loop’s rhythm from records we already keep, and who reached and who stepped back per topic. A week with nothing recorded is null (no data), not zero. Only my own feelings; nothing my partner has not shared.',
            querystring: query,
            response: { 200: insightsView, 400: errorBody, 403: errorBody },
          },
        },
        async (request) => {
          const { weeks, tz } = request.query;
          const scope = coupleScope(ctx, request);
          const at = ctx.now();
          const windows = weekWindows(at, tz, weeks);
          const from = new Date(windows[0]!.startMs);
          const [{ records }, checkIn] = await Promise.all([
            loadRecords(scope, from, tz),
            checkInTrendFor(ctx.db, { userId: scope.userId, coupleId: scope.coupleId }, windows.map((w) => w.start), ctx.config.checkin.csi4),
          ]);
          const rhythm = loopRhythm(records, at, tz, weeks, scope.userId);
          return {
            weeks,
            timeZone: tz,
            from: windows[0]!.start,
            to: lastDayOf(windows[windows.length - 1]!.start),
            series: rhythm.weeks.map(({ start, figures, seasonsInForce }) => ({ start, figures, seasonsInForce })),
            totals: rhythm.totals,
            trends: rhythm.trends,
            roles: rhythm.roles,
            checkIn,
          };
        },
      );
    },
  };
}

/** The Sunday of a local week, from its Monday (calendar arithmetic on a date, so no zone can shift it). */
function lastDayOf(isoMonday: string): string {
  const d = new Date(`${isoMonday}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 6);
  return d.toISOString().slice(0, 10);
}
