import { Link } from 'wouter';
import { Screen } from '../../../core/web/ui';
import { LoginForm } from './auth-forms';
import { copy } from './copy';
import './accounts.css';

export function LoginScreen() {
  return (
    <Screen title={copy.logIn.title} intro={<p>{copy.logIn.intro}</p>}>
      <LoginForm />
      <p className="switch-auth">
        {copy.logIn.noAccount} <Link href="/signup">{copy.logIn.signUpInstead}</Link>
      </p>
    </Screen>
  );
}
