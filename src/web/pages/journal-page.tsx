import { JournalScreen } from '../../features/repair/ui/journal-screen';
import { useRepairPartnerName } from './repair-partner';

/** The private journal (/journal); the partner's name is only for "Share with …". */
export function JournalPage() {
  return <JournalScreen partnerName={useRepairPartnerName()} />;
}
