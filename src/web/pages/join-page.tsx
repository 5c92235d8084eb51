import { AuthChoice } from '../../features/accounts/ui/auth-choice';
import { useLogout } from '../../features/accounts/ui/api';
import { JoinScreen } from '../../features/couple/ui/join-screen';

/** The join page: the couple feature's invite flow, with the accounts feature's sign-up and log-in inside it. */
export function JoinPage() {
  const logout = useLogout();
  return <JoinScreen renderAuth={({ onSignedIn }) => <AuthChoice onSignedIn={onSignedIn} />} onLogOut={() => logout.mutate()} />;
}
