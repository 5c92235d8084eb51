import { useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { deskKeys } from './api';

/**
 * What the therapist may see of a couple is the couple's to change at any moment: the server says
 * so on the therapist's socket (`access`), and the screens read that couple again. A read that now
 * fails (403 withdrawn, 404 ended) takes what it showed off the screen. After a reconnect the desk
 * reads again once, in case a change came while the socket was away.
 */
export function useDeskLive(): void {
  const client = useQueryClient();
  const welcomed = useRef(false);
  useLiveMessages((message) => {
    if (message.type === 'access') {
      void client.invalidateQueries({ queryKey: deskKeys.couple(message.coupleId) });
      void client.invalidateQueries({ queryKey: deskKeys.list });
    } else if (message.type === 'welcome') {
      if (welcomed.current) void client.invalidateQueries({ queryKey: deskKeys.all });
      welcomed.current = true;
    }
  });
}
