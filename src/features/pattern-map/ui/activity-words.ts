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
  'map.created': (who) => f.created(who),
  'map.renamed': (who, payload) => (typeof payload.name === 'string' && payload.name ? f.named(who, payload.name) : f.unnamed(who)),
  'map.main_changed': (who) => f.mainChanged(who),
  'map.side_shared': (who, _payload, mine) => f.sideShared(who, mine),
  'map.restored': (who) => f.restored(who),
  'map.commented': (who) => f.commented(who),
  'map.comment_removed': (who) => f.commentRemoved(who),
  'contract.proposed': (who) => f.contractNamed(who),
  'contract.marked': (who, payload) => (isDecision(payload.decision) ? f.contractMarked[payload.decision](who) : f.contractChosen(who)),
  'said_and_meant.shared': (who, _payload, mine) => f.saidAndMeantShared(who, mine),
});
