import { useQueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '../../../core/realtime/protocol';
import { payloadString } from '../../../core/web/live/payload';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { FIELDS } from '../side-doc';
import { mapKeys, saidAndMeantView } from './api';
import { allSides, existingSide, setPartnerAwareness, type AwareField } from './side-store';

const AWARE_FIELDS = new Set<string>([...FIELDS, 'roles']);

/**
 * Keeps the pattern map's cache and live documents current while a map screen
 * is open: side changes are fetched as the server announces them, other map,
 * contract and said-and-meant events refresh their queries, and the partner's
 * whereabouts (awareness) update the markers.
 */
export function MapLiveSync(): null {
  const client = useQueryClient();

  useLiveMessages((message: LiveMessage) => {
    switch (message.type) {
      case 'event': {
        const { type, payload } = message.event;
        const mapId = payloadString(payload, 'mapId');
        if ((type === 'map.sync' || type === 'map.restored') && mapId && typeof payload.ownerId === 'string' && typeof payload.version === 'number') {
          existingSide(mapId, payload.ownerId)?.remoteVersion(payload.version);
          if (type === 'map.restored') void client.invalidateQueries({ queryKey: mapKeys.history(mapId) });
        } else if (type === 'map.created' || type === 'map.renamed' || type === 'map.main_changed') {
          void client.invalidateQueries({ queryKey: mapKeys.list });
          if (mapId) void client.invalidateQueries({ queryKey: mapKeys.detail(mapId) });
        } else if ((type === 'map.side_shared' || type === 'map.commented' || type === 'map.comment_removed') && mapId) {
          void client.invalidateQueries({ queryKey: mapKeys.detail(mapId) });
          void client.invalidateQueries({ queryKey: mapKeys.history(mapId) });
        } else if (type.startsWith('contract.')) {
          void client.invalidateQueries({ queryKey: mapKeys.contracts });
        } else if (type.startsWith('said_and_meant.')) {
          saidAndMeantView.eventSeen(client, message.event.seq);
        } else if (type === 'member.joined') {
          void client.invalidateQueries({ queryKey: mapKeys.all });
        }
        break;
      }
      case 'ephemeral': {
        const d = message.data;
        if (d.kind === 'map.awareness' && typeof d.mapId === 'string' && typeof d.ownerId === 'string') {
          const field = typeof d.field === 'string' && AWARE_FIELDS.has(d.field) ? (d.field as AwareField) : null;
          setPartnerAwareness(d.mapId, d.ownerId, field);
        }
        break;
      }
      case 'welcome':
      case 'resync':
        // Back after a gap: each side asks what it missed.
        for (const side of allSides()) side.nudge();
        if (message.type === 'resync') void client.invalidateQueries({ queryKey: mapKeys.all });
        break;
      case 'membership':
        void client.invalidateQueries({ queryKey: mapKeys.all });
        break;
    }
  });

  return null;
}
