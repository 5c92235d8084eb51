import { JournalScreen } from '../../features/repair/ui/journal-screen';
import { usePartnerName } from './partner-name';

/** The private journal (/journal); the partner's name is only for "Share with …". */
export function JournalPage() {
  return <JournalScreen partnerName={usePartnerName()} />;
}
