import { useLocation } from 'wouter';
import { IncomingSignal, SignalLiveSync } from '../../features/signal/ui';
import { PauseBanner, PauseLiveSync } from '../../features/pause/ui';
// Straight from its file: the shell needs the sync, not the toolkit's screens.
import { ToolkitLiveSync } from '../../features/toolkit/ui/live-sync';
import { usePartnerName } from './partner-name';

/**
 * What stays with a couple on every screen: the live syncs of signals, the
 * pause and the toolkit (the partner's shared helps), the partner's signal
 * card, and the banner of a live pause (not on the pause screen itself).
 * Composed by the shell from three features.
 */
export function InTheMoment({ myId }: { myId: string }) {
  const partnerName = usePartnerName();
  const [location] = useLocation();
  return (
    <>
      <SignalLiveSync myId={myId} />
      <PauseLiveSync myId={myId} />
      <ToolkitLiveSync />
      <IncomingSignal partnerName={partnerName} />
      {location !== '/pause' && <PauseBanner partnerName={partnerName} />}
    </>
  );
}
