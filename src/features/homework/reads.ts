import type { CoupleQueries } from '../../core/couple-scope';

/**
 * Homework's server front door for other features (the therapist's desk). Takes a couple reader
 * — for a therapist, the one their scope hands out for "practice" — never a therapist.
 */

/**
 * Practices assigned on the couple's connection now since `from`, and how many of them at least
 * one partner said they did.
 */
export async function homeworkProgressSince(scope: CoupleQueries, from: Date): Promise<{ assigned: number; done: number }> {
  const [row] = await scope.query<{ assigned: number; done: number }>(
    `select count(*)::int as assigned,
            count(*) filter (where exists (select 1 from homework_replies r where r.assignment_id = a.id and r.couple_id = $1 and r.done))::int as done
       from homework_assignments a join therapist_links l on l.id = a.link_id and l.ended_at is null
      where a.couple_id = $1 and a.created_at >= $2`,
    [from],
  );
  return row ?? { assigned: 0, done: 0 };
}
