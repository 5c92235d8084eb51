import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import { someLines } from '../../core/http/schemas';
import { PRACTICE_KEYS } from './library';

/**
 * Practices a couple's therapist assigns between sessions (issue 15): the therapist's requests,
 * each partner's own "done" and optional words on how it went. The front door; the client takes
 * types only (`import type`).
 */

// ── events ──
// Ids only, never a note or how it went; none is in the feed. They keep both partners' screens current.
const assignment = z.object({ id: z.uuid() });
export const homeworkEvents = defineEvents({
  /** The therapist assigned a practice. */
  'homework.assigned': { payload: assignment, feed: false },
  /** A partner said whether they did it, and maybe how it went. */
  'homework.replied': { payload: assignment, feed: false },
  /** The therapist took an assignment back. */
  'homework.withdrawn': { payload: assignment, feed: false },
  /** The therapist asked (or stopped asking) for a check-in before each session. */
  'homework.checkin_asked': { payload: z.object({ on: z.boolean() }), feed: false },
});
export type HomeworkEvent = EventOf<typeof homeworkEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    homework: HomeworkEvent;
  }
}

// ── what people send ──
export const assignBody = z
  .object({
    practiceKey: z.enum(PRACTICE_KEYS),
    /** The therapist's own words to the couple, shown with the practice. */
    note: someLines(500).optional(),
    dueOn: z.iso.date(),
  })
  .strict();

export const replyBody = z
  .object({
    done: z.boolean(),
    /** Optional, shared with my partner and with our therapist. Null or absent clears it. */
    howItWent: someLines(1000).nullable().optional(),
  })
  .strict();

export const checkinBeforeSessionBody = z.object({ on: z.boolean() }).strict();
export const coupleParam = z.object({ coupleId: z.uuid() });
export const assignmentParam = z.object({ coupleId: z.uuid(), id: z.uuid() });

// ── views ──
export const practiceView = z.object({ key: z.string(), title: z.string(), why: z.string(), path: z.string() });
export const libraryView = z.object({ practices: z.array(practiceView) });

const reply = z.object({ done: z.boolean(), howItWent: z.string().nullable(), at: z.string() });

/** One assignment as the therapist sees it: progress only with both partners' consent to "practice". */
export const deskAssignment = z.object({
  id: z.uuid(),
  practiceKey: z.string(),
  title: z.string(),
  note: z.string().nullable(),
  dueOn: z.iso.date(),
  assignedAt: z.string(),
  /** Each partner's reply (null until they reply); null for the whole list without consent. */
  progress: z.array(z.object({ partnerId: z.uuid(), firstName: z.string(), reply: reply.nullable() })).nullable(),
});
export const deskAssignmentsView = z.object({
  assignments: z.array(deskAssignment),
  /** Whether both partners share their practice progress; without it, only the assignments. */
  progressShared: z.boolean(),
  checkinBeforeSession: z.boolean(),
});

/** One assignment as a partner sees it: my reply and my partner's. */
export const homeworkItem = z.object({
  id: z.uuid(),
  practiceKey: z.string(),
  title: z.string(),
  why: z.string(),
  path: z.string(),
  note: z.string().nullable(),
  dueOn: z.iso.date(),
  mine: reply.nullable(),
  partner: reply.nullable(),
});
export const homeworkView = z.object({
  /** From the therapist connected now; none once the connection ended. */
  assignments: z.array(homeworkItem),
  /** The therapist asked for a check-in before each session, and when the next one is (null: not set). */
  checkinBeforeSession: z.boolean(),
  nextSessionAt: z.string().nullable(),
  seq: z.number().int().min(0),
});

export type AssignBody = z.input<typeof assignBody>;
export type ReplyBody = z.input<typeof replyBody>;
export type LibraryView = z.infer<typeof libraryView>;
export type DeskAssignment = z.infer<typeof deskAssignment>;
export type DeskAssignmentsView = z.infer<typeof deskAssignmentsView>;
export type HomeworkItem = z.infer<typeof homeworkItem>;
export type HomeworkView = z.infer<typeof homeworkView>;
