import type { signalEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

/** How a signal reads in the couple's activity feed. */
registerActivityWords<typeof signalEvents>({
  'signal.sent': (who) => copy.feed.sent(who),
  'signal.answered': (who) => copy.feed.answered(who),
});
