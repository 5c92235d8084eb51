import { useId, useState, type FormEvent } from 'react';
import { Button, Card, FormError, Notice, TextArea, TextField } from '../../../core/web/ui';
import type { DeskAssignment } from '../contract';
import { homeworkCopy as c } from '../copy';
import { dueDay } from '../gentle';
import type { PracticeKey } from '../library';
import { useAssign, useCheckinBeforeSession, useDeskAssignments, useLibrary, useTakeBack } from './api';
import './homework.css';

const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** "Assign a practice": one from the library, an optional note for both partners, a suggested day. */
export function AssignPractice({ coupleId }: { coupleId: string }) {
  const library = useLibrary();
  const assign = useAssign(coupleId);
  const selectId = useId();
  const [practiceKey, setPracticeKey] = useState('');
  const [note, setNote] = useState('');
  const [dueOn, setDueOn] = useState(() => inDays(7));
  const [assigned, setAssigned] = useState(false);
  const practices = library.data?.practices ?? [];
  const chosen = practices.find((p) => p.key === practiceKey) ?? practices[0];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setAssigned(false);
    await assign.mutateAsync({ practiceKey: chosen.key as PracticeKey, note: note.trim() || undefined, dueOn });
    setNote('');
    setAssigned(true);
  };
  return (
    <Card title={c.desk.assignTitle} className="desk-assign">
      <form className="homework-form" onSubmit={(e) => void submit(e).catch(() => undefined)}>
        <div className="field">
          <label htmlFor={selectId} className="field-label">
            {c.desk.practice}
          </label>
          <select id={selectId} className="field-input" value={chosen?.key ?? ''} onChange={(e) => setPracticeKey(e.target.value)}>
            {practices.map((p) => (
              <option key={p.key} value={p.key}>
                {p.title}
              </option>
            ))}
          </select>
          {chosen && <p className="field-hint">{chosen.why}</p>}
        </div>
        <TextArea label={c.desk.note} hint={c.desk.noteHint} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        <TextField label={c.desk.dueOn} type="date" value={dueOn} required onChange={(e) => setDueOn(e.target.value)} />
        <FormError error={assign.error} />
        {assigned && <Notice tone="success" role="status">{c.desk.assigned}</Notice>}
        <div className="homework-actions">
          <Button type="submit" busy={assign.isPending} disabled={!chosen}>
            {c.desk.assign}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function Progress({ assignment }: { assignment: DeskAssignment }) {
  if (!assignment.progress) return null;
  return (
    <ul className="homework-progress small">
      {assignment.progress.map((p) => (
        <li key={p.partnerId}>
          {!p.reply ? c.desk.noReply({ name: p.firstName }) : p.reply.done ? c.desk.tried({ name: p.firstName }) : c.desk.notYet({ name: p.firstName })}
          {p.reply?.howItWent && (
            <>
              {' — '}
              <q>{p.reply.howItWent}</q>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The couple's assignments with, when both partners share it, who tried each and how it went; and the check-in request. */
export function CoupleAssignments({ coupleId }: { coupleId: string }) {
  const list = useDeskAssignments(coupleId);
  const takeBack = useTakeBack(coupleId);
  const checkin = useCheckinBeforeSession(coupleId);
  const view = list.data;
  return (
    <Card title={c.desk.listTitle} className="desk-assignments">
      {list.isError && <FormError error={list.error} />}
      {view && (
        <>
          <label className="homework-check">
            <input type="checkbox" checked={checkin.isPending ? Boolean(checkin.variables) : view.checkinBeforeSession} onChange={(e) => checkin.mutate(e.target.checked)} aria-describedby={`${coupleId}-checkin-hint`} />
            <span>{c.desk.checkin}</span>
          </label>
          <p id={`${coupleId}-checkin-hint`} className="field-hint">
            {c.desk.checkinHint}
          </p>
          {!view.progressShared && view.assignments.length > 0 && <p className="muted small">{c.desk.noProgress}</p>}
          {view.assignments.length === 0 ? (
            <p className="muted">{c.desk.none}</p>
          ) : (
            <ul className="homework-list">
              {view.assignments.map((a) => (
                <li key={a.id} className="homework-item">
                  <h3>{a.title}</h3>
                  <p className="small">{c.desk.suggestedFor({ day: dueDay(a.dueOn) })}</p>
                  {a.note && <p className="homework-note">{a.note}</p>}
                  <Progress assignment={a} />
                  <Button variant="quiet" onClick={() => takeBack.mutate(a.id)} aria-label={c.desk.remove({ title: a.title })}>
                    {c.desk.removeLabel}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <FormError error={takeBack.error ?? checkin.error} />
        </>
      )}
    </Card>
  );
}

/** Both desk pieces together, for the desk's couple screen. */
export function DeskHomework({ coupleId }: { coupleId: string }) {
  return (
    <section className="stack" aria-label={c.desk.title}>
      <AssignPractice coupleId={coupleId} />
      <CoupleAssignments coupleId={coupleId} />
    </section>
  );
}
