import type { CoupleQueries, CouplesQueries } from '../../core/couple-scope';

/**
 * Practice's server front door: the reads other features may make of its tables (rituals and
 * their moments, the joy log, seasons). Server-only — the client reaches practice through
 * contract.ts and the API. Only times are read: titles, joy words and photos stay here.
 */

/** How many of something happened in one local week (Monday 00:00 in the viewer's zone). */
export interface WeekCount {
  /** The week's Monday, yyyy-mm-dd. */
  week: string;
  count: number;
}

/**
 * Ritual moments kept at or after `from`, counted per calendar week in `timeZone`, oldest first (weeks
 * with none left out). A moment "together" counts once the partner confirmed it.
 */
export function ritualMomentWeeksSince(scope: CoupleQueries, from: Date, timeZone: string): Promise<WeekCount[]> {
  return scope.query<WeekCount>(
    `select to_char(date_trunc('week', created_at at time zone $3), 'YYYY-MM-DD') as week, count(*)::int as count
       from ritual_moments where couple_id = $1 and confirmed_at is not null and created_at >= $2 group by 1 order by 1`,
    [from, timeZone],
  );
}

/** Joy entries written at or after `from`, counted per calendar week in `timeZone`, oldest first. */
export function joyWeeksSince(scope: CoupleQueries, from: Date, timeZone: string): Promise<WeekCount[]> {
  return scope.query<WeekCount>(
    `select to_char(date_trunc('week', created_at at time zone $3), 'YYYY-MM-DD') as week, count(*)::int as count
       from joy_entries where couple_id = $1 and created_at >= $2 group by 1 order by 1`,
    [from, timeZone],
  );
}

export interface SeasonSpan {
  startedAt: Date;
  /** null while the season is still in force. */
  endedAt: Date | null;
}

/**
 * Seasons both partners agreed to (never one only proposed, nor one ended before both agreed) that were in force at some time since
 * `from`. A season has no separate "agreed at", so it counts from when it was proposed.
 */
export function seasonsInForceSince(scope: CoupleQueries, from: Date): Promise<SeasonSpan[]> {
  return scope.query<SeasonSpan>(
    `select created_at as "startedAt", ended_at as "endedAt" from seasons
      where couple_id = $1 and (status = 'active' or (status = 'ended' and cardinality(accepted_by) >= 2)) and (ended_at is null or ended_at >= $2) order by created_at`,
    [from],
  );
}

/**
 * For each couple of `couples`, the ritual moments kept (a moment together once the partner
 * confirmed it) and joy entries written at or after `sinceOf(couple)`: counts only, in one statement.
 */
export function practiceCountsSince(couples: CouplesQueries, sinceOf: (coupleId: string) => Date): Promise<Array<{ coupleId: string; moments: number; joy: number }>> {
  if (couples.coupleIds.length === 0) return Promise.resolve([]);
  return couples.query<{ coupleId: string; moments: number; joy: number }>(
    `select f.couple_id as "coupleId",
            (select count(*)::int from ritual_moments m where m.couple_id = f.couple_id and m.confirmed_at is not null and m.created_at >= f.since) as moments,
            (select count(*)::int from joy_entries j where j.couple_id = f.couple_id and j.created_at >= f.since) as joy
       from unnest($1::uuid[], $2::timestamptz[]) as f(couple_id, since)`,
    [couples.coupleIds.map(sinceOf)],
  );
}
