import type { Queryable } from '../../core/db/database';
import type { Viewer } from '../../core/viewer';
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
