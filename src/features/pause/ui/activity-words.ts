import type { pauseEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const f = copy.feed;

/** How pause steps read in the couple's activity feed. */
registerActivityWords<typeof pauseEvents>({
  'pause.requested': (who) => f.requested(who),
  'pause.proposed': (who) => f.proposed(who),
  'pause.started': () => f.started,
  'pause.cancelled': (who) => f.cancelled(who),
  'pause.extended': (who) => f.extended(who),
  'pause.returning': () => f.returning,
  'pause.more_time': (who) => f.moreTime(who),
  'pause.reconnected': () => f.reconnected,
  'pause.expired': (_who, payload) => (payload.reason === 'day_passed' ? f.ranOut : f.closedUnanswered),
});
