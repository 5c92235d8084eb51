import type { repairEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const f = copy.feed;

/**
 * How rupture and repair read in the couple's activity feed: that something
 * happened, never what anyone wrote. Registered by the repair screens and the
 * home card (both lazy), so the app's first screen does not carry these words.
 */
registerActivityWords<typeof repairEvents>({
  'rupture.logged': (who) => f.logged(who),
  'repair.started': (who) => f.started(who),
  'repair.submitted': (who) => f.submitted(who),
  'repair.revealed': () => f.revealed,
  'repair.acknowledged': (who) => f.acknowledged(who),
  'action.done': (who) => f.actionDone(who),
  'action.acknowledged': (who) => f.actionAcknowledged(who),
  'rupture.repaired_by_one': (who) => f.repairedByOne(who),
  'rupture.repaired': () => f.repaired,
});
