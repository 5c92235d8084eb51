import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import { QuickPause } from '../../features/pause/ui';
import { SignalPanel } from '../../features/signal/ui/signal-panel';
import { usePauseCoversUntil } from './in-the-moment';
import { usePartnerName } from './partner-name';

/**
 * The home screen's "we're doing the thing", with a ready pause beside it.
 * `/?signal=1` (the installed app's shortcut) focuses the button, ready for
 * one tap; the address is then tidied so a reload does not do it again.
 */
export function HomeSignal() {
  const partnerName = usePartnerName();
  const covers = usePauseCoversUntil();
  const search = useSearch();
  const [focus] = useState(() => new URLSearchParams(search).get('signal') === '1');
  useEffect(() => {
    if (focus) history.replaceState(history.state, '', location.pathname);
  }, [focus]);
  return <SignalPanel partnerName={partnerName} focus={focus} pauseNow={<QuickPause />} pauseCoversUntil={covers} />;
}
