import { keptPerson } from '../../core/web/device-copies';
import { SoloPacerScreen } from '../../features/pause/ui/solo-pacer';
import { HelpsPanel } from '../../features/toolkit/ui';

/** The pacer alone, offline; with "what helps me" beside it when this phone kept who is signed in (and so their toolkit). */
export function SoloPausePage() {
  const kept = keptPerson() !== null;
  return <SoloPacerScreen helps={kept ? <HelpsPanel partnerName={null} /> : undefined} />;
}
