import { PracticeRoutes } from '../../features/practice/ui/practice-routes';
import { usePartnerName } from './partner-name';

/** Daily practice (everything under /practice), named for the partner. */
export function PracticePage() {
  return <PracticeRoutes partnerName={usePartnerName()} />;
}
