import { formattingLocale } from '../../../core/i18n/messages';
import type { HowSeen, LatestPause, Rupture, Who } from './api';
import { copy } from './copy';

/**
 * Who reached and who stepped back, as far as our two views agree: a role
 * only one of us named counts; where we named different people, it stays
 * open ('unsure'). Both phones come to the same answer (each in its own words).
 */
export function agreedRoles(rupture: Rupture): { reached: Who; withdrew: Who } {
  const agree = (...named: Array<Who | undefined>): Who => {
    const known = named.filter((w): w is Who => w !== undefined && w !== 'unsure');
    return known.length > 0 && known.every((w) => w === known[0]) ? known[0]! : 'unsure';
  };
  const { myView: mine, partnerView: theirs } = rupture;
  return { reached: agree(mine?.reached, theirs?.reached), withdrew: agree(mine?.withdrew, theirs?.withdrew) };
}

/** Both of us said who reached or who stepped back, and named different people: worth a kind word, not a verdict. */
export function rolesSeenDifferently(mine: HowSeen | null, theirs: HowSeen | null): boolean {
  if (!mine || !theirs) return false;
  const differ = (a: Who, b: Who) => a !== 'unsure' && b !== 'unsure' && a !== b;
  return differ(mine.reached, theirs.reached) || differ(mine.withdrew, theirs.withdrew);
}

/**
 * Ruptures whose roles switched compared with the previous one where a role
 * was known: the one who reached this time stepped back last time (or the
 * other way round). Nobody is locked into one label, so the log points these
 * out. Roles are the ones our views agree on. Input in any order; ids returned.
 */
export function roleReversals(ruptures: readonly Rupture[]): Set<string> {
  const known = (w: Who) => w !== 'unsure';
  const oldestFirst = [...ruptures].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const reversed = new Set<string>();
  let previous: { reached: Who; withdrew: Who } | null = null;
  for (const rupture of oldestFirst) {
    const r = agreedRoles(rupture);
    if (!known(r.reached) && !known(r.withdrew)) continue;
    if (previous) {
      const p = previous;
      const differs = (now: Who, then: Who) => known(now) && known(then) && now !== then;
      const switched =
        differs(r.reached, p.reached) || differs(r.withdrew, p.withdrew) || (known(r.reached) && r.reached === p.withdrew) || (known(r.withdrew) && r.withdrew === p.reached);
      if (switched) reversed.add(rupture.id);
    }
    previous = r;
  }
  return reversed;
}

/** The latest pause, when it ended in reconnection and has not yet been turned into a rupture. */
export function pauseToOffer(pause: LatestPause | null | undefined, ruptures: readonly Rupture[]): LatestPause | null {
  if (!pause || pause.status !== 'reconnected') return null;
  return ruptures.some((r) => r.pauseId === pause.id) ? null : pause;
}

/** One line about where a rupture stands, for its list item: never how long it took. */
export function stageLabel(rupture: Rupture): string {
  const s = copy.status;
  if (rupture.repairedAt) return s.repaired;
  if (rupture.repairId) return s.inRepair;
  return s.notStarted;
}

/** How many ruptures are still open (not yet repaired by both). */
export function openCount(ruptures: readonly Rupture[]): number {
  return ruptures.filter((r) => !r.repairedAt).length;
}

/** A calendar date (yyyy-mm-dd) in the page's language, without shifting it across time zones. */
export function formatDay(day: string, locale: string = formattingLocale()): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}
