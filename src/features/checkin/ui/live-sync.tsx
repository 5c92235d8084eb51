import { useQueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '../../../core/realtime/protocol';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { liveNews } from '../../../core/web/versioned-view';
import { checkinKeys } from './api';

/**
 * Keeps the check-in current while its screen or the home card is open. The events carry only a
 * week's date, never answers: the view is read again, and it shows what the rules allow.
 */
export function CheckinLiveSync(): null {
  const client = useQueryClient();
  useLiveMessages((message: LiveMessage) => {
    if (message.type === 'resync') return void client.invalidateQueries({ queryKey: checkinKeys.all });
    if (message.type !== 'event') return;
    if (message.event.type.startsWith('checkin.')) liveNews(client, checkinKeys.week, message.event.seq);
  });
  return null;
}
