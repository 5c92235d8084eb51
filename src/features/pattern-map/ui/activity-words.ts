import type { patternMapEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import type { Decision } from './api';
import { copy } from './copy';

const f = copy.feed;

function isDecision(value: unknown): value is Decision {
  return typeof value === 'string' && Object.hasOwn(f.contractMarked, value);
}

/**
 * How the pattern map reads in the couple's activity feed: that something
 * happened, never the words on the map (events carry ids and the loop's name).
 */
registerActivityWords<typeof patternMapEvents>({
  'map.created': (actor) => f.created(actor),
  'map.renamed': (actor, payload) => (typeof payload.name === 'string' && payload.name ? f.named({ ...actor, loop: payload.name }) : f.unnamed(actor)),
  'map.main_changed': (actor) => f.mainChanged(actor),
  'map.side_shared': (actor) => f.sideShared(actor),
  'map.restored': (actor) => f.restored(actor),
  'map.commented': (actor) => f.commented(actor),
  'map.comment_removed': (actor) => f.commentRemoved(actor),
  'contract.proposed': (actor) => f.contractNamed(actor),
  'contract.marked': (actor, payload) => (isDecision(payload.decision) ? f.contractMarked[payload.decision](actor) : f.contractChosen(actor)),
  'said_and_meant.shared': (actor) => f.saidAndMeantShared(actor),
});
