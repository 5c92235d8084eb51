import { useLocation } from 'wouter';
import { IncomingSignal, SignalLiveSync } from '../../features/signal/ui';
import { PauseBanner, PauseLiveSync } from '../../features/pause/ui';
import { usePartnerName } from './partner-name';

/**
 * What stays with a couple on every screen: the live syncs of signals and
 * the pause, the partner's signal card, and the banner of a live pause (not
 * on the pause screen itself). Composed by the shell from two features.
 */
export function InTheMoment({ myId }: { myId: string }) {
  const partnerName = usePartnerName();
  const [location] = useLocation();
  return (
    <>
      <SignalLiveSync myId={myId} />
      <PauseLiveSync myId={myId} />
      <IncomingSignal partnerName={partnerName} />
      {location !== '/pause' && <PauseBanner partnerName={partnerName} />}
    </>
  );
}
