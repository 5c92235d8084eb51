import { CheckinScreen } from '../../features/checkin/ui/checkin-screen';
import { usePartnerName } from './partner-name';

/** The weekly check-in (/check-in), naming the partner in its sharing choice. */
export function CheckinPage() {
  return <CheckinScreen partnerName={usePartnerName()} />;
}
