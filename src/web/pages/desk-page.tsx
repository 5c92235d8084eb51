import { Button } from '../../core/web/ui';
import { useLogout } from '../../features/accounts/ui/api';
import { DeskRoutes } from '../../features/desk/ui/desk-routes';
import { DeskHomework } from '../../features/homework/ui';
import { DeskPrivateMessages } from '../../features/tell-therapist/ui';
import { copy } from '../copy';

/**
 * A therapist's whole app: the desk. Other features' panels for one couple mount in the desk's
 * slots here (homework's "Assign a practice", the private messages), so the desk never imports them.
 */
export function DeskPage() {
  const logout = useLogout();
  return (
    <>
      <DeskRoutes assignPractice={(coupleId) => <DeskHomework coupleId={coupleId} />} privateMessages={(coupleId) => <DeskPrivateMessages coupleId={coupleId} />} />
      <p className="desk-sign-out">
        <Button variant="quiet" busy={logout.isPending} onClick={() => logout.mutate()}>
          {copy.signOut}
        </Button>
      </p>
    </>
  );
}
