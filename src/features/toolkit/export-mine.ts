import { archiveTime, filledLines, type ExportMine } from '../../core/own-archive';

/** My scripts ("what I'll say when…") and what helps me. */
export const exportMyToolkit: ExportMine = async (db, userId) => {
  const scripts = await db.query<{ situation: string | null; text: string; createdAt: Date }>(
    'select situation, text, created_at as "createdAt" from scripts where user_id = $1 order by created_at',
    [userId],
  );
  const helps = await db.query<{ text: string; createdAt: Date }>('select text, created_at as "createdAt" from helps where user_id = $1 order by created_at', [userId]);
  return [
    {
      title: 'What I’ll say when…',
      entries: scripts.map((s) => ({ heading: 'My script', lines: filledLines([['When', s.situation], ['I’ll say', s.text]]), at: archiveTime(s.createdAt) })),
    },
    { title: 'What helps me', entries: helps.map((h) => ({ heading: 'What helps', lines: filledLines([[null, h.text]]), at: archiveTime(h.createdAt) })) },
  ];
};
