import { usePause } from '../../features/pause/ui';
import { RepairRoutes } from '../../features/repair/ui/repair-routes';
import { usePartnerName } from './partner-name';

/** Rupture and repair (everything under /repair), named for the partner; the log offers to turn the latest pause into a rupture. */
export function RepairPage() {
  const pause = usePause();
  return <RepairRoutes partnerName={usePartnerName()} latestPause={pause.data?.pause} />;
}
