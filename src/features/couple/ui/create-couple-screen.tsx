import { useState, type FormEvent } from 'react';
import { Button, ButtonLink, FormError, Notice, Screen, TextField } from '../../../core/web/ui';
import { useCreateCouple, useReadSpaceEnded, useSpaceEnded } from './api';
import { copy } from './copy';
import './couple.css';

export function CreateCoupleScreen() {
  const create = useCreateCouple();
  const ended = useSpaceEnded();
  const [name, setName] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(name.trim() || undefined);
  }

  return (
    <Screen
      title={ended.data ? copy.ended.newTitle : copy.create.title}
      // After a space ended, how it ended is said first, in place of the introduction.
      intro={ended.data ? <SpaceEndedNotice /> : copy.create.intro.map((p) => <p key={p}>{p}</p>)}
    >
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={copy.create.nameLabel}
          hint={copy.create.nameHint}
          name="coupleName"
          maxLength={80}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <FormError error={create.error} />
        <Button type="submit" busy={create.isPending} block>
          {copy.create.submit}
        </Button>
      </form>
      <p className="muted small">{copy.create.invited}</p>
    </Screen>
  );
}

/** How the last space ended, said once, kindly, before anything else. */
function SpaceEndedNotice() {
  const read = useReadSpaceEnded();
  const e = copy.ended;
  return (
    <Notice tone="gentle" title={e.title} className="space-ended">
      {e.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <div className="row">
        <ButtonLink href="/journal" variant="secondary">
          {e.journal}
        </ButtonLink>
        <Button variant="quiet" busy={read.isPending} onClick={() => read.mutate()}>
          {e.read}
        </Button>
      </div>
      <FormError error={read.error} />
    </Notice>
  );
}
