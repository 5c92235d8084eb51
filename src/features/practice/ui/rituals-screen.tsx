import { useState, type FormEvent } from 'react';
import { announce, Button, Card, FormError, Screen, TextField } from '../../../core/web/ui';
import { practiceCopy, RITUAL_KEYS } from '../copy';
import { useKeepRitual, useLetGoRitual, useMarkMoment, useRituals, type Ritual } from './api';
import { copy } from './copy';
import { AskFirst, Loaded, usePartnerName } from './fields';
import { ReminderEditor } from './reminder-editor';

/** /practice/rituals: the rituals we keep, marking one done (alone or together), my reminders, and adding more. */
export function RitualsScreen() {
  const rituals = useRituals();
  return (
    <Screen title={copy.rituals.title} intro={<p>{copy.rituals.intro}</p>}>
      <Loaded query={rituals}>
        {(list) => (
          <>
            {list.length === 0 ? (
              <p className="muted">{copy.rituals.empty}</p>
            ) : (
              <ul className="practice-list" aria-label={copy.rituals.title}>
                {list.map((r) => (
                  <li key={r.id}>
                    <RitualCard ritual={r} />
                  </li>
                ))}
              </ul>
            )}
            <AddRitual kept={list} />
          </>
        )}
      </Loaded>
    </Screen>
  );
}

function RitualCard({ ritual }: { ritual: Ritual }) {
  const partnerName = usePartnerName();
  const mark = useMarkMoment();
  const letGo = useLetGoRitual();
  const [marked, setMarked] = useState<'solo' | 'together' | null>(null);
  const hint = ritual.libraryKey ? practiceCopy.ritualLibrary[ritual.libraryKey].hint : null;
  const did = (together: boolean) =>
    mark.mutate(
      { ritualId: ritual.id, together },
      {
        onSuccess: () => {
          setMarked(together ? 'together' : 'solo');
          announce(together ? copy.rituals.markedTogether({ partner: partnerName }) : copy.rituals.markedSolo);
        },
      },
    );
  return (
    <Card title={ritual.title} level={2} className="practice-ritual">
      {hint && <p className="muted">{hint}</p>}
      <div className="row">
        <Button onClick={() => did(true)} busy={mark.isPending && mark.variables?.together === true}>
          {copy.rituals.didTogether}
        </Button>
        <Button variant="secondary" onClick={() => did(false)} busy={mark.isPending && mark.variables?.together === false}>
          {copy.rituals.didSolo}
        </Button>
      </div>
      {marked && (
        <p className="practice-done" role="status">
          {marked === 'together' ? copy.rituals.markedTogether({ partner: partnerName }) : copy.rituals.markedSolo}
        </p>
      )}
      <FormError error={mark.error} />
      <ReminderEditor ritual={ritual} />
      <div className="practice-card-foot">
        <AskFirst
          label={copy.rituals.letGo}
          title={copy.rituals.letGoTitle}
          body={copy.rituals.letGoBody}
          confirm={copy.rituals.letGoConfirm}
          busy={letGo.isPending}
          onConfirm={() => letGo.mutateAsync(ritual.id)}
        />
      </div>
    </Card>
  );
}

function AddRitual({ kept }: { kept: Ritual[] }) {
  const keep = useKeepRitual();
  const [own, setOwn] = useState('');
  const keptKeys = new Set(kept.map((r) => r.libraryKey));
  const ideas = RITUAL_KEYS.filter((k) => !keptKeys.has(k));

  const addOwn = (e: FormEvent) => {
    e.preventDefault();
    if (own.trim().length < 3) return;
    keep.mutate({ title: own.trim() }, { onSuccess: () => (setOwn(''), announce(copy.rituals.kept)) });
  };

  return (
    <Card title={copy.rituals.addTitle} className="practice-add-ritual">
      {ideas.length > 0 ? <p className="muted">{copy.rituals.addIntro}</p> : <p className="muted">{copy.rituals.allKept}</p>}
      <ul className="practice-ideas">
        {ideas.map((key) => (
          <li key={key} className="practice-idea">
            <div>
              <p className="practice-idea-title">{practiceCopy.ritualLibrary[key].title}</p>
              <p className="muted small">{practiceCopy.ritualLibrary[key].hint}</p>
            </div>
            <Button
              variant="secondary"
              aria-label={`${copy.rituals.keep}: ${practiceCopy.ritualLibrary[key].title}`}
              busy={keep.isPending && keep.variables !== undefined && 'libraryKey' in keep.variables && keep.variables.libraryKey === key}
              onClick={() => keep.mutate({ libraryKey: key }, { onSuccess: () => announce(copy.rituals.kept) })}
            >
              {copy.rituals.keep}
            </Button>
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={addOwn}>
        <TextField label={copy.rituals.ownLabel} hint={copy.rituals.ownHint} value={own} minLength={3} maxLength={120} onChange={(e) => setOwn(e.target.value)} />
        <Button type="submit" variant="secondary" busy={keep.isPending && keep.variables !== undefined && 'title' in keep.variables}>
          {copy.rituals.ownAdd}
        </Button>
      </form>
      <FormError error={keep.error} />
    </Card>
  );
}
