import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { linkToken } from '../../../core/web/link-token';
import { Button, ButtonLink, FormError, Notice, Screen } from '../../../core/web/ui';
import { EmailField, NewPasswordField } from './fields';
import { useAskReset, useCompleteReset } from './api';
import { EMAIL } from './auth-forms';
import { copy } from './copy';
import './accounts.css';

/** `/forgot-password`: the same answer for every email; on a server without mail, who to ask. */
export function ForgotPasswordScreen() {
  const ask = useAskReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();

  function submit(e: FormEvent) {
    e.preventDefault();
    const valid = EMAIL.test(email.trim());
    setError(valid ? undefined : copy.validation.email);
    if (valid) ask.mutate(email.trim());
  }

  if (ask.data?.delivery === 'email') {
    return (
      <Screen title={copy.forgot.sentTitle} intro={<p>{copy.forgot.sent({ email: email.trim() })}</p>}>
        <p className="muted">{copy.forgot.spam}</p>
        <ButtonLink href="/login" variant="secondary">
          {copy.forgot.backToLogIn}
        </ButtonLink>
      </Screen>
    );
  }
  if (ask.data?.delivery === 'ask_admin') {
    return (
      <Screen title={copy.forgot.adminTitle} intro={<p>{copy.forgot.admin}</p>}>
        <pre className="reset-command">
          <code>{copy.forgot.adminCommand({ email: email.trim() })}</code>
        </pre>
        <ButtonLink href="/login" variant="secondary">
          {copy.forgot.backToLogIn}
        </ButtonLink>
      </Screen>
    );
  }
  return (
    <Screen title={copy.forgot.title} intro={<p>{copy.forgot.intro}</p>}>
      <form className="stack" onSubmit={submit} noValidate>
        <EmailField autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} error={error} />
        <FormError error={ask.error} />
        <Button type="submit" busy={ask.isPending} block>
          {copy.forgot.submit}
        </Button>
      </form>
      <p className="switch-auth">
        <Link href="/login">{copy.forgot.backToLogIn}</Link>
      </p>
    </Screen>
  );
}

const resetToken = linkToken('offbeat.reset-token');

/** `/reset-password#<token>`: a new password, with the same rules as at sign-up. */
export function ResetPasswordScreen() {
  const [token] = useState(resetToken.take);
  const complete = useCompleteReset();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();

  function submit(e: FormEvent) {
    e.preventDefault();
    const valid = password.length >= 10;
    setError(valid ? undefined : copy.validation.passwordShort);
    if (valid && token) complete.mutate({ token, newPassword: password }, { onSuccess: () => resetToken.forget() });
  }

  if (complete.isSuccess) {
    return (
      <Screen title={copy.reset.doneTitle} intro={<p>{copy.reset.done}</p>}>
        <ButtonLink href="/login" block>
          {copy.reset.logIn}
        </ButtonLink>
      </Screen>
    );
  }
  if (!token) {
    return (
      <Screen title={copy.reset.title}>
        <Notice tone="gentle">{copy.reset.noToken}</Notice>
        <ButtonLink href="/forgot-password" variant="secondary">
          {copy.reset.askAgain}
        </ButtonLink>
      </Screen>
    );
  }
  return (
    <Screen title={copy.reset.title} intro={<p>{copy.reset.intro}</p>}>
      <form className="stack" onSubmit={submit} noValidate>
        <NewPasswordField value={password} onChange={(e) => setPassword(e.target.value)} error={error} />
        <FormError error={complete.error} />
        <Button type="submit" busy={complete.isPending} block>
          {copy.reset.submit}
        </Button>
      </form>
      <p className="switch-auth">
        <Link href="/forgot-password">{copy.reset.askAgain}</Link>
      </p>
    </Screen>
  );
}
