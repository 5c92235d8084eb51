import type { CoupleQueries, CouplesQueries } from '../../core/couple-scope';
import type { Queryable } from '../../core/db/database';
import type { Answers, Repair } from './machine';

/**
 * Repair's server front door: the reads (and the one write) other features may make of its
 * tables. Server-only — the client reaches repair through contract.ts and the API.
 */

/** Ruptures the couple logged since the start of this calendar month (the database's month). */
export async function ruptureCountThisMonth(scope: CoupleQueries): Promise<number> {
  const [row] = await scope.query<{ count: number }>(
    `select count(*)::int as count from ruptures where couple_id = $1 and created_at > date_trunc('month', now())`,
  );
  return row!.count;
}

/**
 * Adds an entry to a person's private journal (repair owns the journal). Used when a space
 * ends and a feature hands its author their own words to keep; the entry is never shared.
 */
export async function keepInJournal(db: Queryable, ownerId: string, text: string): Promise<void> {
  await db.query('insert into journal_entries (owner_id, text) values ($1, $2)', [ownerId, text]);
}

/** How one partner saw who reached and who stepped back in a rupture (this time only). */
export interface RuptureRoleView {
  reachedBy: string | null;
  withdrewBy: string | null;
}

/** A rupture as the insights see it: when, about what, when repaired, and each partner's view of the roles. */
export interface RhythmRupture {
  topic: string;
  createdAt: Date;
  repairedAt: Date | null;
  views: RuptureRoleView[];
}

/**
 * Ruptures logged, or repaired, at or after `from`, oldest first. Both partners' role views are
 * shared with the partner already (the rupture log shows them side by side); notes and repair
 * answers are private and are not read here.
 */
export function rhythmRupturesSince(scope: CoupleQueries, from: Date): Promise<RhythmRupture[]> {
  return scope.query<RhythmRupture>(
    `select r.topic, r.created_at as "createdAt", r.repaired_at as "repairedAt",
            coalesce((select json_agg(json_build_object('reachedBy', v.reached_by, 'withdrewBy', v.withdrew_by) order by v.author_id)
                        from rupture_views v where v.couple_id = $1 and v.rupture_id = r.id), '[]'::json) as views
       from ruptures r
      where r.couple_id = $1 and (r.created_at >= $2 or r.repaired_at >= $2)
      order by r.created_at`,
    [from],
  );
}

/** Repair actions the couple marked done at or after `from`, counted per calendar week (Monday 00:00) in `timeZone`, oldest first. */
export function repairActionWeeksSince(scope: CoupleQueries, from: Date, timeZone: string): Promise<Array<{ week: string; count: number }>> {
  return scope.query<{ week: string; count: number }>(
    `select to_char(date_trunc('week', done_at at time zone $3), 'YYYY-MM-DD') as week, count(*)::int as count
       from repair_actions where couple_id = $1 and done_at >= $2 group by 1 order by 1`,
    [from, timeZone],
  );
}

/** Whether `ruptureId` is one of the couple's ruptures (a partner's consent about one conversation names it). */
export async function ruptureExists(scope: CoupleQueries, ruptureId: string): Promise<boolean> {
  const rows = await scope.query(`select 1 from ruptures where couple_id = $1 and id = $2`, [ruptureId]);
  return rows.length > 0;
}

/**
 * The couple's latest ruptures (id, topic, when), newest first: what a partner may choose to show
 * one conversation of to their therapist. Never notes or answers.
 */
export function rupturesToChoose(scope: CoupleQueries, limit: number): Promise<Array<{ id: string; topic: string; createdAt: Date }>> {
  return scope.query(`select id, topic, created_at as "createdAt" from ruptures where couple_id = $1 order by created_at desc limit $2`, [limit]);
}

/**
 * For each couple of `couples`, its ruptures logged or repaired at or after `sinceOf(couple)`: when,
 * and when repaired — times only, in one statement (notes, views and answers are not read).
 */
export function repairTimesSince(couples: CouplesQueries, sinceOf: (coupleId: string) => Date): Promise<Array<{ coupleId: string; createdAt: Date; repairedAt: Date | null }>> {
  if (couples.coupleIds.length === 0) return Promise.resolve([]);
  return couples.query<{ coupleId: string; createdAt: Date; repairedAt: Date | null }>(
    // `offset 0` keeps the lateral per couple (an index read each) instead of one hash over every couple's ruptures.
    `select f.couple_id as "coupleId", r.*
       from unnest($1::uuid[], $2::timestamptz[]) as f(couple_id, since)
       cross join lateral (select created_at as "createdAt", repaired_at as "repairedAt" from ruptures
                            where couple_id = f.couple_id and (created_at >= f.since or repaired_at >= f.since) offset 0) r`,
    [couples.coupleIds.map(sinceOf)],
  );
}

export interface RevealedConversation {
  ruptureId: string;
  topic: string;
  createdAt: Date;
  /** When both answers appeared; null while either partner is still writing (then no words at all). */
  revealedAt: Date | null;
  /** Each partner's answers, only once revealed; never a draft. */
  answers: Array<{ userId: string; answers: Answers }>;
}

/**
 * The repair conversations of `ruptureIds` (ones both partners chose to show their therapist): topic,
 * when, and — only once both answers are revealed — each partner's answers. Unrevealed answers are
 * drafts and never leave here.
 */
export async function revealedConversations(scope: CoupleQueries, ruptureIds: string[]): Promise<RevealedConversation[]> {
  if (ruptureIds.length === 0) return [];
  const rows = await scope.query<{ ruptureId: string; topic: string; createdAt: Date; state: Repair | null }>(
    `select r.id as "ruptureId", r.topic, r.created_at as "createdAt", p.state
       from ruptures r left join repairs p on p.rupture_id = r.id and p.couple_id = r.couple_id
      where r.couple_id = $1 and r.id = any($2::uuid[]) order by r.created_at desc`,
    [ruptureIds],
  );
  return rows.map(({ state, ...row }) => {
    const revealed = state?.status === 'revealed' && state.revealedAt !== null;
    return {
      ...row,
      revealedAt: revealed ? new Date(state.revealedAt!) : null,
      answers: revealed ? state.partners.map((userId) => ({ userId, answers: state.drafts[userId] ?? {} })) : [],
    };
  });
}

