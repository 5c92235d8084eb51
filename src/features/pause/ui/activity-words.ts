import type { pauseEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const f = copy.feed;

/** How pause steps read in the couple's activity feed: whole sentences chosen by who did it. */
registerActivityWords<typeof pauseEvents>({
  'pause.requested': (_who, _payload, _mine, actor) => f.requested(actor),
  'pause.proposed': (_who, _payload, _mine, actor) => f.proposed(actor),
  'pause.started': () => f.started,
  'pause.cancelled': (_who, _payload, _mine, actor) => f.cancelled(actor),
  'pause.extended': (_who, _payload, _mine, actor) => f.extended(actor),
  'pause.returning': () => f.returning,
  'pause.more_time': (_who, _payload, _mine, actor) => f.moreTime(actor),
  'pause.reconnected': () => f.reconnected,
  'pause.expired': (_who, payload) => (payload.reason === 'day_passed' ? f.ranOut : f.closedUnanswered),
});
