import { useState, type FormEvent } from 'react';
import { announce, Button, FormError, TextArea } from '../../../core/web/ui';
import { useSaveNote, type Rupture } from './api';
import { copy } from './copy';
import { PrivacyBadge } from './fields';

/** My private words about a rupture. Marked plainly: my partner never sees them. */
export function NoteCard({ rupture }: { rupture: Rupture }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(rupture.myNote ?? '');
  const save = useSaveNote(rupture.id);
  const n = copy.note;

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(text, {
      onSuccess: () => {
        setEditing(false);
        announce(n.saved);
      },
    });
  }

  return (
    <section className="card repair-note" aria-labelledby={`note-${rupture.id}`}>
      <div className="label-row">
        <h2 id={`note-${rupture.id}`} className="card-title">
          {n.title}
        </h2>
        <PrivacyBadge>{n.onlyYou}</PrivacyBadge>
      </div>
      {editing ? (
        <form className="stack" onSubmit={submit}>
          <TextArea aboutUs label={n.label} hint={n.hint} rows={4} value={text} maxLength={2000} onUseWords={setText} onChange={(e) => setText(e.target.value)} autoFocus />
          <FormError error={save.error} />
          <div className="row">
            <Button type="submit" busy={save.isPending}>
              {n.save}
            </Button>
            <Button variant="quiet" onClick={() => setEditing(false)}>
              {n.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <>
          {rupture.myNote ? <p className="repair-prose">{rupture.myNote}</p> : <p className="muted">{n.empty}</p>}
          <Button
            variant="secondary"
            onClick={() => {
              setText(rupture.myNote ?? '');
              setEditing(true);
            }}
          >
            {rupture.myNote ? n.edit : n.add}
          </Button>
        </>
      )}
    </section>
  );
}
