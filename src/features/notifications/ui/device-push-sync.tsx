import { useEffect } from 'react';
import { resyncDevicePush } from './device-push';

/** Renders nothing: once per sign-in, this device's notifications follow the new session. */
export function DevicePushSync({ userId }: { userId: string }) {
  useEffect(() => {
    resyncDevicePush().catch(() => undefined);
  }, [userId]);
  return null;
}
