import { archiveTime, filledLines, type ArchiveSection, type ExportMine } from '../../core/own-archive';
import { topicLabels, type Topic } from '../../core/topics';
import { repairCopy } from './copy';
import { STEPS, type Repair } from './machine';

/** My journal, my notes on hard moments, my repair answers and my role reflections — never my partner's. */
export const exportMyRepairWords: ExportMine = async (db, userId) => {
  const journal = await db.query<{ text: string; createdAt: Date }>(
    'select text, created_at as "createdAt" from journal_entries where owner_id = $1 order by created_at',
    [userId],
  );
  const notes = await db.query<{ text: string; topic: Topic; createdAt: Date }>(
    `select n.text, r.topic, r.created_at as "createdAt" from rupture_notes n join ruptures r on r.id = n.rupture_id and r.couple_id = n.couple_id
      where n.author_id = $1 order by r.created_at`,
    [userId],
  );
  // A repair belongs to the couple; only my own answers are mine (drafts are keyed by author).
  const repairs = await db.query<{ state: Repair; createdAt: Date }>(
    `select p.state, p.created_at as "createdAt" from repairs p join couple_members m on m.couple_id = p.couple_id
      where m.user_id = $1 order by p.created_at`,
    [userId],
  );
  const reflections = await db.query<{ lettingGo: string; instead: string; createdAt: Date }>(
    'select letting_go as "lettingGo", instead, created_at as "createdAt" from role_reflections where owner_id = $1 order by created_at',
    [userId],
  );
  const a = repairCopy.archive;
  const sections: ArchiveSection[] = [
    {
      title: a.journal,
      entries: journal.map((j) => ({ heading: a.journalEntry, lines: filledLines([[null, j.text]]), at: archiveTime(j.createdAt) })),
    },
    {
      title: a.notes,
      entries: notes.map((n) => ({ heading: topicLabels[n.topic], lines: filledLines([[null, n.text]]), at: archiveTime(n.createdAt) })),
    },
    {
      title: a.repairs,
      entries: repairs.flatMap((r) => {
        const mine = r.state.drafts[userId];
        const lines = mine ? filledLines(STEPS.map((step) => [repairCopy.stepLabels[step], mine[step]])) : [];
        return lines.length ? [{ heading: a.repair, lines, at: archiveTime(r.createdAt) }] : [];
      }),
    },
    {
      title: a.reflections,
      entries: reflections.map((r) => ({
        heading: a.reflection,
        lines: filledLines([[a.lettingGo, r.lettingGo], [a.instead, r.instead]]),
        at: archiveTime(r.createdAt),
      })),
    },
  ];
  return sections;
};
