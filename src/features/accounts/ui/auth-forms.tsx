import { useState, type FormEvent } from 'react';
import { Button, FormError, TextField } from '../../../core/web/ui';
import { useLogin, useSignup } from './api';
import { copy } from './copy';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface AuthFormProps {
  submitLabel?: string;
  /** Runs after the session is set (e.g. the join page accepts the invite next). */
  onDone?: () => void;
}

export function SignupForm({ submitLabel = copy.signUp.submit, onDone }: AuthFormProps) {
  const signup = useSignup();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'displayName' | 'email' | 'password', string>>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = {
      ...(displayName.trim() ? {} : { displayName: copy.validation.displayName }),
      ...(EMAIL.test(email.trim()) ? {} : { email: copy.validation.email }),
      ...(password.length >= 10 ? {} : { password: copy.validation.passwordShort }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    signup.mutate({ displayName: displayName.trim(), email: email.trim(), password }, { onSuccess: () => onDone?.() });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label={copy.fields.displayName}
        hint={copy.fields.displayNameHint}
        name="displayName"
        autoComplete="nickname"
        maxLength={60}
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.displayName}
      />
      <TextField
        label={copy.fields.email}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
      <TextField
        label={copy.fields.password}
        hint={copy.fields.newPasswordHint}
        type="password"
        name="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
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
      <TextField
        label={copy.fields.email}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
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
    </form>
  );
}
