import type { CoupleScope, ScopedTx } from '../../core/couple-scope';

/**
 * Practice's server front door: the reads other features may make of its tables (rituals and
 * their moments, the joy log, seasons). Server-only — the client reaches practice through
 * contract.ts and the API. Only times are read: titles, joy words and photos stay here.
 */

type CoupleQueries = CoupleScope | ScopedTx;

/** When each ritual moment kept since `from` happened: a moment "together" counts once the partner confirmed it. */
export async function ritualMomentsKeptSince(scope: CoupleQueries, from: Date): Promise<Date[]> {
  const rows = await scope.query<{ at: Date }>(
    `select created_at as at from ritual_moments where couple_id = $1 and confirmed_at is not null and created_at >= $2 order by created_at`,
    [from],
  );
  return rows.map((r) => r.at);
}

/** When each joy entry since `from` was written. */
export async function joyMomentsSince(scope: CoupleQueries, from: Date): Promise<Date[]> {
  const rows = await scope.query<{ at: Date }>(`select created_at as at from joy_entries where couple_id = $1 and created_at >= $2 order by created_at`, [from]);
  return rows.map((r) => r.at);
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
