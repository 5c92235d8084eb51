import type { practiceEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const f = copy.feed;

/**
 * How daily practice reads in the couple's activity feed: that something
 * happened, never what anyone wrote (events carry ids only).
 */
registerActivityWords<typeof practiceEvents>({
  'ritual.kept': (who) => f.ritualKept(who),
  'ritual.let_go': (who) => f.ritualLetGo(who),
  'moment.proposed': (who) => f.momentTogether(who),
  'moment.marked': (who) => f.momentSolo(who),
  'moment.shared': () => f.momentShared,
  'note.sent': (who, payload) => (payload.kind === 'voice' ? f.voiceNoteSent(who) : f.noteSent(who)),
  'note.answered': (who) => f.noteAnswered(who),
  'joy.logged': (who) => f.joyLogged(who),
  'season.proposed': (who) => f.seasonProposed(who),
  'season.accepted': (who) => f.seasonAccepted(who),
  'season.active': () => f.seasonActive,
  'season.renewal_proposed': (who) => f.seasonRenewal(who),
  'season.ended': (who) => f.seasonEnded(who),
  'stretch.shared': (who) => f.stretchShared(who),
  'stretch.tried': (who) => f.stretchTried(who),
});
