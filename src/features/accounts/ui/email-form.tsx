import { useState, type FormEvent } from 'react';
import { useMe } from '../../../core/web/session';
import { Button, Card, FormError, Notice } from '../../../core/web/ui';
import { useChangeEmail } from './api';
import { EMAIL } from './auth-forms';
import { copy } from './copy';
import { CurrentPasswordField, EmailField } from './fields';

/** The email one logs in with; with mail on, it changes once the link sent to the new one is opened. */
export function EmailForm() {
  const me = useMe();
  const change = useChangeEmail();
  const [email, setEmail] = useState('');
  const [currentPassword, setCurrent] = useState('');
  const [sentTo, setSentTo] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'email' | 'current', string>>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = {
      ...(EMAIL.test(email.trim()) ? {} : { email: copy.validation.email }),
      ...(currentPassword ? {} : { current: copy.validation.passwordMissing }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword, email: email.trim() },
      {
        onSuccess: () => {
          setSentTo(email.trim());
          setEmail('');
          setCurrent('');
        },
      },
    );
  }

  return (
    <Card title={copy.settings.email.title}>
      <p className="muted">{copy.settings.email.current({ email: me.email })}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <EmailField label={copy.settings.email.newEmail} name="newEmail" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
        <CurrentPasswordField name="emailCurrentPassword" value={currentPassword} onChange={(e) => setCurrent(e.target.value)} error={errors.current} />
        <FormError error={change.error} />
        {change.isSuccess && (
          <Notice tone="success" role="status">
            {change.data.next === 'changed' ? copy.settings.email.changed : copy.settings.email.checkEmail({ email: sentTo })}
          </Notice>
        )}
        <Button type="submit" variant="secondary" busy={change.isPending}>
          {copy.settings.email.save}
        </Button>
      </form>
    </Card>
  );
}
