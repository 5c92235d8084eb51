import { useQueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '../../../core/realtime/protocol';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { liveNews } from '../../../core/web/versioned-view';
import { toolkitKey } from './api';

/** What the partner may see of the toolkit changed: their shared "what helps me" list, or our playlist. */
const TOOLKIT_EVENTS = new Set(['toolkit.helps_changed', 'toolkit.playlist_changed']);

/**
 * Keeps the toolkit on screen current from the live socket, so a list shared during a pause
 * appears on the other phone at once. Mounted once by the app shell for people in a couple space.
 */
export function ToolkitLiveSync(): null {
  const client = useQueryClient();
  useLiveMessages((message: LiveMessage) => {
    // Heard by the toolkit's clock: an answer read before this change is dropped, and news re-reads it.
    if (message.type === 'event' && TOOLKIT_EVENTS.has(message.event.type)) liveNews(client, toolkitKey, message.event.seq);
    // After a reconnect the list may have changed meanwhile.
    if (message.type === 'resync') void client.invalidateQueries({ queryKey: toolkitKey });
  });
  return null;
}
