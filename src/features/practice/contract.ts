import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import { LEVELS } from './capacity';
import { RITUAL_KEYS } from './copy';

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

// ── views ──
// What the practice routes answer: the server validates with these, and the client takes its
// types from them (`import type`, no bundle cost). Every view the partner can change under an
// open screen carries the couple event `seq` it reflects (core/web/view-clock.ts); episodes,
// read once to pick what a note is about, do not.
const seq = z.number().int().min(0);
/** A change that made something (a ritual, a moment, a note, a joy entry or idea, a stretch): its new id. */
export const created = z.object({ id: z.uuid() });

/** My own reminder for a ritual: my partner's reminder times are theirs. */
export const reminderView = z.object({
  localTime: z.string(),
  /** ISO weekdays, 1 = Monday. */
  weekdays: z.array(z.number().int()),
  timeZone: z.string(),
  enabled: z.boolean(),
  nextDueAt: z.string().nullable(),
});
/** A reminder just saved, as of the seq its save committed at (a save appends no event). */
export const reminderSaved = reminderView.extend({ seq });
export const ritualView = z.object({ id: z.uuid(), libraryKey: z.enum(RITUAL_KEYS).nullable(), title: z.string(), myReminder: reminderView.nullable() });
/** The rituals the couple keeps, as of `seq`. */
export const ritualList = z.object({ rituals: z.array(ritualView), seq });

export const waitingMoment = z.object({ id: z.uuid(), ritualId: z.uuid(), title: z.string(), createdAt: z.string() });
export const joyBalanceView = z.object({ joyful: z.number().int(), problemSolving: z.number().int(), tilt: z.enum(['joy-rich', 'balanced', 'fixing-heavy', 'quiet']) });
/** Gentle tracking as of `seq`: moments this week, moments waiting for my yes, this month's joy balance. */
export const practiceSummary = z.object({ momentsThisWeek: z.number().int(), waitingForMe: z.array(waitingMoment), balance: joyBalanceView, seq });

export const noteView = z.object({
  id: z.uuid(),
  fromMe: z.boolean(),
  kind: z.enum(['text', 'voice']),
  text: z.string().nullable(),
  mediaId: z.uuid().nullable(),
  durationSeconds: z.number().int().nullable(),
  episodeId: z.uuid().nullable(),
  /** The partner's tether in answer, if any. */
  reaction: z.string().nullable(),
  playedAt: z.string().nullable(),
  createdAt: z.string(),
});
/** Our notes to each other, newest first, as of `seq`. */
export const noteList = z.object({ notes: z.array(noteView), seq });
export const voiceNoteSent = created.extend({ mediaId: z.uuid() });

/** A recent signal or pause a note can be about. */
export const episodeView = z.object({ id: z.uuid(), kind: z.enum(['signal', 'pause']), startedAt: z.string(), minutes: z.number().int().nullable() });
export const episodeList = z.object({ episodes: z.array(episodeView) });

export const joyEntry = z.object({ id: z.uuid(), fromMe: z.boolean(), text: z.string(), mediaId: z.uuid().nullable(), createdAt: z.string() });
/** The joy log, newest first, as of `seq`. */
export const joyLog = z.object({ entries: z.array(joyEntry), seq });
export const joyPhotoAdded = z.object({ mediaId: z.uuid() });

/** One of the couple's own joy ideas, drawn alongside our deck. */
export const joyIdea = z.object({ id: z.uuid(), fromMe: z.boolean(), text: z.string(), createdAt: z.string() });
export const joyIdeaList = z.object({ ideas: z.array(joyIdea), seq });

export const checkIn = z.object({
  level: z.enum(LEVELS),
  note: z.string().nullable(),
  /** yyyy-mm-dd, local to whoever checked in. */
  day: z.string(),
});
/** Each partner's latest bandwidth, and a gentle season suggestion, as of `seq`. */
export const capacityView = z.object({ mine: checkIn.nullable(), partner: checkIn.nullable(), suggestSeason: z.object({ lowerCapacity: z.enum(['me', 'partner']) }).nullable(), seq });

export const seasonView = z.object({
  id: z.uuid(),
  carrier: z.enum(['me', 'partner']).nullable(),
  what: z.string(),
  why: z.string(),
  reviewOn: z.string(),
  status: z.enum(['proposed', 'active', 'ended']),
  iAccepted: z.boolean(),
  partnerAccepted: z.boolean(),
  dueForReview: z.boolean(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
/** The couple's seasons, newest first, as of `seq`. */
export const seasonList = z.object({ seasons: z.array(seasonView), seq });
/** A season just proposed or stepped, as of the seq of the event its change appended. */
export const seasonChanged = seasonView.extend({ seq });

export const stretchRole = z.enum(['pursuer', 'distancer', 'both']);
export const stretchView = z.object({
  id: z.uuid(),
  role: stretchRole,
  title: z.string(),
  plannedFor: z.string().nullable(),
  expectedDiscomfort: z.number().int(),
  actualDiscomfort: z.number().int().nullable(),
  reflection: z.string().nullable(),
  doneAt: z.string().nullable(),
  mine: z.boolean(),
  shared: z.boolean(),
});
/** My stretches and my partner's shared ones, as of `seq` (0 for a person without a space). */
export const stretchList = z.object({ stretches: z.array(stretchView), encouragement: z.string(), seq });

export type Reminder = z.infer<typeof reminderView>;
export type ReminderSaved = z.infer<typeof reminderSaved>;
export type Ritual = z.infer<typeof ritualView>;
export type RitualList = z.infer<typeof ritualList>;
export type Created = z.infer<typeof created>;
export type WaitingMoment = z.infer<typeof waitingMoment>;
export type PracticeSummary = z.infer<typeof practiceSummary>;
export type Note = z.infer<typeof noteView>;
export type NoteList = z.infer<typeof noteList>;
export type VoiceNoteSent = z.infer<typeof voiceNoteSent>;
export type Episode = z.infer<typeof episodeView>;
export type EpisodeList = z.infer<typeof episodeList>;
export type JoyEntry = z.infer<typeof joyEntry>;
export type JoyLog = z.infer<typeof joyLog>;
export type JoyPhotoAdded = z.infer<typeof joyPhotoAdded>;
export type JoyIdea = z.infer<typeof joyIdea>;
export type JoyIdeaList = z.infer<typeof joyIdeaList>;
export type CheckIn = z.infer<typeof checkIn>;
export type CapacityView = z.infer<typeof capacityView>;
export type SeasonView = z.infer<typeof seasonView>;
export type SeasonList = z.infer<typeof seasonList>;
export type SeasonChanged = z.infer<typeof seasonChanged>;
export type StretchView = z.infer<typeof stretchView>;
export type StretchList = z.infer<typeof stretchList>;
