import { useState, type FormEvent } from 'react';
import { Button, FormError, TextField } from '../../../core/web/ui';
import { useRenameCouple } from './api';
import { copy } from './copy';

/** The inline form that renames the shared space (the heading shows the name). */
export function RenameCoupleForm({ current, onDone }: { current: string; onDone(): void }) {
  const rename = useRenameCouple();
  const [name, setName] = useState(current);

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = name.trim();
    if (!next || next === current) {
      onDone();
      return;
    }
    rename.mutate(next, { onSuccess: onDone });
  }

  return (
    <form className="stack rename" onSubmit={submit} noValidate>
      <TextField
        label={copy.home.renameLabel}
        name="coupleName"
        maxLength={80}
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      <FormError error={rename.error} />
      <div className="row">
        <Button type="submit" busy={rename.isPending}>
          {copy.home.renameSave}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {copy.cancel}
        </Button>
      </div>
    </form>
  );
}
