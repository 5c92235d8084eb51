import type { practiceEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const f = copy.feed;

/**
 * How daily practice reads in the couple's activity feed: that something
 * happened, never what anyone wrote (events carry ids only).
 */
registerActivityWords<typeof practiceEvents>({
  'ritual.kept': (actor) => f.ritualKept(actor),
  'ritual.let_go': (actor) => f.ritualLetGo(actor),
  'moment.proposed': (actor) => f.momentTogether(actor),
  'moment.marked': (actor) => f.momentSolo(actor),
  'moment.shared': () => f.momentShared,
  'note.sent': (actor, payload) => (payload.kind === 'voice' ? f.voiceNoteSent(actor) : f.noteSent(actor)),
  'note.answered': (actor) => f.noteAnswered(actor),
  'joy.logged': (actor) => f.joyLogged(actor),
  'season.proposed': (actor) => f.seasonProposed(actor),
  'season.accepted': (actor) => f.seasonAccepted(actor),
  'season.active': () => f.seasonActive,
  'season.renewal_proposed': (actor) => f.seasonRenewal(actor),
  'season.ended': (actor) => f.seasonEnded(actor),
  'stretch.shared': (actor) => f.stretchShared(actor),
  'stretch.tried': (actor) => f.stretchTried(actor),
});
