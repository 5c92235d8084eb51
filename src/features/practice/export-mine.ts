import type { MediaStore } from '../../core/media-store';
import { archiveTime, filledLines, type ArchiveFile, type ExportMine } from '../../core/own-archive';
import type { Level } from './capacity';
import { practiceCopy } from './copy';

/** My notes (with my voice notes), my joy moments (with my photos), my capacity check-ins, my stretches and the seasons I proposed. */
export const exportMyPractice: ExportMine = async (db, userId, media) => {
  const notes = await db.query<{ kind: 'text' | 'voice'; text: string | null; storageKey: string | null; contentType: string | null; seconds: number | null; createdAt: Date }>(
    `select n.kind, n.text, m.storage_key as "storageKey", m.content_type as "contentType", n.duration_seconds as seconds, n.created_at as "createdAt"
       from notes n left join media m on m.id = n.media_id and m.couple_id = n.couple_id
      where n.author_id = $1 order by n.created_at`,
    [userId],
  );
  const joys = await db.query<{ text: string; storageKey: string | null; contentType: string | null; createdAt: Date }>(
    `select j.text, m.storage_key as "storageKey", m.content_type as "contentType", j.created_at as "createdAt"
       from joy_entries j left join media m on m.id = j.media_id and m.couple_id = j.couple_id
      where j.author_id = $1 order by j.created_at`,
    [userId],
  );
  const words = practiceCopy.archive;
  const capacity = await db.query<{ level: Level; note: string | null; day: Date | string }>(
    'select level, note, day from capacity_checkins where user_id = $1 order by day',
    [userId],
  );
  const stretches = await db.query<{ title: string; reflection: string | null; createdAt: Date }>(
    'select title, reflection, created_at as "createdAt" from stretch_experiments where owner_id = $1 order by created_at',
    [userId],
  );
  const seasons = await db.query<{ what: string; why: string; reviewOn: Date | string; createdAt: Date }>(
    'select what, why, review_on as "reviewOn", created_at as "createdAt" from seasons where proposed_by = $1 order by created_at',
    [userId],
  );
  return [
    {
      title: words.notes,
      entries: await Promise.all(
        notes.map(async (n) => ({
          heading: n.kind === 'voice' ? (n.seconds ? words.voiceNoteFor({ seconds: n.seconds }) : words.voiceNote) : words.note,
          lines: filledLines([[null, n.text]]),
          at: archiveTime(n.createdAt),
          ...(await fileOf(media, n.storageKey, n.contentType)),
        })),
      ),
    },
    {
      title: words.joys,
      entries: await Promise.all(
        joys.map(async (j) => ({ heading: words.joy, lines: filledLines([[null, j.text]]), at: archiveTime(j.createdAt), ...(await fileOf(media, j.storageKey, j.contentType)) })),
      ),
    },
    {
      title: words.capacity,
      entries: capacity.map((c) => ({ heading: words.levels[c.level], lines: filledLines([[null, c.note]]), at: archiveTime(c.day) })),
    },
    {
      title: words.stretches,
      entries: stretches.map((s) => ({ heading: words.stretch, lines: filledLines([[words.tried, s.title], [words.howItWent, s.reflection]]), at: archiveTime(s.createdAt) })),
    },
    {
      title: words.seasons,
      entries: seasons.map((s) => ({
        heading: words.season,
        lines: filledLines([[words.what, s.what], [words.why, s.why], [words.reviewOn, archiveTime(s.reviewOn)?.slice(0, 10)]]),
        at: archiveTime(s.createdAt),
      })),
    },
  ];
};

/** A stored voice note or photo, inline; a file already swept away is simply left out. */
async function fileOf(media: MediaStore, key: string | null, contentType: string | null): Promise<{ file?: ArchiveFile }> {
  if (!key || !contentType) return {};
  try {
    return { file: { contentType, base64: (await media.get(key)).toString('base64') } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}
