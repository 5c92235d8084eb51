import type { Queryable } from '../../core/db/database';
import type { MediaStore } from '../../core/media-store';
import type { ArchiveSection, ExportMine } from '../../core/own-archive';

export interface OwnArchive {
  kind: 'offbeat-own-words';
  version: 1;
  madeAt: string;
  person: { displayName: string; email: string };
  sections: ArchiveSection[];
}

/** Everything that is the person's own, gathered from every feature; sections with nothing in them are left out. */
export async function gatherOwnArchive(
  db: Queryable,
  media: MediaStore,
  exporters: ExportMine[],
  person: { userId: string; displayName: string; email: string },
  now: Date,
): Promise<OwnArchive> {
  const parts = await Promise.all(exporters.map((exportMine) => exportMine(db, person.userId, media)));
  return {
    kind: 'offbeat-own-words',
    version: 1,
    madeAt: now.toISOString(),
    person: { displayName: person.displayName, email: person.email },
    sections: parts.flat().filter((s) => s.entries.length > 0),
  };
}
