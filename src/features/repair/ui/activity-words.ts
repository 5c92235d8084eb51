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
  'rupture.logged': (actor) => f.logged(actor),
  'repair.started': (actor) => f.started(actor),
  'repair.submitted': (actor) => f.submitted(actor),
  'repair.revealed': () => f.revealed,
  'repair.acknowledged': (actor) => f.acknowledged(actor),
  'action.done': (actor) => f.actionDone(actor),
  'action.acknowledged': (actor) => f.actionAcknowledged(actor),
  'rupture.repaired_by_one': (actor) => f.repairedByOne(actor),
  'rupture.repaired': () => f.repaired,
});
