import { useQueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '../../../core/realtime/protocol';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { liveNews } from '../../../core/web/versioned-view';
import { homeworkKeys } from './api';

/** Keeps the couple's homework current: the events carry only ids, so the view is read again. */
export function HomeworkLiveSync(): null {
  const client = useQueryClient();
  useLiveMessages((message: LiveMessage) => {
    if (message.type === 'resync') return void client.invalidateQueries({ queryKey: homeworkKeys.mine });
    if (message.type === 'event' && message.event.type.startsWith('homework.')) liveNews(client, homeworkKeys.mine, message.event.seq);
  });
  return null;
}
