import { AuthChoice } from '../../features/accounts/ui/auth-choice';
import { ConnectScreen } from '../../features/therapist/ui/connect-screen';

/** `/connect#<token>`: the therapist feature's connect link, with the accounts feature's log-in and sign-up inside it. */
export function ConnectPage() {
  return <ConnectScreen renderAuth={(labels) => <AuthChoice labels={labels} onSignedIn={() => {}} />} />;
}
