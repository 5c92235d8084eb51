import type { LatestPause, RepairView, Rupture, Who } from './api';
import { copy } from './copy';

/**
 * Ruptures whose roles switched compared with the previous one where both
 * roles were known: the one who reached this time stepped back last time (or
 * the other way round). Nobody is locked into one label, so the log points
 * these out. Input in any order; ids returned.
 */
export function roleReversals(ruptures: readonly Rupture[]): Set<string> {
  const known = (w: Who) => w !== 'unsure';
  const oldestFirst = [...ruptures].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const reversed = new Set<string>();
  let previous: { reached: Who; withdrew: Who } | null = null;
  for (const r of oldestFirst) {
    if (!known(r.reached) && !known(r.withdrew)) continue;
    if (previous) {
      const p = previous;
      const differs = (now: Who, then: Who) => known(now) && known(then) && now !== then;
      const switched =
        differs(r.reached, p.reached) || differs(r.withdrew, p.withdrew) || (known(r.reached) && r.reached === p.withdrew) || (known(r.withdrew) && r.withdrew === p.reached);
      if (switched) reversed.add(r.id);
    }
    previous = { reached: r.reached, withdrew: r.withdrew };
  }
  return reversed;
}

/** "within a minute", "in 12 minutes", "in about 3 hours", "in about 2 days". */
export function formatTimeToRepair(minutes: number): string {
  const d = copy.duration;
  if (minutes < 1) return d.underMinute;
  if (minutes < 60) return d.minutes(minutes);
  if (minutes < 36 * 60) return d.hours(Math.round(minutes / 60));
  return d.days(Math.round(minutes / (24 * 60)));
}

/** The latest pause, when it ended in reconnection and has not yet been turned into a rupture. */
export function pauseToOffer(pause: LatestPause | null | undefined, ruptures: readonly Rupture[]): LatestPause | null {
  if (!pause || pause.status !== 'reconnected') return null;
  return ruptures.some((r) => r.pauseId === pause.id) ? null : pause;
}

export type RuptureStage = 'repaired' | 'revealed' | 'in_repair' | 'not_started';

export function ruptureStage(rupture: Rupture, repair?: RepairView | null): RuptureStage {
  if (rupture.repairedAt) return 'repaired';
  if (repair?.status === 'revealed') return 'revealed';
  if (rupture.repairId) return 'in_repair';
  return 'not_started';
}

/** One line about where a rupture stands, for its list item. */
export function stageLabel(rupture: Rupture): string {
  const s = copy.status;
  if (rupture.repairedAt) return rupture.minutesToRepair === null ? s.repairedShort : s.repaired(formatTimeToRepair(rupture.minutesToRepair));
  if (rupture.repairId) return s.inRepair;
  return s.notStarted;
}

/** How many ruptures are still open (not yet repaired by both). */
export function openCount(ruptures: readonly Rupture[]): number {
  return ruptures.filter((r) => !r.repairedAt).length;
}

/** A calendar date (yyyy-mm-dd) in the reader's locale, without shifting it across time zones. */
export function formatDay(day: string, locale?: string): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}
