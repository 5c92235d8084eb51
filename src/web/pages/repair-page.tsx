import { RepairRoutes } from '../../features/repair/ui/repair-routes';
import { usePartnerName } from './partner-name';

/** Rupture and repair (everything under /repair), named for the partner. */
export function RepairPage() {
  return <RepairRoutes partnerName={usePartnerName()} />;
}
