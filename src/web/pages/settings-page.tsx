import { SettingsScreen } from '../../features/accounts/ui/settings-screen';
import { LeaveCoupleSection } from '../../features/couple/ui/leave-couple';
import { NotificationsSection } from '../../features/notifications/ui';
import { OwnPaceSection } from '../../features/notifications/ui/own-pace-section';
import { QuickExitSettings, SafetyCheckSettings } from '../../features/safety/ui';
import { TherapistSection } from '../../features/therapist/ui/therapist-card';
import { TellTherapistLink } from '../../features/tell-therapist/ui/tell-link';
import { useScrollToHash } from '../../core/web/scroll-to-hash';
import { useMe } from '../../core/web/session';

/** Settings: the account's sections, with the couple space's, own pace's, notifications', safety check's and quick exit's sections composed in by the shell. */
export function SettingsPage() {
  const me = useMe();
  useScrollToHash();
  return (
    <SettingsScreen>
      {me.coupleId && <OwnPaceSection />}
      {me.coupleId && <NotificationsSection />}
      {me.coupleId && me.kind === 'partner' && <TherapistSection privately={(name) => <TellTherapistLink therapistName={name} />} />}
      {/* The safety check is a partner's, for their relationship: a therapist's account has none. */}
      {me.kind === 'partner' && <SafetyCheckSettings />}
      <QuickExitSettings />
      {me.coupleId && <LeaveCoupleSection />}
    </SettingsScreen>
  );
}
