import type { Queryable } from '../../core/db/database';
import { NotFound } from '../../core/errors';
import { groupBy, scopesForTherapist, sharedAcross, type ScopedCouple } from '../../core/therapist-scope';
import { ownCheckinsSince } from '../checkin/reads';
import { homeworkProgressSince } from '../homework/reads';
import { checkInReading, hoursToRepair, median, weekWindows } from '../insights/reads';
import { loopActivityWeeksSince } from '../pause/reads';
import { practiceCountsSince } from '../practice/reads';
import { repairTimesSince } from '../repair/reads';
import type { CoupleOverview } from './contract';

/** Weeks the small trend lines cover. */
export const TREND_WEEKS = 8;

export interface Therapist {
  userId: string;
  displayName: string;
}

export type DeskCouple = ScopedCouple;

const byCouple = (row: { coupleId: string }) => row.coupleId;

/** The therapist's couples connected now; with `coupleId`, that one, or 404 when not connected to it now. */
export async function deskCouples(db: Queryable, therapist: Therapist, coupleId?: string): Promise<DeskCouple[]> {
  const couples = await scopesForTherapist(db, therapist, coupleId);
  if (coupleId && couples.length === 0) throw new NotFound();
  return couples;
}

/** The couple as a note's label keeps them: "Ada & Bo". */
export const coupleLabel = (partners: DeskCouple['partners']): string => partners.map((p) => p.name).join(' & ') || 'A couple';

/** Homework since the last session, when shared and something was assigned (a desk shows no "0 of 0"). */
const homeworkLine = (row: { assigned: number; done: number } | undefined) => (row && row.assigned > 0 ? { assigned: row.assigned, done: row.done } : null);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** "What changed" counts from the last session, or from connecting while there was none (or it is still to come). */
export function sinceOf(link: DeskCouple['scope']['link'], now: number): Date {
  return link.lastSessionAt && link.lastSessionAt.getTime() <= now ? link.lastSessionAt : link.startedAt;
}


/**
 * What changed for each couple since its last session (or since connecting): only what each couple
 * consents to, each kind of record read once for all the couples through its owning feature's
 * set-based read (a desk of 200 couples is a handful of statements, not a thousand). Counts, times
 * and each consenting partner's own check-ins; nothing ranked or scored.
 */
export async function overviewsOf(db: Queryable, couples: readonly DeskCouple[], now: number, timeZone: string): Promise<CoupleOverview[]> {
  const scopes = couples.map((c) => c.scope);
  const since = new Map(scopes.map((s) => [s.coupleId, sinceOf(s.link, now)]));
  const from = (id: string) => since.get(id)!;
  const windows = weekWindows(now, timeZone, TREND_WEEKS);
  const [checkins, loop, repair, practice, homework] = await Promise.all([
    ownCheckinsSince(
      db,
      scopes.flatMap((s) => s.consentingTo('checkins')),
      windows[0]!.start,
    ),
    loopActivityWeeksSince(sharedAcross(db, scopes, 'loop'), from, timeZone, new Date(windows[0]!.startMs)).then((rows) => groupBy(rows, byCouple)),
    repairTimesSince(sharedAcross(db, scopes, 'repair'), from).then((rows) => groupBy(rows, byCouple)),
    practiceCountsSince(sharedAcross(db, scopes, 'practice'), from).then((rows) => groupBy(rows, byCouple)),
    homeworkProgressSince(sharedAcross(db, scopes, 'practice'), from).then((rows) => new Map(rows.map((r) => [r.coupleId, r]))),
  ]);
  const checkinsOf = new Map<string, typeof checkins>();
  for (const w of checkins) {
    const list = checkinsOf.get(w.userId);
    if (list) list.push(w);
    else checkinsOf.set(w.userId, [w]);
  }
  return couples.map(({ scope, partners }) => {
    const { link, coupleId } = scope;
    const start = from(coupleId);
    const counts = practice.get(coupleId)?.[0];
    return {
      coupleId,
      partners,
      linkStartedAt: link.startedAt.toISOString(),
      lastSessionAt: iso(link.lastSessionAt),
      nextSessionAt: iso(link.nextSessionAt),
      since: start.toISOString(),
      shared: { map: scope.allows('map'), loop: scope.allows('loop'), repair: scope.allows('repair'), practice: scope.allows('practice') },
      checkins: scope.consentingTo('checkins').map(({ userId }) => {
        const weeks = checkinsOf.get(userId) ?? [];
        const byWeek = new Map(weeks.map((w) => [w.weekStart, w.csi4Total]));
        return {
          userId,
          name: partners.find((p) => p.userId === userId)?.name ?? '',
          weeks: weeks.map((w) => ({ weekStart: w.weekStart, csi4Total: w.csi4Total, caught: w.loop.caught ?? null, wayBack: w.loop.wayBack ?? null })),
          trend: checkInReading(windows.map((w) => byWeek.get(w.start) ?? null)).trend,
        };
      }),
      loop: scope.allows('loop') ? loopSummary(loop.get(coupleId) ?? [], windows, start) : null,
      repair: scope.allows('repair') ? repairSummary(repair.get(coupleId) ?? [], start) : null,
      practice: scope.allows('practice') ? { moments: counts?.moments ?? 0, joy: counts?.joy ?? 0 } : null,
      homework: homeworkLine(scope.allows('practice') ? homework.get(coupleId) : undefined),
    };
  });
}

/** One couple's overview (the couple's page and the prep). */
export async function overviewOf(db: Queryable, couple: DeskCouple, now: number, timeZone: string): Promise<CoupleOverview> {
  return (await overviewsOf(db, [couple], now, timeZone))[0]!;
}

type LoopWeeks = Awaited<ReturnType<typeof loopActivityWeeksSince>>;

/** Totals since `since`, the last time of each, and a zero-filled weekly line over the recent weeks inside the span. Pure. */
export function loopSummary(weeks: LoopWeeks, windows: Array<{ start: string; endMs: number }>, since: Date): NonNullable<CoupleOverview['loop']> {
  const sum = (k: 'signals' | 'pauses' | 'reconnected') => weeks.reduce((n, w) => n + w[k], 0);
  const latest = (k: 'lastSignalAt' | 'lastPauseAt') =>
    weeks.reduce<Date | null>((at, w) => (w[k] && (!at || new Date(w[k]!).getTime() > at.getTime()) ? new Date(w[k]!) : at), null);
  const byWeek = new Map(weeks.flatMap((w) => (w.week ? [[w.week, w] as const] : [])));
  return {
    signals: sum('signals'),
    pauses: sum('pauses'),
    reconnected: sum('reconnected'),
    lastSignalAt: iso(latest('lastSignalAt')),
    lastPauseAt: iso(latest('lastPauseAt')),
    weekly: windows
      .filter((w) => w.endMs > since.getTime())
      .map((w) => ({ week: w.start, signals: byWeek.get(w.start)?.signals ?? 0, pauses: byWeek.get(w.start)?.pauses ?? 0 })),
  };
}

/** Rough moments logged since `since`, those repaired since, and the median time to repair (insights' maths). Pure. */
export function repairSummary(ruptures: Awaited<ReturnType<typeof repairTimesSince>>, since: Date): NonNullable<CoupleOverview['repair']> {
  const from = since.getTime();
  const repaired = ruptures.filter((r) => r.repairedAt && new Date(r.repairedAt).getTime() >= from);
  return {
    ruptures: ruptures.filter((r) => new Date(r.createdAt).getTime() >= from).length,
    repaired: repaired.length,
    medianHoursToRepair: median(repaired.map((r) => hoursToRepair(new Date(r.createdAt).getTime(), new Date(r.repairedAt!).getTime()))),
  };
}
