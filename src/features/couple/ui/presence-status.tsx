import type { Presence } from '../../../core/realtime/protocol';
import { formatRelative, useNow } from '../../../core/web/time';
import { copy } from './copy';

/**
 * "Here now" or "Last seen 5 minutes ago". A status region, so a change is
 * announced politely; the time re-reads itself every half minute.
 */
export function PresenceStatus({ presence }: { presence: Presence | undefined }) {
  const now = useNow();
  const online = presence?.online ?? false;
  const text = online
    ? copy.presence.online
    : presence?.lastSeenAt
      ? copy.presence.lastSeen({ when: formatRelative(presence.lastSeenAt, now, copy.justNow) })
      : copy.presence.away;
  return (
    <p className={online ? 'presence presence-online' : 'presence'} role="status" data-online={online ? 'true' : 'false'}>
      <span className="presence-dot" aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}
