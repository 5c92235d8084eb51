import { Link, Redirect, useSearch } from 'wouter';
import { useSession } from '../../../core/web/session';
import { Screen } from '../../../core/web/ui';
import { SignupForm } from './auth-forms';
import { copy } from './copy';
import { therapistCopy } from './therapist-copy';
import './accounts.css';

/**
 * `/signup/therapist`: a couples therapist's own account, with their practice and contact.
 * `?next=connect` comes from a couple's link opened signed out: back there after signing up.
 */
export function TherapistSignupScreen() {
  const next = new URLSearchParams(useSearch()).get('next') === 'connect' ? '/connect' : '/';
  // Signed in (just now, or already): on to where they were going.
  if (useSession().data?.user) return <Redirect to={next} replace />;
  return (
    <Screen title={therapistCopy.title} intro={<p>{therapistCopy.intro}</p>}>
      <p className="muted">{therapistCopy.note}</p>
      <SignupForm therapist submitLabel={therapistCopy.submit} />
      <p className="switch-auth">
        {therapistCopy.partnerQuestion} <Link href="/signup">{therapistCopy.partnerInstead}</Link>
      </p>
      <p className="switch-auth">
        {copy.signUp.haveAccount} <Link href="/login">{copy.signUp.logInInstead}</Link>
      </p>
    </Screen>
  );
}
