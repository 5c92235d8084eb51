import type { Queryable } from '../../core/db/database';
import { PersonalScope, visibleTo, type Viewer } from '../../core/viewer';
import { scoreCsi4, type Csi4Answers } from './csi4';
import type { LoopAnswers, Sharing } from './questions';
import { whatIseeOfTheirs, whereMineStand, type MyVisibility } from './reveal';

/** One person's stored week, as read through the viewer's scope. */
interface CheckinRow {
  mine: boolean;
  weekStart: string;
  csi4: Csi4Answers | null;
  loop: LoopAnswers;
  sharing: Sharing;
  inThisSpace: boolean;
  answeredAt: Date;
}

export interface Answers {
  csi4: Csi4Answers | null;
  csi4Total: number | null;
  loop: LoopAnswers;
}

export interface SeenWeek {
  weekStart: string;
  mine: (Answers & { sharing: Sharing; stand: MyVisibility; answeredAt: Date }) | null;
  partner: { state: 'waiting' } | (Answers & { state: 'shown' }) | null;
}

const answers = (row: CheckinRow): Answers => ({ csi4: row.csi4, csi4Total: scoreCsi4(row.csi4), loop: row.loop });

/**
 * The weeks from `fromWeek` (a Monday) on, as the viewer may see them: every one of their own,
 * and their partner's only where the reveal-together rule (reveal.ts) shows it. Rows come through
 * `visibleTo` (mine, or shared into my space now); a partner's row that is still hidden is read
 * but never leaves this function with its answers.
 */
export async function weeksSeenBy(db: Queryable, viewer: Viewer, fromWeek: string, toWeek: string | null = null): Promise<SeenWeek[]> {
  const rows = await new PersonalScope(viewer, db).query<CheckinRow>(
    `select user_id = $1 as mine, to_char(week_start, 'YYYY-MM-DD') as "weekStart", csi4, loop, sharing,
            coalesce(shared_in = $2, false) as "inThisSpace", answered_at as "answeredAt"
       from checkins
      where ${visibleTo('user_id', 'shared_in')} and week_start >= $3::date and ($4::date is null or week_start <= $4::date)
      order by week_start`,
    [fromWeek, toWeek],
  );
  const byWeek = new Map<string, { mine?: CheckinRow; theirs?: CheckinRow }>();
  for (const row of rows) {
    const week = byWeek.get(row.weekStart) ?? {};
    if (row.mine) week.mine = row;
    else week.theirs = row;
    byWeek.set(row.weekStart, week);
  }
  return [...byWeek].map(([weekStart, { mine, theirs }]) => {
    // Sharing counts only in the space the two are in now; a share into an earlier space is private here.
    const mineHere: Sharing | null = mine ? (mine.inThisSpace ? mine.sharing : 'private') : null;
    const theirsHere: Sharing | null = theirs ? theirs.sharing : null;
    const seen = whatIseeOfTheirs(mineHere, theirsHere);
    return {
      weekStart,
      mine: mine ? { ...answers(mine), sharing: mineHere!, stand: whereMineStand(mineHere!, theirsHere), answeredAt: mine.answeredAt } : null,
      partner: seen === 'hidden' ? null : seen === 'waiting' ? { state: 'waiting' as const } : { ...answers(theirs!), state: 'shown' as const },
    };
  });
}

/** The couple's check-in day (ISO weekday) for the space the viewer is in, or null. */
export async function checkinDay(db: Queryable, viewer: Viewer): Promise<number | null> {
  const [row] = await new PersonalScope(viewer, db).query<{ weekday: number }>(
    `select d.weekday from checkin_days d join couple_members m on m.couple_id = d.couple_id where m.user_id = $1 and d.couple_id = $2`,
  );
  return row ? Number(row.weekday) : null;
}
