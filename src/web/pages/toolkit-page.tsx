import { ToolkitScreen } from '../../features/toolkit/ui/toolkit-screen';
import { usePartnerName } from './partner-name';

/** Scripts and "what helps me", named for the partner when there is one. */
export function ToolkitPage() {
  return <ToolkitScreen partnerName={usePartnerName()} />;
}
