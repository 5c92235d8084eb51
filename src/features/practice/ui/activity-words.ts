import type { practiceEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const f = copy.feed;

/**
 * How daily practice reads in the couple's activity feed: that something
 * happened, never what anyone wrote (events carry ids only).
 */
registerActivityWords<typeof practiceEvents>({
  'ritual.kept': (_who, _payload, _mine, actor) => f.ritualKept(actor),
  'ritual.let_go': (_who, _payload, _mine, actor) => f.ritualLetGo(actor),
  'moment.proposed': (_who, _payload, _mine, actor) => f.momentTogether(actor),
  'moment.marked': (_who, _payload, _mine, actor) => f.momentSolo(actor),
  'moment.shared': () => f.momentShared,
  'note.sent': (_who, payload, _mine, actor) => (payload.kind === 'voice' ? f.voiceNoteSent(actor) : f.noteSent(actor)),
  'note.answered': (_who, _payload, _mine, actor) => f.noteAnswered(actor),
  'joy.logged': (_who, _payload, _mine, actor) => f.joyLogged(actor),
  'season.proposed': (_who, _payload, _mine, actor) => f.seasonProposed(actor),
  'season.accepted': (_who, _payload, _mine, actor) => f.seasonAccepted(actor),
  'season.active': () => f.seasonActive,
  'season.renewal_proposed': (_who, _payload, _mine, actor) => f.seasonRenewal(actor),
  'season.ended': (_who, _payload, _mine, actor) => f.seasonEnded(actor),
  'stretch.shared': (_who, _payload, _mine, actor) => f.stretchShared(actor),
  'stretch.tried': (_who, _payload, _mine, actor) => f.stretchTried(actor),
});
