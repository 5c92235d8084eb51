import { archiveTime, filledLines, type ExportMine } from '../../core/own-archive';
import { topicLabels } from '../../core/topics';
import { mapCopy } from './copy';
import { FIELDS, loadSideDoc, readSide } from './side-doc';

/**
 * My side of each of our loop maps (its present words, as I see it now — never a draft's past)
 * and my said-and-meant pairs. The loop's name is left out: either of us may have written it.
 */
export const exportMyMapWords: ExportMine = async (db, userId) => {
  const sides = await db.query<{ state: string; topic: string | null; updatedAt: Date }>(
    `select s.state, m.topic, s.updated_at as "updatedAt" from map_sides s join pattern_maps m on m.id = s.map_id and m.couple_id = s.couple_id
      where s.owner_id = $1 order by m.created_at`,
    [userId],
  );
  const pairs = await db.query<{ said: string; meant: string; createdAt: Date }>(
    'select said, meant, created_at as "createdAt" from said_and_meant where owner_id = $1 order by created_at',
    [userId],
  );
  return [
    {
      title: 'My side of our loop',
      entries: sides.flatMap((side) => {
        const texts = readSide(loadSideDoc(Buffer.from(side.state, 'base64')));
        const roles = Object.entries(texts.roles).map(([topic, role]) => `${topicLabels[topic as keyof typeof topicLabels]}: ${mapCopy.roleLabels[role]}`);
        const lines = filledLines([
          ...FIELDS.map((f): [string, string] => [mapCopy.guide[f].question, texts.fields[f]]),
          [mapCopy.guide.roles.question, roles.join('\n')],
        ]);
        const heading = side.topic ? `The loop around ${topicLabels[side.topic as keyof typeof topicLabels]?.toLowerCase() ?? side.topic}` : 'Our loop';
        return lines.length ? [{ heading, lines, at: archiveTime(side.updatedAt) }] : [];
      }),
    },
    {
      title: 'What I said, and what I meant',
      entries: pairs.map((p) => ({ heading: 'Said and meant', lines: filledLines([['What I said', p.said], ['What I meant', p.meant]]), at: archiveTime(p.createdAt) })),
    },
  ];
};
