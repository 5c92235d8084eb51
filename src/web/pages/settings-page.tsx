import { SettingsScreen } from '../../features/accounts/ui/settings-screen';
import { LeaveCoupleSection } from '../../features/couple/ui/leave-couple';
import { NotificationsSection } from '../../features/notifications/ui';
import { useMe } from '../../core/web/session';

/** Settings: the account's sections, with the couple space's and notifications' sections composed in by the shell. */
export function SettingsPage() {
  const me = useMe();
  return (
    <SettingsScreen>
      {me.coupleId && <NotificationsSection />}
      {me.coupleId && <LeaveCoupleSection />}
    </SettingsScreen>
  );
}
