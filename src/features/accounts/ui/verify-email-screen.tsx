import { useState } from 'react';
import { useLocation } from 'wouter';
import { linkToken } from '../../../core/web/link-token';
import { Button, ButtonLink, FormError, Notice, Screen } from '../../../core/web/ui';
import { useVerifyEmail } from './api';
import { copy } from './copy';
import './accounts.css';

const verifyToken = linkToken('offbeat.verify-token');

/**
 * `/verify-email#<token>`: confirming takes a tap rather than happening on load, so a mail
 * program that opens links to preview them cannot use the link up.
 */
export function VerifyEmailScreen() {
  const [token] = useState(verifyToken.take);
  const verify = useVerifyEmail();
  const [, navigate] = useLocation();

  if (verify.data?.outcome === 'email_changed') {
    return (
      <Screen title={copy.verify.changedTitle} intro={<p>{copy.verify.changed({ email: verify.data.email })}</p>}>
        <ButtonLink href="/" block>
          {copy.verify.home}
        </ButtonLink>
      </Screen>
    );
  }
  if (!token) {
    return (
      <Screen title={copy.verify.title}>
        <Notice tone="gentle">{copy.verify.noToken}</Notice>
        <ButtonLink href="/signup" variant="secondary">
          {copy.verify.signUpAgain}
        </ButtonLink>
      </Screen>
    );
  }
  return (
    <Screen title={copy.verify.title} intro={<p>{copy.verify.intro}</p>}>
      <FormError error={verify.error} />
      <Button
        block
        busy={verify.isPending}
        onClick={() =>
          verify.mutate(token, {
            onSuccess: (result) => {
              verifyToken.forget();
              if (result.outcome === 'signed_up') navigate('/', { replace: true });
            },
          })
        }
      >
        {copy.verify.confirm}
      </Button>
    </Screen>
  );
}
