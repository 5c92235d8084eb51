import { Link } from 'wouter';
import { Screen } from '../../../core/web/ui';
import { SignupForm } from './auth-forms';
import { copy } from './copy';
import { therapistCopy } from './therapist-copy';
import './accounts.css';

export function SignupScreen() {
  return (
    <Screen title={copy.signUp.title} intro={<p>{copy.signUp.intro}</p>}>
      <SignupForm />
      <p className="switch-auth">
        {copy.signUp.haveAccount} <Link href="/login">{copy.signUp.logInInstead}</Link>
      </p>
      <p className="switch-auth">
        {therapistCopy.question} <Link href="/signup/therapist">{therapistCopy.instead}</Link>
      </p>
    </Screen>
  );
}
