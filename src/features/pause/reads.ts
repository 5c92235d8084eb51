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

/** One signal or pause as the insights see it: when, how it ended, and only the viewer's own feeling after. */
export interface RhythmEpisode {
  kind: 'signal' | 'pause';
  /** Epoch milliseconds. */
  startedAt: number;
  /** A pause's end state ('reconnected', 'cancelled', 'expired'), null while live and for signals. */
  outcome: string | null;
  onTime: boolean | null;
  /** The viewer's own check-in feeling when the two reconnected (0 calm … 10 very activated), null if none. */
  myFeelingAfter: number | null;
}

/**
 * The couple's signals and pauses started at or after `from`, oldest first, for the loop's rhythm.
 * Check-in feelings are private: this reads only `viewerId`'s, never the partner's.
 *
 * A busy couple has ~1,500 episodes a year; they come back as one JSON array of tuples rather than
 * a row each, which halves the read on the embedded database (bench/insights.bench.ts).
 */
export async function rhythmEpisodesSince(scope: CoupleQueries, from: Date, viewerId: string): Promise<RhythmEpisode[]> {
  const [row] = await scope.query<{ episodes: Array<[RhythmEpisode['kind'], number, string | null, boolean | null, number | null]> }>(
    `select coalesce(json_agg(json_build_array(
              e.kind, (extract(epoch from e.started_at) * 1000)::float8, e.outcome, e.on_time,
              case when e.outcome = 'reconnected' then (p.state->'checkIns'->$3->>'feeling')::int end
            ) order by e.started_at), '[]'::json) as episodes
       from episodes e left join pauses p on p.couple_id = $1 and p.id = e.pause_id
      where e.couple_id = $1 and e.started_at >= $2`,
    [from, viewerId],
  );
  return row!.episodes.map(([kind, startedAt, outcome, onTime, myFeelingAfter]) => ({ kind, startedAt, outcome, onTime, myFeelingAfter }));
}
