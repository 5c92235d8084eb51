import type { Queryable } from '../../core/db/database';
import { NotFound } from '../../core/errors';
import { consentInForce, sharedAcross, TherapistScope, type ConsentRow, type TherapistLink } from '../../core/therapist-scope';
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

export interface DeskCouple {
  scope: TherapistScope;
  partners: Array<{ userId: string; name: string }>;
}

/** Rows by their couple, in order. */
const group = <T extends { coupleId: string }>(rows: T[]) => {
  const by = new Map<string, T[]>();
  for (const r of rows) {
    const list = by.get(r.coupleId);
    if (list) list.push(r);
    else by.set(r.coupleId, [r]);
  }
  return by;
};

/**
 * The therapist's couples connected now — each with its consent in force and the partners' names —
 * in three statements however many couples there are (links, members, consent rows), rather than
 * two per couple. With `coupleId`, only that couple, and 404 when the therapist is not connected to
 * it now (never connected, ended, or another therapist's: all look the same).
 */
export async function deskCouples(db: Queryable, therapist: Therapist, coupleId?: string): Promise<DeskCouple[]> {
  const links = await db.query<TherapistLink>(
    `select id, couple_id as "coupleId", started_at as "startedAt", last_session_at as "lastSessionAt", next_session_at as "nextSessionAt"
       from therapist_links where therapist_id = $1 and ended_at is null and ($2::uuid is null or couple_id = $2) order by started_at, id`,
    [therapist.userId, coupleId ?? null],
  );
  if (coupleId && links.length === 0) throw new NotFound();
  if (links.length === 0) return [];
  const [members, consents] = await Promise.all([
    db.query<{ coupleId: string; userId: string; name: string }>(
      `select m.couple_id as "coupleId", m.user_id as "userId", u.display_name as name
         from couple_members m join users u on u.id = m.user_id where m.couple_id = any($1::uuid[]) order by m.joined_at, m.user_id`,
      [links.map((l) => l.coupleId)],
    ),
    db.query<ConsentRow & { linkId: string }>(
      `select link_id as "linkId", user_id as "userId", scope, subject_id as "subjectId", granted, at
         from therapist_consents where link_id = any($1::uuid[]) order by id`,
      [links.map((l) => l.id)],
    ),
  ]);
  const partnersOf = group(members);
  const consentsOf = new Map<string, ConsentRow[]>();
  for (const c of consents) {
    const list = consentsOf.get(c.linkId);
    if (list) list.push(c);
    else consentsOf.set(c.linkId, [c]);
  }
  return links.map((link) => {
    const partners = (partnersOf.get(link.coupleId) ?? []).map(({ userId, name }) => ({ userId, name }));
    const ids = partners.map((p) => p.userId);
    return { scope: new TherapistScope(therapist, link, ids, consentInForce(consentsOf.get(link.id) ?? [], ids), db), partners };
  });
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
    loopActivityWeeksSince(sharedAcross(db, scopes, 'loop'), from, timeZone, new Date(windows[0]!.startMs)).then(group),
    repairTimesSince(sharedAcross(db, scopes, 'repair'), from).then(group),
    practiceCountsSince(sharedAcross(db, scopes, 'practice'), from).then(group),
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
