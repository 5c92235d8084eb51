import { SettingsScreen } from '../../features/accounts/ui/settings-screen';
import { LeaveCoupleSection } from '../../features/couple/ui/leave-couple';
import { useMe } from '../../core/web/session';

/** Settings: the account's sections, with the couple space's section composed in by the shell. */
export function SettingsPage() {
  const me = useMe();
  return <SettingsScreen>{me.coupleId && <LeaveCoupleSection />}</SettingsScreen>;
}
