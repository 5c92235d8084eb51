import { useQueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '../../../core/realtime/protocol';
import { payloadString } from '../../../core/web/live/payload';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { FIELDS } from '../side-doc';
import { liveNews } from '../../../core/web/versioned-view';
import { contractsView, mapKeys, mapListView, saidAndMeantView } from './api';
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
  // Everything of the map's read again, the two lists other features share included.
  const readAgain = () => {
    for (const queryKey of [mapKeys.all, mapListView.queryKey, contractsView.queryKey]) void client.invalidateQueries({ queryKey });
  };

  useLiveMessages((message: LiveMessage) => {
    switch (message.type) {
      case 'event': {
        const { type, payload, seq } = message.event;
        const mapId = payloadString(payload, 'mapId');
        if ((type === 'map.sync' || type === 'map.restored') && mapId && typeof payload.ownerId === 'string' && typeof payload.version === 'number') {
          existingSide(mapId, payload.ownerId)?.remoteVersion(payload.version);
          // The side's text follows its own version clock (side-sync); only the history hears the couple's seq.
          if (type === 'map.restored') liveNews(client, mapKeys.history(mapId), seq);
        } else if (type === 'map.created' || type === 'map.renamed' || type === 'map.main_changed') {
          liveNews(client, mapListView.queryKey, seq);
          if (mapId) liveNews(client, mapKeys.detail(mapId), seq);
        } else if ((type === 'map.side_shared' || type === 'map.commented' || type === 'map.comment_removed') && mapId) {
          liveNews(client, mapKeys.detail(mapId), seq);
          liveNews(client, mapKeys.history(mapId), seq);
        } else if (type.startsWith('contract.')) {
          liveNews(client, contractsView.queryKey, seq);
        } else if (type.startsWith('said_and_meant.')) {
          saidAndMeantView.eventSeen(client, seq);
        } else if (type === 'member.joined') {
          readAgain();
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
        if (message.type === 'resync') readAgain();
        break;
      case 'membership':
        readAgain();
        break;
    }
  });

  return null;
}
