import type { signalEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

/** How a signal reads in the couple's activity feed. */
registerActivityWords<typeof signalEvents>({
  'signal.sent': (_who, _payload, _mine, actor) => copy.feed.sent(actor),
  'signal.answered': (_who, _payload, _mine, actor) => copy.feed.answered(actor),
});
