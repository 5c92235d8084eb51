import type { pauseEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const f = copy.feed;

/** How pause steps read in the couple's activity feed: whole sentences chosen by who did it. */
registerActivityWords<typeof pauseEvents>({
  'pause.requested': (actor) => f.requested(actor),
  'pause.proposed': (actor) => f.proposed(actor),
  'pause.started': () => f.started,
  'pause.cancelled': (actor) => f.cancelled(actor),
  'pause.extended': (actor) => f.extended(actor),
  'pause.returning': () => f.returning,
  'pause.more_time': (actor) => f.moreTime(actor),
  'pause.reconnected': () => f.reconnected,
  'pause.expired': (_actor, payload) => (payload.reason === 'day_passed' ? f.ranOut : f.closedUnanswered),
});
