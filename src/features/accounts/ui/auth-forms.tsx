import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { Button, FormError, Notice, TextField } from '../../../core/web/ui';
import { useLogin, useSignup } from './api';
import { copy } from './copy';
import { therapistCopy } from './therapist-copy';
import { EmailField, NewPasswordField } from './fields';

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface AuthFormProps {
  submitLabel?: string;
  /** Runs after the session is set (e.g. the join page accepts the invite next). */
  onDone?: () => void;
}

/** Sign-up for a partner, or with `therapist` for a therapist (their practice and contact too). */
export function SignupForm({ submitLabel = copy.signUp.submit, onDone, therapist = false }: AuthFormProps & { therapist?: boolean }) {
  const signup = useSignup();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [practice, setPractice] = useState('');
  const [contact, setContact] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'displayName' | 'email' | 'password' | 'practice' | 'contact', string>>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = {
      ...(displayName.trim() ? {} : { displayName: copy.validation.displayName }),
      ...(EMAIL.test(email.trim()) ? {} : { email: copy.validation.email }),
      ...(password.length >= 10 ? {} : { password: copy.validation.passwordShort }),
      ...(!therapist || practice.trim() ? {} : { practice: therapistCopy.validation.practice }),
      ...(!therapist || contact.trim() ? {} : { contact: therapistCopy.validation.contact }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const details = therapist ? { therapist: { practice: practice.trim(), contact: contact.trim() } } : {};
    signup.mutate(
      { displayName: displayName.trim(), email: email.trim(), password, ...details },
      { onSuccess: (state) => ('csrfToken' in state ? onDone?.() : undefined) },
    );
  }

  // This server sends mail: the account is made when the link in it is opened (decision 0023).
  if (signup.data && 'next' in signup.data) {
    return (
      <div className="stack">
        <Notice tone="success" role="status" title={copy.checkEmail.title}>
          <p>{copy.checkEmail.body({ email: email.trim() })}</p>
          <p>{copy.checkEmail.spam}</p>
          {onDone && <p>{copy.checkEmail.invite}</p>}
        </Notice>
        <Button variant="secondary" onClick={() => signup.reset()}>
          {copy.checkEmail.again}
        </Button>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label={therapist ? therapistCopy.fields.name : copy.fields.displayName}
        hint={therapist ? therapistCopy.fields.nameHint : copy.fields.displayNameHint}
        name="displayName"
        autoComplete={therapist ? 'name' : 'nickname'}
        maxLength={60}
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.displayName}
      />
      {therapist && (
        <>
          <TextField
            label={therapistCopy.fields.practice}
            hint={therapistCopy.fields.practiceHint}
            name="practice"
            autoComplete="organization"
            maxLength={120}
            value={practice}
            onChange={(e) => setPractice(e.target.value)}
            error={errors.practice}
          />
          <TextField
            label={therapistCopy.fields.contact}
            hint={therapistCopy.fields.contactHint}
            name="contact"
            maxLength={200}
            value={contact}
            onChange={(e) => setContact(e.target.value)}
            error={errors.contact}
          />
        </>
      )}
      <EmailField value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      <NewPasswordField label={copy.fields.password} name="password" value={password} onChange={(e) => setPassword(e.target.value)} error={errors.password} />
      <FormError error={signup.error} />
      <Button type="submit" busy={signup.isPending} block>
        {submitLabel}
      </Button>
    </form>
  );
}

export function LoginForm({ submitLabel = copy.logIn.submit, onDone }: AuthFormProps) {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'email' | 'password', string>>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = {
      ...(EMAIL.test(email.trim()) ? {} : { email: copy.validation.email }),
      ...(password ? {} : { password: copy.validation.passwordMissing }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    login.mutate({ email: email.trim(), password }, { onSuccess: () => onDone?.() });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <EmailField autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      <TextField
        label={copy.fields.password}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <FormError error={login.error} />
      <Button type="submit" busy={login.isPending} block>
        {submitLabel}
      </Button>
      <p className="switch-auth">
        <Link href="~/forgot-password">{copy.logIn.forgot}</Link>
      </p>
    </form>
  );
}
