import type { CouplesQueries } from '../../core/couple-scope';

/**
 * Homework's server front door for other features (the therapist's desk). Takes a reader of
 * couples — for a therapist, the one their scopes hand out for "practice" — never a therapist.
 */

/**
 * For each couple, the practices assigned on its connection now since `sinceOf(couple)`, and how
 * many of them at least one partner said they did; one statement for all the couples.
 */
export function homeworkProgressSince(couples: CouplesQueries, sinceOf: (coupleId: string) => Date): Promise<Array<{ coupleId: string; assigned: number; done: number }>> {
  if (couples.coupleIds.length === 0) return Promise.resolve([]);
  return couples.query<{ coupleId: string; assigned: number; done: number }>(
    `select f.couple_id as "coupleId", count(a.id)::int as assigned,
            count(a.id) filter (where exists (select 1 from homework_replies r where r.assignment_id = a.id and r.couple_id = f.couple_id and r.done))::int as done
       from unnest($1::uuid[], $2::timestamptz[]) as f(couple_id, since)
       left join therapist_links l on l.couple_id = f.couple_id and l.ended_at is null
       left join homework_assignments a on a.couple_id = f.couple_id and a.link_id = l.id and a.created_at >= f.since
      group by f.couple_id`,
    [couples.coupleIds.map(sinceOf)],
  );
}
