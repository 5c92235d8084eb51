import { useSession } from '../../core/web/session';
import { SoloPacerScreen } from '../../features/pause/ui/solo-pacer';
import { HelpsPanel } from '../../features/toolkit/ui';

/** The pacer alone, offline; with "what helps me" beside it when this phone kept who is signed in (and so their toolkit). */
export function SoloPausePage() {
  const kept = Boolean(useSession().data?.user);
  return <SoloPacerScreen helps={kept ? <HelpsPanel partnerName={null} /> : undefined} />;
}
