import { Link } from 'wouter';
import { tellCopy as c } from '../copy';
import { TELL_THERAPIST_PATH } from './path';

/** The way to the private page, where the "Your therapist" card names the therapist. */
export function TellTherapistLink({ therapistName }: { therapistName: string }) {
  return (
    <p>
      <Link href={TELL_THERAPIST_PATH}>{c.title({ name: therapistName })}</Link>
    </p>
  );
}
