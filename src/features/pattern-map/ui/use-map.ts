import { useMemo } from 'react';
import { useSearch } from 'wouter';
import { partnerFallback } from '../../../core/web/partner-name';
import { useMe } from '../../../core/web/session';
import { useMapDetail, useMaps, usePeople, type MapComment, type MapSummary, type SideSnapshot } from './api';
import { copy } from './copy';
import { topicInSentence } from './labels';
import { loopName } from './loop-steps';
import { sideFor } from './side-store';
import type { SideSync } from './side-sync';

/**
 * Which map a screen is about: `?map=<id>` for a variant, otherwise the
 * couple's main loop. `query` carries the choice over to the next screen.
 */
export function useCurrentMap() {
  const search = useSearch();
  const wanted = new URLSearchParams(search).get('map');
  const maps = useMaps();
  const list = maps.data ?? [];
  const map = list.find((m) => m.id === wanted) ?? list.find((m) => m.isMain) ?? list[0] ?? null;
  const query = map && !map.isMain ? `?map=${map.id}` : '';
  return { maps, map, query };
}

export function displayName(map: Pick<MapSummary, 'name' | 'topic'> | null | undefined): string {
  return loopName(map, topicInSentence);
}

export interface MapModel {
  mine: SideSync | null;
  theirs: SideSync | null;
  mineSnapshot: SideSnapshot | null;
  theirsSnapshot: SideSnapshot | null;
  comments: MapComment[];
  meId: string;
  meName: string;
  partnerId: string | null;
  /** The partner's name, or "your partner" before anyone joined (see core/web/partner-name). */
  partnerName: string;
  hasPartner: boolean;
  isPending: boolean;
  isError: boolean;
  refetch(): void;
}

/** Both sides of one map as live documents, plus who is who. */
export function useMapModel(mapId: string | null): MapModel {
  const me = useMe();
  const detail = useMapDetail(mapId);
  const people = usePeople();
  const sides = detail.data?.sides ?? [];
  const mineSnapshot = sides.find((s) => s.isMine) ?? null;
  const theirsSnapshot = sides.find((s) => !s.isMine) ?? null;
  // A side's document is made once from its first snapshot; later snapshots do not replace it (it catches up by itself).
  const mine = useMemo(() => (mapId && mineSnapshot ? sideFor(me.id, mapId, mineSnapshot) : null), [me.id, mapId, mineSnapshot?.ownerId]);
  const theirs = useMemo(() => (mapId && theirsSnapshot ? sideFor(me.id, mapId, theirsSnapshot) : null), [me.id, mapId, theirsSnapshot?.ownerId]);
  const partner = people.data?.find((p) => !p.isMe) ?? null;
  return {
    mine,
    theirs,
    mineSnapshot,
    theirsSnapshot,
    comments: detail.data?.comments ?? [],
    meId: me.id,
    meName: me.displayName,
    partnerId: partner?.userId ?? theirsSnapshot?.ownerId ?? null,
    partnerName: partner?.displayName ?? partnerFallback(),
    hasPartner: Boolean(partner),
    isPending: detail.isPending || people.isPending,
    isError: detail.isError,
    refetch: () => void detail.refetch(),
  };
}

/** The partner, for screens that only need their name. */
export function usePartner() {
  const people = usePeople();
  const partner = people.data?.find((p) => !p.isMe) ?? null;
  return { partnerId: partner?.userId ?? null, partnerName: partner?.displayName ?? partnerFallback(), hasPartner: Boolean(partner) };
}
