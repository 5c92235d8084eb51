import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { LiveCoupleEvent, LiveMessage } from '../../../core/realtime/protocol';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { liveNews } from '../../../core/web/versioned-view';
import { announce } from '../../../core/web/ui/announcer';
import { practiceKeys } from './api';
import { copy } from './copy';

export type Announcement = 'proposed' | 'shared' | 'note' | 'answered' | 'joy' | 'idea' | 'capacity' | 'season' | 'stretch';

export interface LiveEffect {
  /** Views the event touched, read again unless they already hold its seq (events carry ids, never the words). */
  refetch: QueryKey[];
  /** Something worth saying out loud, when the partner did it. */
  announce: Announcement | null;
  /** My own ritual reminder arrived in the app. */
  reminder: boolean;
}

const none: LiveEffect = { refetch: [], announce: null, reminder: false };

/**
 * What one couple event means for the practice screens. Pure, so it is
 * tested without a socket. `myId` tells the partner's events from my own.
 */
export function liveEffect(event: LiveCoupleEvent, myId: string | null): LiveEffect {
  const byPartner = event.actorId !== null && event.actorId !== myId;
  const effect = (refetch: QueryKey[], said: Announcement | null = null): LiveEffect => ({ refetch, announce: byPartner ? said : null, reminder: false });
  switch (event.type) {
    case 'ritual.kept':
    case 'ritual.let_go':
      return effect([practiceKeys.rituals, practiceKeys.summary]);
    case 'moment.proposed':
      return effect([practiceKeys.summary], 'proposed');
    case 'moment.marked':
      return effect([practiceKeys.summary]);
    case 'moment.shared':
      return { refetch: [practiceKeys.summary], announce: 'shared', reminder: false };
    case 'note.sent':
      return effect([practiceKeys.notes], 'note');
    case 'note.played':
      return effect([practiceKeys.notes]);
    case 'note.answered':
      return effect([practiceKeys.notes], 'answered');
    case 'joy.logged':
      return effect([practiceKeys.joy, practiceKeys.summary], 'joy');
    case 'joy.photo_added':
      return effect([practiceKeys.joy]);
    case 'joy.idea_added':
      return effect([practiceKeys.joyIdeas], 'idea');
    case 'joy.idea_removed':
      return effect([practiceKeys.joyIdeas]);
    case 'capacity.checked_in':
      return effect([practiceKeys.capacity], 'capacity');
    case 'season.proposed':
    case 'season.renewal_proposed':
      return effect([practiceKeys.seasons], 'season');
    case 'season.accepted':
    case 'season.active':
    case 'season.ended':
      return effect([practiceKeys.seasons]);
    case 'stretch.shared':
      return effect([practiceKeys.stretches], 'stretch');
    case 'stretch.tried':
      return effect([practiceKeys.stretches]);
    case 'ritual.reminder':
      // Only ever sent to its owner; the next time moved on.
      return { refetch: [practiceKeys.rituals], announce: null, reminder: true };
    case 'rupture.logged':
    case 'pause.reconnected':
      // The joy balance counts repairs and pauses.
      return effect([practiceKeys.summary]);
    default:
      return none;
  }
}

export function announcementText(kind: Announcement, partner: string): string {
  const l = copy.live;
  switch (kind) {
    case 'proposed':
      return l.proposed({ partner });
    case 'shared':
      return l.shared;
    case 'note':
      return l.note({ partner });
    case 'answered':
      return l.answered({ partner });
    case 'joy':
      return l.joy({ partner });
    case 'idea':
      return l.idea({ partner });
    case 'capacity':
      return l.capacity({ partner });
    case 'season':
      return l.season({ partner });
    case 'stretch':
      return l.stretch({ partner });
  }
}

/**
 * Keeps the practice cache current from the live socket while a practice
 * screen (or the home card) is open. `onReminder` shows my own reminder
 * in the app when it arrives.
 */
export function PracticeLiveSync({ myId, partnerName, onReminder }: { myId: string; partnerName: string; onReminder?: () => void }): null {
  const client = useQueryClient();
  useLiveMessages((message: LiveMessage) => {
    if (message.type === 'resync') {
      void client.invalidateQueries({ queryKey: practiceKeys.all });
      return;
    }
    if (message.type !== 'event') return;
    const effect = liveEffect(message.event, myId);
    for (const key of effect.refetch) liveNews(client, key, message.event.seq);
    if (effect.announce) announce(announcementText(effect.announce, partnerName));
    if (effect.reminder) {
      announce(copy.reminderArrived);
      onReminder?.();
    }
  });
  return null;
}
