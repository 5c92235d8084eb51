import { useEffect } from 'react';
import { api, sendKeepalive } from '../../../core/web/api';
import { setLocked } from '../../../core/web/session';

const AWAY = '/api/account/app-lock/away';

/**
 * For people with an app lock only: tells the server when this page goes out of sight and
 * comes back (visibilitychange), so it can lock or sign out this device. No timer, no polling:
 * two small requests per time away. Back after the lock time, the lock screen shows at once;
 * the server decides as well (423), whatever this page's clock says.
 */
export function AppLockAway({ lockAfterMinutes }: { lockAfterMinutes: number }) {
  useEffect(() => {
    let hiddenAt: number | null = document.visibilityState === 'hidden' ? Date.now() : null;
    const onChange = () => {
      if (document.visibilityState === 'hidden') {
        hiddenAt ??= Date.now();
        sendKeepalive(AWAY, { hidden: true });
        return;
      }
      const away = hiddenAt === null ? 0 : Date.now() - hiddenAt;
      hiddenAt = null;
      if (away >= lockAfterMinutes * 60_000) setLocked();
      // A 423 here shows the lock screen (core/web/api.ts); a 401, the signed-out screens.
      api.post<null>(AWAY, { hidden: false }).catch(() => {});
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, [lockAfterMinutes]);
  return null;
}
