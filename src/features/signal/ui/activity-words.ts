import type { signalEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

/** How a signal reads in the couple's activity feed. */
registerActivityWords<typeof signalEvents>({
  'signal.sent': (actor) => copy.feed.sent(actor),
  'signal.answered': (actor) => copy.feed.answered(actor),
});
