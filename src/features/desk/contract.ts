import { z } from 'zod';
import { isValidTimeZone } from '../../core/push/quiet-hours';

/**
 * The therapist's desk: their connected couples, what each couple chose to share, session dates
 * and the therapist's own private notes. Types only for the client (`import type`).
 *
 * Nothing here is a score: counts, times and each partner's own check-in answers as they gave them.
 */

const ts = z.string();
export const timeZoneQuery = z.object({ tz: z.string().max(64).refine(isValidTimeZone, 'unknown time zone').default('UTC') });

/** One partner's own weekly check-ins (only a partner who chose to show theirs). */
const checkinTrend = z.object({
  userId: z.uuid(),
  name: z.string(),
  weeks: z.array(z.object({ weekStart: z.iso.date(), csi4Total: z.number().int().nullable(), caught: z.number().int().nullable(), wayBack: z.number().int().nullable() })),
  /** Later weeks against earlier ones, in plain words on screen. */
  trend: z.enum(['lower', 'higher', 'similar', 'unknown']),
});

const loopView = z.object({
  signals: z.number().int(),
  pauses: z.number().int(),
  reconnected: z.number().int(),
  lastSignalAt: ts.nullable(),
  lastPauseAt: ts.nullable(),
  /** Signals and pauses per week over the recent weeks, oldest first (zeros included: a small line). */
  weekly: z.array(z.object({ week: z.iso.date(), signals: z.number().int(), pauses: z.number().int() })),
});

const repairView = z.object({ ruptures: z.number().int(), repaired: z.number().int(), medianHoursToRepair: z.number().nullable() });
const practiceView = z.object({ moments: z.number().int(), joy: z.number().int() });
const homeworkView = z.object({ assigned: z.number().int(), done: z.number().int() });

export const coupleOverview = z.object({
  coupleId: z.uuid(),
  partners: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  linkStartedAt: ts,
  lastSessionAt: ts.nullable(),
  nextSessionAt: ts.nullable(),
  /** "What changed" counts from here: the last session, or connecting when there was none yet. */
  since: ts,
  /** What the couple shares with this therapist now (both partners for these). */
  shared: z.object({ map: z.boolean(), loop: z.boolean(), repair: z.boolean(), practice: z.boolean() }),
  /** Each consenting partner's own check-ins; a partner who keeps theirs is simply not here. */
  checkins: z.array(checkinTrend),
  loop: loopView.nullable(),
  repair: repairView.nullable(),
  practice: practiceView.nullable(),
  /** Homework done since the last session (with `practice`); null when not shared or not yet assigned. */
  homework: homeworkView.nullable(),
});
export const deskView = z.object({ couples: z.array(coupleOverview) });

const comment = z.object({ sideOwnerId: z.uuid(), field: z.string(), authorId: z.uuid().nullable(), reaction: z.string().nullable(), text: z.string().nullable(), createdAt: ts });
export const deskMapView = z.object({
  partners: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  maps: z.array(
    z.object({
      id: z.uuid(),
      name: z.string().nullable(),
      topic: z.string().nullable(),
      isMain: z.boolean(),
      sides: z.array(z.object({ ownerId: z.uuid(), fields: z.record(z.string(), z.string()), roles: z.record(z.string(), z.string()) })),
      comments: z.array(comment),
    }),
  ),
  saidAndMeant: z.array(z.object({ ownerId: z.uuid(), said: z.string(), meant: z.string() })),
});

/**
 * The repair conversations both partners chose to show: topic and when, and each partner's answers
 * once both were revealed to each other (never before: until then they are drafts).
 */
export const deskConversations = z.object({
  partners: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  conversations: z.array(
    z.object({
      ruptureId: z.uuid(),
      topic: z.string(),
      createdAt: ts,
      revealedAt: ts.nullable(),
      answers: z.array(z.object({ userId: z.uuid(), answers: z.record(z.string(), z.string().nullable()) })),
    }),
  ),
});

export const coupleParams = z.object({ coupleId: z.uuid() });
export const noteParams = z.object({ id: z.uuid() });

const isoDateTime = z.iso.datetime({ offset: true });
export const sessionsBody = z
  .object({ lastSessionAt: isoDateTime.nullable().optional(), nextSessionAt: isoDateTime.nullable().optional() })
  .strict()
  .refine((b) => b.lastSessionAt !== undefined || b.nextSessionAt !== undefined, 'give a session date');
export const sessionsView = z.object({ lastSessionAt: ts.nullable(), nextSessionAt: ts.nullable() });

export const NOTE_MAX = 20_000;
const noteText = z.string().trim().min(1).max(NOTE_MAX);
export const noteView = z.object({
  id: z.uuid(),
  /** The couple while connected now; null once the connection or the space ended (the label stays). */
  coupleId: z.uuid().nullable(),
  coupleLabel: z.string(),
  text: z.string(),
  sessionOn: z.iso.date().nullable(),
  createdAt: ts,
  updatedAt: ts,
});
export const noteList = z.object({ notes: z.array(noteView) });
export const notesQuery = z.object({ coupleId: z.uuid().optional() });
export const newNoteBody = z.object({ coupleId: z.uuid(), text: noteText, sessionOn: z.iso.date().nullable().default(null) }).strict();
export const noteEditBody = z
  .object({ text: noteText.optional(), sessionOn: z.iso.date().nullable().optional() })
  .strict()
  .refine((b) => b.text !== undefined || b.sessionOn !== undefined, 'nothing to change');

export const prepView = z.object({ overview: coupleOverview, notes: z.array(noteView), preparedAt: ts });

export type CoupleOverview = z.infer<typeof coupleOverview>;
export type DeskView = z.infer<typeof deskView>;
export type DeskMapView = z.infer<typeof deskMapView>;
export type NoteView = z.infer<typeof noteView>;
export type NoteList = z.infer<typeof noteList>;
export type PrepView = z.infer<typeof prepView>;
export type SessionsView = z.infer<typeof sessionsView>;
export type NewNoteBody = z.input<typeof newNoteBody>;
export type DeskConversations = z.infer<typeof deskConversations>;
