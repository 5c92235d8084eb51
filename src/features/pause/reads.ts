import type { CoupleQueries, CouplesQueries, ScopedTx } from '../../core/couple-scope';
import { pauseById } from './queries';

/**
 * Pause's server front door: the reads (and the one write) other features may make of its
 * tables. Server-only — the client reaches pause through contract.ts and the API.
 *
 * Pause owns `episodes`, the couple's timeline of hard moments. Both a signal and a pause open
 * an episode, but everything an episode carries beyond its opening (minutes, outcome, on time)
 * is the pause's lifecycle, so the table lives here rather than in core, which holds no domain:
 * a signal opens its episode through `openSignalEpisode`, and practice reads the timeline
 * through `episodesSince` and `pauseMinutesThisMonth`.
 */

export interface EpisodeSummary {
  id: string;
  kind: 'signal' | 'pause';
  startedAt: Date;
  minutes: number | null;
}

export async function pauseExists(scope: CoupleQueries, pauseId: string): Promise<boolean> {
  return (await pauseById(scope, pauseId)) !== null;
}

/** The couple's most recent episodes started after `from`, newest first. */
export function episodesSince(scope: CoupleQueries, from: Date, limit: number): Promise<EpisodeSummary[]> {
  return scope.query<EpisodeSummary>(
    `select id, kind, started_at as "startedAt", minutes from episodes where couple_id = $1 and started_at > $2 order by started_at desc limit $3`,
    [from, limit],
  );
}

export async function episodeExists(scope: CoupleQueries, episodeId: string): Promise<boolean> {
  const rows = await scope.query('select 1 from episodes where couple_id = $1 and id = $2', [episodeId]);
  return rows.length > 0;
}

/** Minutes the couple spent in pauses since the start of this calendar month (the database's month). */
export async function pauseMinutesThisMonth(scope: CoupleQueries): Promise<number> {
  const [row] = await scope.query<{ minutes: number }>(
    `select coalesce(sum(minutes), 0)::int as minutes from episodes where couple_id = $1 and kind = 'pause' and started_at > date_trunc('month', now())`,
  );
  return row!.minutes;
}

/** A signal opens its episode in the same transaction that records the signal. */
export async function openSignalEpisode(tx: ScopedTx, signal: { id: string; senderId: string | null }): Promise<void> {
  // Started when the signal was made: in one transaction now() is one instant, the signal's created_at too.
  await tx.query(`insert into episodes (couple_id, kind, signal_id, started_by, started_at) values ($1, 'signal', $2, $3, now())`, [signal.id, signal.senderId]);
}

/** The couple's signals and pauses in one local week, as the insights count them. */
export interface RhythmEpisodeWeek {
  /** The week's Monday in the viewer's zone, yyyy-mm-dd. */
  week: string;
  signals: number;
  pauses: number;
  /** Pauses that ended with the two reconnecting, and how many of those came back on time. */
  pausesReconnected: number;
  pausesOnTime: number;
  /** Sum and count of the viewer's own check-in feelings after reconnecting (0 calm … 10 very activated). */
  feelingSum: number;
  feelingCount: number;
}

/**
 * The couple's signals and pauses started at or after `from`, counted per calendar week (Monday
 * 00:00 to Monday 00:00) in `timeZone`, oldest first; weeks with none are left out. Check-in
 * feelings are private: this reads only `viewerId`'s, never the partner's.
 *
 * A busy couple has ~1,500 episodes a year: the database counts them rather than sending each
 * (bench/insights.bench.ts).
 */
export function rhythmEpisodeWeeksSince(scope: CoupleQueries, from: Date, viewerId: string, timeZone: string): Promise<RhythmEpisodeWeek[]> {
  return scope.query<RhythmEpisodeWeek>(
    `select to_char(date_trunc('week', e.started_at at time zone $4), 'YYYY-MM-DD') as week,
            count(*) filter (where e.kind = 'signal')::int as signals,
            count(*) filter (where e.kind = 'pause')::int as pauses,
            count(*) filter (where e.kind = 'pause' and e.outcome = 'reconnected')::int as "pausesReconnected",
            count(*) filter (where e.kind = 'pause' and e.outcome = 'reconnected' and e.on_time)::int as "pausesOnTime",
            coalesce(sum(f.feeling) filter (where e.kind = 'pause' and e.outcome = 'reconnected'), 0)::int as "feelingSum",
            count(f.feeling) filter (where e.kind = 'pause' and e.outcome = 'reconnected')::int as "feelingCount"
       from episodes e
       left join pauses p on p.couple_id = $1 and p.id = e.pause_id
       left join lateral (select (p.state->'checkIns'->$3->>'feeling')::int as feeling) f on true
      where e.couple_id = $1 and e.started_at >= $2
      group by 1 order by 1`,
    [from, viewerId, timeZone],
  );
}

/** One couple's signals and pauses in one local week: counts and the last start, no words. */
export interface LoopActivityWeek {
  coupleId: string;
  /** The week's Monday in the reader's zone, yyyy-mm-dd; null for everything before `weeksFrom`, counted together. */
  week: string | null;
  signals: number;
  pauses: number;
  /** Pauses that ended with the two reconnecting. */
  reconnected: number;
  lastSignalAt: Date | null;
  lastPauseAt: Date | null;
}

/**
 * For each couple of `couples`, its signals and pauses started at or after `sinceOf(couple)`, in
 * one statement for all of them: from `weeksFrom` on counted per calendar week in `timeZone` (weeks
 * with none left out), anything earlier in one row (placing every row of a year in its local week
 * was most of the desk's time: bench/desk.bench.ts). Only counts and times: no note, tether or
 * check-in of either partner is read.
 */
export function loopActivityWeeksSince(couples: CouplesQueries, sinceOf: (coupleId: string) => Date, timeZone: string, weeksFrom: Date): Promise<LoopActivityWeek[]> {
  if (couples.coupleIds.length === 0) return Promise.resolve([]);
  return couples.query<LoopActivityWeek>(
    // Per couple inside a lateral, so each couple is an index range read (a plain join hashed every episode of every couple).
    `select f.couple_id as "coupleId", w.*
       from unnest($1::uuid[], $2::timestamptz[]) as f(couple_id, since)
       cross join lateral (
         select case when e.started_at >= $4 then to_char(date_trunc('week', e.started_at at time zone $3), 'YYYY-MM-DD') end as week,
                count(*) filter (where e.kind = 'signal')::int as signals,
                count(*) filter (where e.kind = 'pause')::int as pauses,
                count(*) filter (where e.kind = 'pause' and e.outcome = 'reconnected')::int as reconnected,
                max(e.started_at) filter (where e.kind = 'signal') as "lastSignalAt",
                max(e.started_at) filter (where e.kind = 'pause') as "lastPauseAt"
           from episodes e where e.couple_id = f.couple_id and e.started_at >= f.since group by 1) w
      order by 1, 2`,
    [couples.coupleIds.map(sinceOf), timeZone, weeksFrom],
  );
}
