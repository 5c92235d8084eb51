import { useState } from 'react';
import { Link } from 'wouter';
import type { LiveCoupleEvent, LiveMessage } from '../../../core/realtime/protocol';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { announce, Button, Notice } from '../../../core/web/ui';
import { atStart } from '../../../core/web/partner-name';
import type { InnerField, Reaction } from './api';
import { responseCopy } from './response-copy';
import './response-notice.css';

const REACTIONS: readonly string[] = ['heart', 'hug', 'same', 'thank_you'] satisfies Reaction[];
const INNER_FIELDS: readonly string[] = ['feeling', 'fear', 'longing'] satisfies InnerField[];

export interface MapResponse {
  mapId: string;
  field: InnerField;
  /** Null for words written without a reaction. */
  reaction: Reaction | null;
}

/**
 * The partner's kind answer to one of my inner layers (a hug, a "me too", a
 * few words), from a `map.commented` event: only when it lands on my side
 * and came from my partner. The event names the reaction and the layer,
 * never the words.
 */
export function responseToMe(event: LiveCoupleEvent, myId: string): MapResponse | null {
  if (event.type !== 'map.commented' || event.actorId === null || event.actorId === myId) return null;
  const { mapId, sideOwnerId, field, reaction } = event.payload;
  // The layer is checked against its own list here: this file stays free of the map's document code (Yjs).
  if (sideOwnerId !== myId || typeof mapId !== 'string' || typeof field !== 'string' || !INNER_FIELDS.includes(field)) return null;
  return { mapId, field: field as InnerField, reaction: typeof reaction === 'string' && REACTIONS.includes(reaction) ? (reaction as Reaction) : null };
}

export function responseSentence(response: MapResponse, partnerName: string): string {
  return responseCopy.said[response.reaction ?? 'words']({ name: atStart(partnerName), field: response.field });
}

/**
 * Tells me, on whatever screen I am on, when my partner answers something I
 * wrote underneath — kindly, once, with the way to it; a closed app gets a
 * quiet push from the server instead. Mounted by the shell for a couple;
 * light (no Yjs), so every screen can carry it.
 */
export function MapResponseNotice({ myId, partnerName }: { myId: string; partnerName: string }) {
  const [response, setResponse] = useState<MapResponse | null>(null);
  useLiveMessages((message: LiveMessage) => {
    if (message.type !== 'event') return;
    const next = responseToMe(message.event, myId);
    if (!next) return;
    setResponse(next);
    announce(responseSentence(next, partnerName));
  });
  if (!response) return null;
  const r = responseCopy;
  return (
    <Notice tone="success" className="map-response">
      <p>{responseSentence(response, partnerName)}</p>
      <div className="row">
        <Link href={`/map?map=${response.mapId}`} className="btn btn-secondary" onClick={() => setResponse(null)}>
          {r.see}
        </Link>
        <Button variant="quiet" onClick={() => setResponse(null)}>
          {r.close}
        </Button>
      </div>
    </Notice>
  );
}
