import type { Queryable } from '../../core/db/database';
import { topicLabels, type Topic } from '../../core/topics';
import { repairCopy } from './copy';
import { STEPS, type Repair } from './machine';
import { keepInJournal } from './reads';

/**
 * When a partner leaves the couple, their own words from ruptures and repair
 * conversations are copied into their private journal: they keep them, while
 * the shared records stay with the couple and leave their view. Only the
 * leaver's own writing is copied — never the partner's.
 */
export async function keepRepairWords(tx: Queryable, coupleId: string, userId: string): Promise<void> {
  const notes = await tx.query<{ text: string; topic: Topic; createdAt: Date }>(
    `select n.text, r.topic, r.created_at as "createdAt" from rupture_notes n join ruptures r on r.id = n.rupture_id
      where n.couple_id = $1 and n.author_id = $2 and r.couple_id = $1`,
    [coupleId, userId],
  );
  for (const note of notes) {
    await keepInJournal(tx, userId, `${repairCopy.kept.note({ topic: topicLabels[note.topic], day: day(note.createdAt) })}\n\n${note.text}`);
  }
  const repairs = await tx.query<{ state: Repair; createdAt: Date }>(
    'select state, created_at as "createdAt" from repairs where couple_id = $1 order by created_at',
    [coupleId],
  );
  for (const repair of repairs) {
    const mine = repair.state.drafts[userId];
    if (!mine) continue;
    const lines = STEPS.filter((step) => mine[step]?.trim()).map((step) => `${repairCopy.stepLabels[step]}: ${mine[step]!.trim()}`);
    if (lines.length === 0) continue;
    await keepInJournal(tx, userId, `${repairCopy.kept.repair({ day: day(repair.createdAt) })}\n\n${lines.join('\n')}`);
  }
}

function day(value: Date | string): string {
  return new Date(value).toISOString().slice(0, 10);
}
