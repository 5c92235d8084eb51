import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { LiveCoupleEvent, LiveMessage } from '../../../core/realtime/protocol';
import { atStart } from '../../../core/web/partner-name';
import { payloadString } from '../../../core/web/live/payload';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { liveNews } from '../../../core/web/versioned-view';
import { announce } from '../../../core/web/ui/announcer';
import { sharedKey } from '../../../core/web/versioned-view';
import { repairKeys } from './api';
import { copy } from './copy';

export type Announcement = 'revealed' | 'partnerDone' | 'repaired' | 'logged' | 'started' | 'viewSaved';

export interface LiveEffect {
  /** Cached views to read again from the server, unless they already hold the event (events carry ids, never the words). */
  refetch: QueryKey[];
  /** Something worth saying out loud on this screen, if the partner did it. */
  announce: Announcement | null;
}

/**
 * What one couple event means for the repair screens. Pure, so it is tested
 * without a socket. `myId` tells the partner's events from my own (my own
 * are already on my screen).
 */
export function liveEffect(event: LiveCoupleEvent, myId: string | null): LiveEffect {
  const byPartner = event.actorId !== null && event.actorId !== myId;
  const repairId = payloadString(event.payload, 'repairId');
  const repair: QueryKey[] = repairId ? [repairKeys.repair(repairId)] : [repairKeys.repairs];
  switch (event.type) {
    case 'rupture.logged':
      return { refetch: [repairKeys.ruptures], announce: byPartner ? 'logged' : null };
    case 'rupture.repaired_by_one':
      return { refetch: [repairKeys.ruptures], announce: null };
    case 'rupture.view_saved':
      return { refetch: [repairKeys.ruptures], announce: byPartner ? 'viewSaved' : null };
    case 'rupture.repaired':
      return { refetch: [repairKeys.ruptures], announce: 'repaired' };
    case 'repair.started':
      return { refetch: [repairKeys.ruptures, ...repair], announce: byPartner ? 'started' : null };
    case 'repair.calm_checked':
    case 'repair.submitted':
    case 'repair.acknowledged':
      return { refetch: repair, announce: null };
    case 'repair.revealed':
      return { refetch: [...repair, repairKeys.ruptures], announce: 'revealed' };
    case 'action.done':
      // The payload names the action, not its conversation: refresh the conversations on screen.
      return { refetch: [repairKeys.repairs], announce: byPartner ? 'partnerDone' : null };
    case 'action.acknowledged':
      return { refetch: [repairKeys.repairs], announce: null };
    case 'journal.shared':
    case 'journal.withdrawn':
      return { refetch: [repairKeys.journal], announce: null };
    case 'reflection.shared':
    case 'reflection.withdrawn':
      return { refetch: [repairKeys.reflections], announce: null };
    default:
      if (event.type.startsWith('contract.')) return { refetch: [sharedKey('/api/contracts')], announce: null };
      return { refetch: [], announce: null };
  }
}

/**
 * Keeps the repair views current from the live socket while one of their
 * screens is open; they read again on the next visit anyway. Each event is
 * reported with its seq, so a view that already holds it fetches nothing.
 * `partnerName`: say the partner's steps out loud (null: this screen only listens).
 */
function useRepairNews(myId: string | null, partnerName: string | null): void {
  const client = useQueryClient();
  useLiveMessages((message: LiveMessage) => {
    if (message.type === 'resync') {
      void client.invalidateQueries({ queryKey: repairKeys.all });
      return;
    }
    if (message.type !== 'event') return;
    const effect = liveEffect(message.event, myId);
    for (const key of effect.refetch) liveNews(client, key, message.event.seq);
    // The couple feed reads these events out too (activity-words.ts); this listener subscribed later, so on a
    // repair screen its more specific sentence is the one the live region ends up with.
    if (effect.announce && partnerName !== null) announce(announcementText(effect.announce, partnerName));
  });
}

/** Mounted by the repair routes: the log, the conversations and the roles screen follow the partner live. */
export function RepairLiveSync({ myId, partnerName }: { myId: string | null; partnerName: string }): null {
  useRepairNews(myId, partnerName);
  return null;
}

/** For the journal (outside /repair): a partner's shared entry comes and goes live, without announcing repair steps. */
export function useJournalLive(myId: string | null): void {
  useRepairNews(myId, null);
}

export function announcementText(kind: Announcement, partnerName: string): string {
  switch (kind) {
    case 'revealed':
      return copy.reveal.announce;
    case 'partnerDone':
      return copy.actions.announceDone({ partner: atStart(partnerName) });
    case 'repaired':
      return copy.repaired.announce;
    case 'logged':
      return copy.live.logged({ partner: atStart(partnerName) });
    case 'started':
      return copy.live.started({ partner: atStart(partnerName) });
    case 'viewSaved':
      return copy.live.viewSaved({ partner: atStart(partnerName) });
  }
}
