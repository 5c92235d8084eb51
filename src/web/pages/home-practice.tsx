import { PracticeCard } from '../../features/practice/ui/practice-card';
import { usePartnerName } from './partner-name';

/** The home screen's daily-practice card, named for the partner. */
export function HomePractice() {
  return <PracticeCard partnerName={usePartnerName()} />;
}
