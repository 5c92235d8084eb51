import type { Queryable } from '../../core/db/database';
import type { CoupleQueries } from '../../core/couple-scope';
import { NotFound } from '../../core/errors';
import { consentInForce, TherapistScope, type ConsentRow, type TherapistLink } from '../../core/therapist-scope';
import { ownCheckinsSince } from '../checkin/reads';
import { checkInReading, hoursToRepair, median, weekWindows } from '../insights/reads';
import { loopActivityWeeksSince } from '../pause/reads';
import { practiceCountsSince } from '../practice/reads';
import { rhythmRupturesSince } from '../repair/reads';
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
  return links.map((link) => {
    const partners = members.filter((m) => m.coupleId === link.coupleId).map(({ userId, name }) => ({ userId, name }));
    const ids = partners.map((p) => p.userId);
    const consent = consentInForce(
      consents.filter((c) => c.linkId === link.id),
      ids,
    );
    return { scope: new TherapistScope(therapist, link, ids, consent, db), partners };
  });
}

/** The couple as a note's label keeps them: "Ada & Bo". */
export const coupleLabel = (partners: DeskCouple['partners']): string => partners.map((p) => p.name).join(' & ') || 'A couple';

/**
 * Homework done since the last session, with `practice` consented. The homework feature's read
 * (`homeworkProgressSince` in homework/reads.ts) is wired here when it lands; until then there is
 * nothing assigned to show, and the desk leaves the line out.
 */
async function homeworkSince(_practice: CoupleQueries, _from: Date): Promise<{ assigned: number; done: number } | null> {
  return null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * What changed for one couple since the last session (or since connecting): only what the couple
 * consents to, each through its owning feature's read. Counts, times and each consenting
 * partner's own check-ins; nothing ranked or scored.
 */
export async function overviewOf(db: Queryable, { scope, partners }: DeskCouple, now: number, timeZone: string): Promise<CoupleOverview> {
  const { link } = scope;
  const since = link.lastSessionAt && link.lastSessionAt.getTime() <= now ? link.lastSessionAt : link.startedAt;
  const windows = weekWindows(now, timeZone, TREND_WEEKS);
  const nameOf = new Map(partners.map((p) => [p.userId, p.name]));
  const [checkins, loop, repair, practice, homework] = await Promise.all([
    Promise.all(
      scope.consentingTo('checkins').map(async (viewer) => {
        const weeks = await ownCheckinsSince(db, viewer, windows[0]!.start);
        const byWeek = new Map(weeks.map((w) => [w.weekStart, w.csi4Total]));
        return {
          userId: viewer.userId,
          name: nameOf.get(viewer.userId) ?? '',
          weeks: weeks.map((w) => ({ weekStart: w.weekStart, csi4Total: w.csi4Total, caught: w.loop.caught ?? null, wayBack: w.loop.wayBack ?? null })),
          trend: checkInReading(windows.map((w) => byWeek.get(w.start) ?? null)).trend,
        };
      }),
    ),
    scope.allows('loop') ? loopActivityWeeksSince(scope.shared('loop'), since, timeZone) : null,
    scope.allows('repair') ? rhythmRupturesSince(scope.shared('repair'), since) : null,
    scope.allows('practice') ? practiceCountsSince(scope.shared('practice'), since) : null,
    scope.allows('practice') ? homeworkSince(scope.shared('practice'), since) : null,
  ]);
  return {
    coupleId: scope.coupleId,
    partners,
    linkStartedAt: link.startedAt.toISOString(),
    lastSessionAt: iso(link.lastSessionAt),
    nextSessionAt: iso(link.nextSessionAt),
    since: since.toISOString(),
    shared: { map: scope.allows('map'), loop: scope.allows('loop'), repair: scope.allows('repair'), practice: scope.allows('practice') },
    checkins,
    loop: loop && loopSummary(loop, windows, since),
    repair: repair && repairSummary(repair, since),
    practice,
    homework,
  };
}

type LoopWeeks = Awaited<ReturnType<typeof loopActivityWeeksSince>>;

/** Totals since `since`, the last time of each, and a zero-filled weekly line over the recent weeks inside the span. Pure. */
export function loopSummary(weeks: LoopWeeks, windows: Array<{ start: string; endMs: number }>, since: Date): NonNullable<CoupleOverview['loop']> {
  const sum = (k: 'signals' | 'pauses' | 'reconnected') => weeks.reduce((n, w) => n + w[k], 0);
  const latest = (k: 'lastSignalAt' | 'lastPauseAt') =>
    weeks.reduce<Date | null>((at, w) => (w[k] && (!at || new Date(w[k]!).getTime() > at.getTime()) ? new Date(w[k]!) : at), null);
  const byWeek = new Map(weeks.map((w) => [w.week, w]));
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
export function repairSummary(ruptures: Awaited<ReturnType<typeof rhythmRupturesSince>>, since: Date): NonNullable<CoupleOverview['repair']> {
  const from = since.getTime();
  const repaired = ruptures.filter((r) => r.repairedAt && new Date(r.repairedAt).getTime() >= from);
  return {
    ruptures: ruptures.filter((r) => new Date(r.createdAt).getTime() >= from).length,
    repaired: repaired.length,
    medianHoursToRepair: median(repaired.map((r) => hoursToRepair(new Date(r.createdAt).getTime(), new Date(r.repairedAt!).getTime()))),
  };
}
