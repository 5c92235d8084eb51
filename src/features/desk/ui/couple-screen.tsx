import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../../core/web/api';
import { announce, Button, ButtonLink, Card, ConfirmDialog, FormError, LoadFailed, Loading, Screen, TextArea, TextField } from '../../../core/web/ui';
import { isTopic, topicLabels } from '../../../core/topics';
import { useConversations, useCoupleMap, useCoupleOverview, useNoteActions, useNotes, useSaveSessions, type CoupleOverview, type DeskMapView, type NoteView } from './api';
import { deskCopy as c } from './copy';
import { DESK_PATH } from './desk-screen';
import { coupleNames, day, SinceLine, WhatChanged } from './what-changed';

export const prepPath = (coupleId: string) => `~/desk/couples/${coupleId}/prep`;

interface CoupleDeskProps {
  coupleId: string;
  /** Where the shell mounts homework's "Assign a practice" panel for this couple. */
  assignPractice?: ReactNode;
  /** Where the shell mounts the couple's private messages to this therapist. */
  privateMessages?: ReactNode;
}

/** One couple on the desk: what changed, their map when both share it, session dates and the therapist's own notes. */
export function CoupleDeskScreen({ coupleId, assignPractice, privateMessages }: CoupleDeskProps) {
  const overview = useCoupleOverview(coupleId);
  if (overview.isPending) return <Loading label={c.loading} />;
  if (overview.isError) {
    const gone = overview.error instanceof ApiError && (overview.error.status === 404 || overview.error.status === 403);
    return (
      <Screen title={c.title}>
        {gone ? <p>{c.gone}</p> : <LoadFailed message={overview.error.message} retry={() => void overview.refetch()} />}
        <Link href={DESK_PATH}>{c.back}</Link>
      </Screen>
    );
  }
  const o = overview.data;
  const names = coupleNames(o.partners);
  return (
    <Screen title={names} className="desk desk-couple screen-wide" intro={<p className="desk-quiet">{c.connectedSince({ date: day(o.linkStartedAt) })}</p>}>
      <nav className="desk-actions" aria-label={names}>
        <Link href={DESK_PATH}>{c.back}</Link>
        <ButtonLink href={prepPath(coupleId)} variant="secondary">
          {c.prep.link}
        </ButtonLink>
      </nav>
      <div className="desk-columns">
        <div className="desk-main">
          <Card title={c.sections.overview}>
            <SinceLine overview={o} />
            <WhatChanged overview={o} />
          </Card>
          <MapPart overview={o} />
          <Conversations coupleId={coupleId} />
        </div>
        <div className="desk-side">
          <SessionDates overview={o} />
          {/* Each mounted piece names its own region. */}
          {assignPractice}
          {privateMessages}
          <Notes coupleId={coupleId} />
        </div>
      </div>
    </Screen>
  );
}

/**
 * The map, only while both partners share it: a read that now fails (consent withdrawn, link
 * ended) leaves the query in error, and the region goes with it.
 */
/** Repair conversations both partners chose to show; nothing at all while there are none. */
function Conversations({ coupleId }: { coupleId: string }) {
  const shown = useConversations(coupleId);
  if (!shown.data || shown.data.conversations.length === 0) return null;
  const nameOf = (id: string) => shown.data.partners.find((p) => p.userId === id)?.name ?? '';
  return (
    <section className="card desk-conversations" aria-label={c.conversations.title}>
      <h2 className="card-title">{c.conversations.title}</h2>
      <p className="desk-quiet">{c.conversations.intro}</p>
      {shown.data.conversations.map((v) => (
        <article key={v.ruptureId} className="stack">
          <h3>{c.conversations.of({ topic: isTopic(v.topic) ? topicLabels[v.topic] : v.topic, date: day(v.createdAt) })}</h3>
          {v.answers.length === 0 ? (
            <p className="desk-quiet">{c.conversations.waiting}</p>
          ) : (
            v.answers.map((one) => (
              <div key={one.userId}>
                <h4>{c.conversations.by({ name: nameOf(one.userId) })}</h4>
                <dl className="desk-answers">
                  {/* In the conversation's own order of steps. */}
                  {Object.keys(c.conversations.steps)
                    .filter((step) => one.answers[step])
                    .map((step) => (
                      <div key={step}>
                        <dt>{c.conversations.steps[step]}</dt>
                        <dd>{one.answers[step]}</dd>
                      </div>
                    ))}
                </dl>
              </div>
            ))
          )}
        </article>
      ))}
    </section>
  );
}

function MapPart({ overview: o }: { overview: CoupleOverview }) {
  const map = useCoupleMap(o.coupleId, o.shared.map);
  if (!o.shared.map || map.status === 'error') {
    // Not a named region: "Their pattern map" as a region is the map itself, and only while shared.
    return (
      <div className="card">
        <h2 className="card-title">{c.sections.map}</h2>
        <p className="desk-not-shared">{c.notShared}</p>
        <p className="desk-quiet">{c.notSharedHint}</p>
      </div>
    );
  }
  if (map.status === 'pending') return <Loading label={c.map.loading} />;
  return <SharedMap view={map.data} />;
}

function SharedMap({ view }: { view: DeskMapView }) {
  const nameOf = (id: string | null) => view.partners.find((p) => p.userId === id)?.name ?? '';
  return (
    <section className="card desk-map" aria-label={c.map.region} data-testid="desk-map">
      <h2 className="card-title">{c.sections.map}</h2>
      {view.maps.every((m) => m.sides.length === 0) && <p>{c.map.empty}</p>}
      {view.maps
        .filter((m) => m.sides.length > 0)
        .map((m) => (
          <div key={m.id} className="desk-map-one">
            <h3>{m.name ?? c.map.unnamed}</h3>
            <div className="desk-map-sides">
              {m.sides.map((s) => (
                <div key={s.ownerId} className="desk-map-side">
                  <h4>{c.map.sideOf({ name: nameOf(s.ownerId) })}</h4>
                  <dl>
                    {Object.entries(c.map.fields)
                      .filter(([k]) => s.fields[k])
                      .map(([k, label]) => (
                        <div key={k}>
                          <dt>{label}</dt>
                          <dd>{s.fields[k]}</dd>
                        </div>
                      ))}
                  </dl>
                  {m.comments
                    .filter((x) => x.sideOwnerId === s.ownerId)
                    .map((x, i) => (
                      <p key={i} className="desk-quiet">
                        {c.map.comment({ name: nameOf(x.authorId), words: x.text ?? c.map.reactions[x.reaction ?? ''] ?? '' })}
                      </p>
                    ))}
                </div>
              ))}
            </div>
          </div>
        ))}
      {view.saidAndMeant.length > 0 && (
        <>
          <h3>{c.map.saidAndMeant}</h3>
          <ul className="desk-list">
            {view.saidAndMeant.map((p, i) => (
              <li key={i}>
                {c.map.saidMeant({ name: nameOf(p.ownerId), said: p.said, meant: p.meant })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** `<input type="datetime-local">` speaks local wall-clock time; the server keeps an instant. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);

function SessionDates({ overview: o }: { overview: CoupleOverview }) {
  const [last, setLast] = useState(() => toLocalInput(o.lastSessionAt));
  const [next, setNext] = useState(() => toLocalInput(o.nextSessionAt));
  const save = useSaveSessions(o.coupleId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ lastSessionAt: fromLocalInput(last), nextSessionAt: fromLocalInput(next) }, { onSuccess: () => announce(c.sessions.saved) });
  };
  return (
    <Card title={c.sections.sessions}>
      <form onSubmit={submit} className="desk-form">
        <TextField label={c.sessions.next} type="datetime-local" value={next} onChange={(e) => setNext(e.target.value)} />
        <TextField label={c.sessions.last} type="datetime-local" value={last} onChange={(e) => setLast(e.target.value)} />
        <FormError error={save.error} />
        <Button type="submit" variant="secondary" busy={save.isPending}>
          {c.sessions.save}
        </Button>
      </form>
    </Card>
  );
}

function Notes({ coupleId }: { coupleId: string }) {
  const notes = useNotes(coupleId);
  const { add } = useNoteActions(coupleId);
  const [text, setText] = useState('');
  const [sessionOn, setSessionOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    add.mutate({ coupleId, text, sessionOn: sessionOn || null }, { onSuccess: () => (setText(''), setSessionOn('')) });
  };
  return (
    <Card title={c.sections.notes} className="desk-notes">
      <p className="desk-quiet">{c.notes.intro}</p>
      <form onSubmit={submit} className="desk-form">
        <TextArea label={c.notes.label} value={text} onChange={(e) => setText(e.target.value)} rows={4} maxLength={20_000} />
        <TextField label={c.notes.sessionOn} type="date" value={sessionOn} onChange={(e) => setSessionOn(e.target.value)} />
        <FormError error={add.error} />
        <Button type="submit" busy={add.isPending}>
          {c.notes.save}
        </Button>
      </form>
      {notes.data && notes.data.notes.length === 0 && <p className="desk-quiet">{c.notes.none}</p>}
      <ul className="desk-list desk-note-list">
        {notes.data?.notes.map((n) => <Note key={n.id} note={n} coupleId={coupleId} />)}
      </ul>
    </Card>
  );
}

function Note({ note, coupleId }: { note: NoteView; coupleId: string }) {
  const { edit, remove } = useNoteActions(coupleId);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="desk-note">
      <p className="desk-quiet">{note.sessionOn ? c.notes.session({ date: day(note.sessionOn) }) : c.notes.written({ date: day(note.createdAt) })}</p>
      {editing === null ? (
        <>
          <p className="desk-note-text">{note.text}</p>
          <p className="desk-actions">
            <Button variant="quiet" onClick={() => setEditing(note.text)}>
              {c.notes.edit}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(true)}>
              {c.notes.remove}
            </Button>
          </p>
        </>
      ) : (
        <form
          className="desk-form"
          onSubmit={(e) => {
            e.preventDefault();
            edit.mutate({ id: note.id, text: editing }, { onSuccess: () => setEditing(null) });
          }}
        >
          <TextArea label={c.notes.editLabel} value={editing} onChange={(e) => setEditing(e.target.value)} rows={4} maxLength={20_000} />
          <FormError error={edit.error} />
          <p className="desk-actions">
            <Button type="submit" variant="secondary" busy={edit.isPending}>
              {c.notes.saveChange}
            </Button>
            <Button variant="quiet" onClick={() => setEditing(null)}>
              {c.notes.cancel}
            </Button>
          </p>
        </form>
      )}
      <ConfirmDialog
        open={confirming}
        title={c.notes.removeTitle}
        confirmLabel={c.notes.removeConfirm}
        cancelLabel={c.notes.cancel}
        confirmVariant="danger"
        busy={remove.isPending}
        onConfirm={() => remove.mutate(note.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p>{c.notes.removeBody}</p>
      </ConfirmDialog>
    </li>
  );
}
