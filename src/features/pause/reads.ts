import type { CoupleScope, ScopedTx } from '../../core/couple-scope';
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

type CoupleQueries = CoupleScope | ScopedTx;

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
export async function openSignalEpisode(tx: ScopedTx, signal: { id: string; senderId: string | null; createdAt: Date }): Promise<void> {
  await tx.query(`insert into episodes (couple_id, kind, signal_id, started_by, started_at) values ($1, 'signal', $2, $3, $4)`, [
    signal.id,
    signal.senderId,
    signal.createdAt,
  ]);
}
