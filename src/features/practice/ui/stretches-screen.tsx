import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { announce, Button, Card, ChoiceChips, FormError, Screen, TextArea, TextField } from '../../../core/web/ui';
import { practiceCopy } from '../copy';
import { usePlanStretch, useStretchDone, useStretches, type Role, type Stretch } from './api';
import { copy } from './copy';
import { formatDay, localDay } from './dates';
import { DiscomfortScale, Loaded, usePartnerName } from './fields';

const ROLES: Role[] = ['pursuer', 'distancer', 'both'];

function ideasFor(role: Role | null): readonly string[] {
  const ideas = practiceCopy.stretchIdeas;
  if (role === 'pursuer') return ideas.pursuer;
  if (role === 'distancer') return ideas.distancer;
  if (role === 'both') return [...new Set([...ideas.pursuer, ...ideas.distancer])];
  return [];
}

/** /practice/stretches: plan a small experiment with new discomfort, try it, say how it really was. */
export function StretchesScreen() {
  const stretches = useStretches();
  const st = copy.stretches;
  return (
    <Screen title={st.title} intro={<p>{st.intro}</p>}>
      <Loaded query={stretches}>
        {({ stretches: list, encouragement }) => {
          const upcoming = list.filter((x) => !x.doneAt);
          const done = list.filter((x) => x.doneAt);
          return (
            <>
              <aside className="notice notice-gentle practice-encouragement" aria-label={st.title}>
                <p>{encouragement}</p>
                <p>
                  <Link href="~/help">{st.help}</Link>
                </p>
              </aside>
              <PlanForm />
              <StretchList title={st.upcoming} list={upcoming} />
              <StretchList title={st.done} list={done} />
              {list.length === 0 && <p className="muted">{st.empty}</p>}
            </>
          );
        }}
      </Loaded>
    </Screen>
  );
}

function StretchList({ title, list }: { title: string; list: Stretch[] }) {
  const headingId = useId();
  if (list.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{title}</h2>
      <ul className="practice-list">
        {list.map((s) => (
          <li key={s.id}>
            <StretchCard stretch={s} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function StretchCard({ stretch }: { stretch: Stretch }) {
  const partnerName = usePartnerName();
  const st = copy.stretches;
  const headingId = useId();
  const meta = [
    stretch.mine ? st.mine : st.partners({ partner: partnerName }),
    st.roles[stretch.role],
    stretch.plannedFor ? st.planned_for({ date: formatDay(stretch.plannedFor) }) : null,
    stretch.mine ? (stretch.shared ? st.sharedBadge({ partner: partnerName }) : st.privateBadge) : null,
  ].filter(Boolean);
  const compare = stretch.actualDiscomfort === null ? null : howItWent(stretch.expectedDiscomfort, stretch.actualDiscomfort, stretch.mine ? null : partnerName);
  return (
    <article className="card practice-stretch" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {stretch.title}
      </h3>
      <p className="muted small">{meta.join(' · ')}</p>
      {stretch.actualDiscomfort === null ? (
        <p>{st.expectation({ n: stretch.expectedDiscomfort })}</p>
      ) : (
        <>
          <p>
            {st.compare({ expected: stretch.expectedDiscomfort, actual: stretch.actualDiscomfort })} {compare}
          </p>
          {stretch.reflection && <blockquote className="practice-reflection">{stretch.reflection}</blockquote>}
        </>
      )}
      {stretch.mine && !stretch.doneAt && <TriedForm stretch={stretch} />}
    </article>
  );
}

/** Against what was expected, said to whoever tried it (`partnerName` null: me). */
function howItWent(expected: number, actual: number, partnerName: string | null): string {
  const st = copy.stretches;
  if (actual < expected) return partnerName ? st.partnerEasier({ partner: partnerName }) : st.easier;
  if (actual > expected) return partnerName ? st.partnerHarder({ partner: partnerName }) : st.harder;
  return partnerName ? st.partnerSame({ partner: partnerName }) : st.same;
}

function TriedForm({ stretch }: { stretch: Stretch }) {
  const done = useStretchDone();
  const [actual, setActual] = useState(stretch.expectedDiscomfort);
  const [reflection, setReflection] = useState('');
  const st = copy.stretches;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    done.mutate({ id: stretch.id, actualDiscomfort: actual, reflection: reflection.trim() || null }, { onSuccess: () => announce(st.triedSaved) });
  };
  return (
    <details className="practice-tried">
      <summary>{st.tried}</summary>
      <form className="stack" onSubmit={submit}>
        <DiscomfortScale label={st.afterLabel} value={actual} onChange={setActual} />
        <TextArea label={st.reflectLabel} hint={st.reflectHint} value={reflection} maxLength={2000} onChange={(e) => setReflection(e.target.value)} />
        <FormError error={done.error} />
        <Button type="submit" busy={done.isPending}>
          {st.saveTried}
        </Button>
      </form>
    </details>
  );
}

function PlanForm() {
  const partnerName = usePartnerName();
  const plan = usePlanStretch();
  const [role, setRole] = useState<Role | null>(null);
  const [title, setTitle] = useState('');
  const [plannedFor, setPlannedFor] = useState('');
  const [expected, setExpected] = useState(5);
  const [shared, setShared] = useState(false);
  const st = copy.stretches;
  const ideas = ideasFor(role);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!role || title.trim().length < 3) return;
    plan.mutate(
      { role, title: title.trim(), plannedFor: plannedFor || null, expectedDiscomfort: expected, shared },
      {
        onSuccess: () => {
          setTitle('');
          setPlannedFor('');
          setExpected(5);
          announce(st.planned);
        },
      },
    );
  };

  return (
    <Card title={st.planTitle} className="practice-plan">
      <form className="stack" onSubmit={submit}>
        <ChoiceChips legend={st.roleLegend} options={ROLES.map((value) => ({ value, label: st.roles[value] }))} value={role} onChange={setRole} />
        {ideas.length > 0 && (
          <ChoiceChips legend={st.ideasLegend} options={ideas.map((idea) => ({ value: idea, label: idea }))} value={ideas.includes(title) ? title : null} onChange={setTitle} />
        )}
        <TextField label={st.ownLabel} value={title} minLength={3} maxLength={200} required onChange={(e) => setTitle(e.target.value)} />
        <TextField label={st.when} type="date" min={localDay(new Date())} value={plannedFor} onChange={(e) => setPlannedFor(e.target.value)} />
        <DiscomfortScale label={st.expectedLabel} value={expected} onChange={setExpected} />
        <label className="practice-check">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          <span>{st.share({ partner: partnerName })}</span>
        </label>
        <FormError error={plan.error} />
        <Button type="submit" busy={plan.isPending} disabled={!role}>
          {st.plan}
        </Button>
      </form>
    </Card>
  );
}
