import type { repairEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const f = copy.feed;

/**
 * How rupture and repair read in the couple's activity feed: that something
 * happened, never what anyone wrote, in whole sentences chosen by who did it.
 * Registered by the repair screens and the home card (both lazy), so the app's
 * first screen does not carry these words.
 */
registerActivityWords<typeof repairEvents>({
  'rupture.logged': (_who, _payload, _mine, actor) => f.logged(actor),
  'repair.started': (_who, _payload, _mine, actor) => f.started(actor),
  'repair.submitted': (_who, _payload, _mine, actor) => f.submitted(actor),
  'repair.revealed': () => f.revealed,
  'repair.acknowledged': (_who, _payload, _mine, actor) => f.acknowledged(actor),
  'action.done': (_who, _payload, _mine, actor) => f.actionDone(actor),
  'action.acknowledged': (_who, _payload, _mine, actor) => f.actionAcknowledged(actor),
  'rupture.repaired_by_one': (_who, _payload, _mine, actor) => f.repairedByOne(actor),
  'rupture.repaired': () => f.repaired,
});
