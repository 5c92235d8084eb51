import { RepairRoutes } from '../../features/repair/ui/repair-routes';
import { useRepairPartnerName } from './repair-partner';

/** Rupture and repair (everything under /repair), named for the partner. */
export function RepairPage() {
  return <RepairRoutes partnerName={useRepairPartnerName()} />;
}
