import type { Queryable } from '../../core/db/database';
import { mapCopy } from './copy';
import { FIELDS, loadSideDoc, readSide } from './side-doc';
import { keepInJournal } from '../repair/reads';

/**
 * When a space ends, each person keeps their own side of its pattern maps: the words they
 * wrote about the loop go to their private journal,
 * which repair owns. Only their side — never the partner's.
 */
export async function keepMapSides(tx: Queryable, coupleId: string, userId: string): Promise<void> {
  const sides = await tx.query<{ state: string; createdAt: Date }>(
    `select s.state, m.created_at as "createdAt" from map_sides s join pattern_maps m on m.id = s.map_id
      where s.couple_id = $1 and m.couple_id = $1 and s.owner_id = $2 order by m.created_at`,
    [coupleId, userId],
  );
  for (const side of sides) {
    const texts = readSide(loadSideDoc(Buffer.from(side.state, 'base64')));
    const lines = FIELDS.filter((f) => texts.fields[f].trim()).map((f) => `${mapCopy.guide[f].question} ${texts.fields[f].trim()}`);
    if (lines.length === 0) continue;
    await keepInJournal(tx, userId, `${mapCopy.keptSide({ day: new Date(side.createdAt).toISOString().slice(0, 10) })}\n\n${lines.join('\n')}`);
  }
}
