import type { Queryable } from '../../core/db/database';
import type { Viewer } from '../../core/viewer';
import { checkinsSince } from '../checkin/reads';
import type { CheckInTrend } from './contract';
import { insightsCopy } from './copy';

/**
 * The weekly check-in's CSI-4 totals for the span's weeks, through the check-in's own read: mine,
 * and my partner's only for weeks they shared or revealed with me. Weeks are keyed by their
 * Monday; each author's Monday is on their own clock, which matches the viewer's almost always.
 * Null when the instrument is switched off, so the screen leaves the section out.
 */
export async function checkInTrendFor(db: Queryable, viewer: Viewer, weekStarts: string[], csi4Enabled: boolean): Promise<CheckInTrend | null> {
  if (!csi4Enabled || weekStarts.length === 0) return null;
  const weeks = new Map((await checkinsSince(db, viewer, weekStarts[0]!)).map((w) => [w.weekStart, w]));
  return {
    label: insightsCopy.charts.checkIn.label,
    weeks: weekStarts.map((start) => ({ start, mine: weeks.get(start)?.mine?.csi4Total ?? null, partner: weeks.get(start)?.partner?.csi4Total ?? null })),
  };
}
