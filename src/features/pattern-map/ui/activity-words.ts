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
  'map.created': (_who, _payload, _mine, actor) => f.created(actor),
  'map.renamed': (_who, payload, _mine, actor) => (typeof payload.name === 'string' && payload.name ? f.named({ ...actor, loop: payload.name }) : f.unnamed(actor)),
  'map.main_changed': (_who, _payload, _mine, actor) => f.mainChanged(actor),
  'map.side_shared': (_who, _payload, _mine, actor) => f.sideShared(actor),
  'map.restored': (_who, _payload, _mine, actor) => f.restored(actor),
  'map.commented': (_who, _payload, _mine, actor) => f.commented(actor),
  'map.comment_removed': (_who, _payload, _mine, actor) => f.commentRemoved(actor),
  'contract.proposed': (_who, _payload, _mine, actor) => f.contractNamed(actor),
  'contract.marked': (_who, payload, _mine, actor) => (isDecision(payload.decision) ? f.contractMarked[payload.decision](actor) : f.contractChosen(actor)),
  'said_and_meant.shared': (_who, _payload, _mine, actor) => f.saidAndMeantShared(actor),
});
