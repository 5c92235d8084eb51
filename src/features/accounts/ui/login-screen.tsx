import { Link } from 'wouter';
import { Button, Screen } from '../../../core/web/ui';
import { LoginForm } from './auth-forms';
import { copy } from './copy';
import { PasskeyProblem } from './passkey-problem';
import { passkeysSupported, usePasskeySignIn } from './passkeys-api';
import './accounts.css';

export function LoginScreen() {
  const passkey = usePasskeySignIn();
  return (
    <Screen title={copy.logIn.title} intro={<p>{copy.logIn.intro}</p>}>
      <LoginForm />
      {passkeysSupported() && (
        <div className="stack passkey-sign-in">
          <p className="or-divider">{copy.logIn.orPasskey}</p>
          <PasskeyProblem error={passkey.error} cancelled={copy.logIn.passkeyCancelled} />
          <Button variant="secondary" block busy={passkey.isPending} onClick={() => passkey.mutate()}>
            {copy.logIn.passkey}
          </Button>
        </div>
      )}
      <p className="switch-auth">
        {copy.logIn.noAccount} <Link href="/signup">{copy.logIn.signUpInstead}</Link>
      </p>
    </Screen>
  );
}
