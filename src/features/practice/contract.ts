import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';

// ── events ──
const ritual = z.object({ ritualId: z.string() });
const moment = z.object({ momentId: z.string() });
const note = z.object({ noteId: z.string() });
const joy = z.object({ joyId: z.string() });
const idea = z.object({ ideaId: z.string() });
const season = z.object({ seasonId: z.string() });
const stretch = z.object({ stretchId: z.string() });

/** Daily practice: rituals and moments, notes, joy, capacity, seasons and stretches; ids, never what anyone wrote. */
export const practiceEvents = defineEvents({
  'ritual.kept': { payload: ritual, feed: true },
  'ritual.let_go': { payload: ritual, feed: true },
  /** One partner's own reminder came due: reaches only them. */
  'ritual.reminder': { payload: z.object({ reminderId: z.string() }), feed: false },
  'moment.proposed': { payload: moment.extend({ ritualId: z.string() }), feed: true },
  'moment.marked': { payload: moment.extend({ ritualId: z.string() }), feed: true },
  'moment.shared': { payload: moment, feed: true },
  'note.sent': { payload: note.extend({ kind: z.enum(['text', 'voice']) }), feed: true },
  'note.played': { payload: note, feed: false },
  'note.answered': { payload: note, feed: true },
  'joy.logged': { payload: joy, feed: true },
  'joy.photo_added': { payload: joy, feed: false },
  'joy.idea_added': { payload: idea, feed: false },
  'joy.idea_removed': { payload: idea, feed: false },
  'capacity.checked_in': { payload: z.object({ level: z.string() }), feed: false },
  'season.proposed': { payload: season, feed: true },
  'season.accepted': { payload: season, feed: true },
  'season.active': { payload: season, feed: true },
  'season.renewal_proposed': { payload: season, feed: true },
  'season.ended': { payload: season, feed: true },
  'stretch.shared': { payload: stretch, feed: true },
  'stretch.tried': { payload: stretch, feed: true },
});
export type PracticeEvent = EventOf<typeof practiceEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    practice: PracticeEvent;
  }
}
