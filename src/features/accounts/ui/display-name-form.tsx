import { useState, type FormEvent } from 'react';
import { Button, Card, FormError, Notice, TextField } from '../../../core/web/ui';
import { useMe } from '../../../core/web/session';
import { useRenameMe } from './api';
import { copy } from './copy';

export function DisplayNameForm() {
  const me = useMe();
  const rename = useRenameMe();
  const [name, setName] = useState(me.displayName);
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(copy.validation.displayName);
      return;
    }
    setError(null);
    rename.mutate(name.trim());
  }

  return (
    <Card title={copy.settings.name.title}>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={copy.fields.displayName}
          hint={copy.fields.displayNameHint}
          name="displayName"
          autoComplete="nickname"
          maxLength={60}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            rename.reset();
          }}
          error={error}
        />
        <FormError error={rename.error} />
        {rename.isSuccess && (
          <Notice tone="success" role="status">
            {copy.settings.name.saved}
          </Notice>
        )}
        <Button type="submit" variant="secondary" busy={rename.isPending}>
          {copy.settings.name.save}
        </Button>
      </form>
    </Card>
  );
}
