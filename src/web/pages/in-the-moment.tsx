import { useLocation } from 'wouter';
import { SignalLiveSync, SignalMoment } from '../../features/signal/ui';
import { PauseBanner, PauseLiveSync, QuickPause, pauseCoversUntil, usePause } from '../../features/pause/ui';
// Straight from its file: the shell needs the sync, not the toolkit's screens.
import { ToolkitLiveSync } from '../../features/toolkit/ui/live-sync';
import { usePartnerName } from './partner-name';

/** Until when the latest pause takes the place of the moment's signals (see the signal feature's show.ts). */
export function usePauseCoversUntil(): number | null {
  return pauseCoversUntil(usePause().data?.pause);
}

/**
 * What stays with a couple on every screen: the live syncs of signals, the
 * pause and the toolkit (the partner's shared helps), the signal cards of the
 * moment (with a ready pause one tap away), and the banner of a live pause
 * (not on the pause screen itself). Composed by the shell from three features.
 */
export function InTheMoment({ myId }: { myId: string }) {
  const partnerName = usePartnerName();
  const covers = usePauseCoversUntil();
  const [location] = useLocation();
  return (
    <>
      <SignalLiveSync myId={myId} />
      <PauseLiveSync myId={myId} />
      <ToolkitLiveSync />
      {partnerName && <SignalMoment partnerName={partnerName} pauseCoversUntil={covers} pauseNow={<QuickPause />} />}
      {location !== '/pause' && <PauseBanner partnerName={partnerName} />}
    </>
  );
}
