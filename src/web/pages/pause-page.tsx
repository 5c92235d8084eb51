import { PauseScreen } from '../../features/pause/ui/pause-screen';
import { HelpsPanel, tetherPhrases, useToolkit } from '../../features/toolkit/ui';
import { usePartnerName } from './partner-name';

/** The pause, with the toolkit's phrases as tether ideas and its "what helps me" lists beside it. */
export function PausePage() {
  const partnerName = usePartnerName();
  const toolkit = useToolkit();
  return (
    <PauseScreen
      partnerName={partnerName}
      tetherSuggestions={tetherPhrases(toolkit.data?.scripts, 4)}
      playlistUrl={toolkit.data?.playlistUrl ?? null}
      helps={<HelpsPanel partnerName={partnerName} />}
    />
  );
}
