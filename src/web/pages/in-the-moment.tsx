import { useLocation } from 'wouter';
import { SignalLiveSync, SignalMoment } from '../../features/signal/ui';
import { PauseBanner, PauseLiveSync, QuickPause, pauseCoversUntil, usePause } from '../../features/pause/ui';
// Straight from their files: the shell needs these small pieces, not the features' screens.
import { ToolkitLiveSync } from '../../features/toolkit/ui/live-sync';
import { MapResponseNotice } from '../../features/pattern-map/ui/response-notice';
import { partnerFallback } from '../../core/web/partner-name';
import { usePartnerName } from './partner-name';

/** Until when the latest pause takes the place of the moment's signals (see the signal feature's show.ts). */
export function usePauseCoversUntil(): number | null {
  return pauseCoversUntil(usePause().data?.pause);
}

/**
 * What stays with a couple on every screen: the live syncs of signals, the
 * pause and the toolkit (the partner's shared helps), the signal cards of the
 * moment (with a ready pause one tap away), the banner of a live pause (not
 * on the pause screen itself), and the word that the partner answered
 * something on my side of the pattern map. Composed by the shell from four features.
 */
export function InTheMoment({ myId }: { myId: string }) {
  const partnerName = usePartnerName();
  const covers = usePauseCoversUntil();
  const [location] = useLocation();
  const onPauseScreen = location === '/pause';
  return (
    <>
      <SignalLiveSync myId={myId} />
      <PauseLiveSync myId={myId} />
      <ToolkitLiveSync />
      {partnerName && <SignalMoment partnerName={partnerName} pauseCoversUntil={covers} pauseNow={<QuickPause />} />}
      {!onPauseScreen && <PauseBanner partnerName={partnerName} />}
      <MapResponseNotice myId={myId} partnerName={partnerName ?? partnerFallback()} />
    </>
  );
}
