import { archiveTime, filledLines, type ExportMine } from '../../core/own-archive';
import { CSI4, type Csi4Answers, type Csi4Key } from './csi4';
import { checkinCopy as c } from './copy';
import { LOOP_KEYS, type LoopAnswers, type Sharing } from './questions';

/** My own check-ins, each week's answers in the words they were given — never my partner's. */
export const exportMyCheckins: ExportMine = async (db, userId) => {
  const rows = await db.query<{ weekStart: string; csi4: Csi4Answers | null; loop: LoopAnswers; sharing: Sharing; answeredAt: Date }>(
    `select to_char(week_start, 'YYYY-MM-DD') as "weekStart", csi4, loop, sharing, answered_at as "answeredAt" from checkins where user_id = $1 order by week_start`,
    [userId],
  );
  return [
    {
      title: c.archive.title,
      entries: rows.map((r) => ({
        heading: c.archive.heading({ weekStart: r.weekStart }),
        lines: filledLines([
          ...CSI4.items.map((item): [string, string | null] => [item.text, r.csi4 ? (item.anchors[r.csi4[item.key as Csi4Key]] ?? null) : null]),
          ...LOOP_KEYS.map((key): [string, string | null] => [c.loop.questions[key], r.loop[key] == null ? null : (c.loop.anchors[key][r.loop[key]!] ?? null)]),
          [c.archive.sharing, c.archive.sharings[r.sharing]],
        ]),
        at: archiveTime(r.answeredAt),
      })),
    },
  ];
};
