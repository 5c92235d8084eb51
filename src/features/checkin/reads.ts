import type { Queryable } from '../../core/db/database';
import type { Viewer } from '../../core/viewer';
import { scoreCsi4, type Csi4Answers } from './csi4';
import { weeksSeenBy } from './queries';
import type { LoopAnswers } from './questions';

/** What the numbers mean, for a reader that shows a trend: the scales and which way is easier. */
export { LOOP_KEYS, LOOP_MAX, LOOP_DIRECTION, type LoopKey, type LoopAnswers } from './questions';
export const CSI4_RANGE = { min: 0, max: 21 } as const;

/**
 * The check-in's server front door for other features (insights): scoped reads only, never its
 * tables. Server-only.
 */
export interface CheckinWeek {
  /** The Monday of the week (YYYY-MM-DD), on each author's own wall clock. */
  weekStart: string;
  /** My CSI-4 total (0–21; null when skipped, partial or switched off) and my loop answers; null when I did not check in. */
  mine: { csi4Total: number | null; loop: LoopAnswers } | null;
  /** My partner's, only where they shared it with me or it was revealed together; otherwise null (never "answered privately"). */
  partner: { csi4Total: number | null; loop: LoopAnswers } | null;
}

/** Every week from `fromWeek` (a Monday, YYYY-MM-DD) on that holds anything the viewer may see, oldest first. */
export async function checkinsSince(db: Queryable, viewer: Viewer, fromWeek: string): Promise<CheckinWeek[]> {
  const weeks = await weeksSeenBy(db, viewer, fromWeek);
  return weeks
    .map((w) => ({
      weekStart: w.weekStart,
      mine: w.mine && { csi4Total: w.mine.csi4Total, loop: w.mine.loop },
      partner: w.partner?.state === 'shown' ? { csi4Total: w.partner.csi4Total, loop: w.partner.loop } : null,
    }))
    .filter((w) => w.mine || w.partner);
}

/** One of a person's own weeks, as answered in one space. */
export interface OwnCheckinWeek {
  userId: string;
  weekStart: string;
  csi4Total: number | null;
  loop: LoopAnswers;
}

/**
 * Each viewer's own check-ins answered in their current space from `fromWeek` (a Monday) on,
 * oldest first, in one statement for all of them: only each one's rows, never what a partner shared
 * with them (for a reader each viewer chose to show their own answers to).
 */
export async function ownCheckinsSince(db: Queryable, viewers: readonly Viewer[], fromWeek: string): Promise<OwnCheckinWeek[]> {
  if (viewers.length === 0) return [];
  const rows = await db.query<{ userId: string; weekStart: string; csi4: Csi4Answers | null; loop: LoopAnswers }>(
    `select c.user_id as "userId", to_char(c.week_start, 'YYYY-MM-DD') as "weekStart", c.csi4, c.loop
       from unnest($1::uuid[], $2::uuid[]) as v(user_id, couple_id)
       join checkins c on c.user_id = v.user_id and c.couple_id = v.couple_id and c.week_start >= $3::date
      order by c.user_id, c.week_start`,
    [viewers.map((v) => v.userId), viewers.map((v) => v.coupleId), fromWeek],
  );
  return rows.map((r) => ({ userId: r.userId, weekStart: r.weekStart, csi4Total: scoreCsi4(r.csi4), loop: r.loop }));
}
