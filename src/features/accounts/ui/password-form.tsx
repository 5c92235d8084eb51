import { useState, type FormEvent } from 'react';
import { Button, Card, FormError, Notice } from '../../../core/web/ui';
import { useChangePassword } from './api';
import { copy } from './copy';
import { CurrentPasswordField, NewPasswordField } from './fields';

export function PasswordForm() {
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'current' | 'next', string>>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = {
      ...(currentPassword ? {} : { current: copy.validation.passwordMissing }),
      ...(newPassword.length >= 10 ? {} : { next: copy.validation.passwordShort }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent('');
          setNew('');
        },
      },
    );
  }

  return (
    <Card title={copy.settings.password.title}>
      <p className="muted">{copy.settings.password.note}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <CurrentPasswordField value={currentPassword} onChange={(e) => setCurrent(e.target.value)} error={errors.current} />
        <NewPasswordField value={newPassword} onChange={(e) => setNew(e.target.value)} error={errors.next} />
        <FormError error={change.error} />
        {change.isSuccess && (
          <Notice tone="success" role="status">
            {copy.settings.password.saved}
          </Notice>
        )}
        <Button type="submit" variant="secondary" busy={change.isPending}>
          {copy.settings.password.save}
        </Button>
      </form>
    </Card>
  );
}
