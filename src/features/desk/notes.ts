import type { Queryable } from '../../core/db/database';
import type { NoteView } from './contract';

/**
 * A therapist's private session notes. Every statement is bound to the therapist (`therapist_id =
 * $1`): no couple's reader, no partner route and no event ever touches this table, so nothing the
 * couple can see can carry a note. A note keeps its couple's label, so it reads the same after the
 * link or the space has ended.
 */

interface NoteRow {
  id: string;
  coupleId: string | null;
  coupleLabel: string;
  text: string;
  sessionOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `n.id, l.couple_id as "coupleId", n.couple_label as "coupleLabel", n.text, to_char(n.session_on, 'YYYY-MM-DD') as "sessionOn",
  n.created_at as "createdAt", n.updated_at as "updatedAt"`;
// The couple's id shows only while the two are connected to this therapist now.
const CURRENT_LINK = `left join therapist_links l on l.id = n.link_id and l.ended_at is null`;

const view = (r: NoteRow): NoteView => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() });

/** The therapist's notes, newest session first; with `coupleId`, those about that couple (on any of its links). */
export async function listNotes(db: Queryable, therapistId: string, coupleId: string | null): Promise<NoteView[]> {
  const rows = await db.query<NoteRow>(
    `select ${COLUMNS} from therapist_notes n ${CURRENT_LINK}
      where n.therapist_id = $1 and ($2::uuid is null or n.link_id in (select id from therapist_links where therapist_id = $1 and couple_id = $2))
      order by coalesce(n.session_on, n.created_at::date) desc, n.created_at desc`,
    [therapistId, coupleId],
  );
  return rows.map(view);
}

export async function insertNote(db: Queryable, therapistId: string, note: { linkId: string; coupleLabel: string; text: string; sessionOn: string | null }): Promise<NoteView> {
  const [row] = await db.query<NoteRow>(
    `with n as (insert into therapist_notes (therapist_id, link_id, couple_label, text, session_on) values ($1, $2, $3, $4, $5) returning *)
     select ${COLUMNS} from n ${CURRENT_LINK}`,
    [therapistId, note.linkId, note.coupleLabel, note.text, note.sessionOn],
  );
  return view(row!);
}

/** Changes the therapist's own note; null when it is not theirs (or gone). */
export async function updateNote(db: Queryable, therapistId: string, id: string, change: { text?: string; sessionOn?: string | null }): Promise<NoteView | null> {
  const [row] = await db.query<NoteRow>(
    `with n as (update therapist_notes set text = coalesce($3, text), session_on = case when $4 then $5::date else session_on end, updated_at = now()
                 where therapist_id = $1 and id = $2 returning *)
     select ${COLUMNS} from n ${CURRENT_LINK}`,
    [therapistId, id, change.text ?? null, change.sessionOn !== undefined, change.sessionOn ?? null],
  );
  return row ? view(row) : null;
}

export async function deleteNote(db: Queryable, therapistId: string, id: string): Promise<boolean> {
  const rows = await db.query('delete from therapist_notes where therapist_id = $1 and id = $2 returning id', [therapistId, id]);
  return rows.length > 0;
}

/** The notes as plain text, to print or keep: one block per note, grouped by nothing but time. */
export function notesAsText(therapistName: string, notes: NoteView[], at: Date): string {
  const lines = [`Session notes of ${therapistName}`, `Exported ${at.toISOString().slice(0, 10)} · ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}`, ''];
  for (const n of notes) {
    lines.push('────────', `${n.coupleLabel}${n.sessionOn ? ` · session of ${n.sessionOn}` : ''}`, `written ${n.createdAt.slice(0, 10)}${n.updatedAt.slice(0, 16) !== n.createdAt.slice(0, 16) ? `, last changed ${n.updatedAt.slice(0, 10)}` : ''}`, '', n.text, '');
  }
  return lines.join('\n');
}
