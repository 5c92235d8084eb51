import { InsightsScreen } from '../../features/insights/ui/insights-screen';
import { usePartnerName } from './partner-name';

/** "How we're doing", named for the partner. Its own chunk: the charts never load with home. */
export function InsightsPage() {
  return <InsightsScreen partnerName={usePartnerName()} />;
}
