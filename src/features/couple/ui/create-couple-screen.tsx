import { useState, type FormEvent } from 'react';
import { Button, FormError, Screen, TextField } from '../../../core/web/ui';
import { useCreateCouple } from './api';
import { copy } from './copy';
import './couple.css';

export function CreateCoupleScreen() {
  const create = useCreateCouple();
  const [name, setName] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(name.trim() || undefined);
  }

  return (
    <Screen
      title={copy.create.title}
      intro={copy.create.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
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
