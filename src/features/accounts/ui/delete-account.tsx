import { useState, type FormEvent } from 'react';
import { Button, Card, ConfirmDialog, FormError, TextField } from '../../../core/web/ui';
import { useDeleteAccount } from './api';
import { copy } from './copy';
import { OwnWordsDownloads } from './own-words';

/** Deleting needs the password and a second, unhurried confirmation. */
export function DeleteAccount() {
  const remove = useDeleteAccount();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const d = copy.settings.deleteAccount;

  function ask(e: FormEvent) {
    e.preventDefault();
    if (!password) {
      setError(copy.validation.passwordMissing);
      return;
    }
    setError(null);
    remove.reset();
    setConfirming(true);
  }

  function confirm() {
    remove.mutate(password, { onError: () => setConfirming(false) });
  }

  return (
    <Card title={d.title} className="card-danger">
      <p>{d.body}</p>
      <form className="stack" onSubmit={ask} noValidate>
        <TextField
          label={d.passwordLabel}
          type="password"
          name="deletePassword"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error}
        />
        <FormError error={remove.error} />
        <Button type="submit" variant="danger">
          {d.button}
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={d.confirmTitle}
        confirmLabel={d.confirm}
        cancelLabel={d.keep}
        confirmVariant="danger"
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={confirm}
      >
        <p>{d.confirmBody}</p>
        <p>{copy.settings.ownWords.beforeDelete}</p>
        <OwnWordsDownloads />
      </ConfirmDialog>
    </Card>
  );
}
