import { PauseScreen } from '../../features/pause/ui/pause-screen';
import { HeartInPause } from '../../features/heart/ui';
import { HelpsPanel, ownPhrases, useToolkit } from '../../features/toolkit/ui';
import { usePartnerName } from './partner-name';

/** The pause, with the person's own phrases as tether ideas and the toolkit's "what helps me" lists beside it. */
export function PausePage() {
  const partnerName = usePartnerName();
  const toolkit = useToolkit();
  return (
    <PauseScreen
      partnerName={partnerName}
      ownPhrases={ownPhrases(toolkit.data?.scripts)}
      playlistUrl={toolkit.data?.playlistUrl ?? null}
      helps={<HelpsPanel partnerName={partnerName} />}
      body={(pause) => <HeartInPause pauseId={pause.id} startedAt={pause.startedAt} />}
    />
  );
}
