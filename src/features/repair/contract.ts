import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import { TOPICS } from '../../core/topics';
import { STEPS } from './machine';

// ── events ──
const rupture = z.object({ ruptureId: z.string() });
const repair = z.object({ repairId: z.string() });

/** Ruptures, the reveal-together repair conversation and its actions: ids, never what anyone wrote. */
export const repairEvents = defineEvents({
  'rupture.logged': { payload: rupture, feed: true },
  /** One partner saved their own view of the moment: the other's list refreshes. */
  'rupture.view_saved': { payload: rupture, feed: false },
  'rupture.repaired_by_one': { payload: rupture, feed: true },
  'rupture.repaired': { payload: rupture, feed: true },
  'repair.started': { payload: repair.extend({ ruptureId: z.string() }), feed: true },
  'repair.calm_checked': { payload: repair, feed: false },
  'repair.submitted': { payload: repair, feed: true },
  'repair.revealed': { payload: repair, feed: true },
  'repair.acknowledged': { payload: repair.extend({ step: z.string() }), feed: true },
  'action.done': { payload: z.object({ actionId: z.string() }), feed: true },
  'action.acknowledged': { payload: z.object({ actionId: z.string() }), feed: true },
  /** A journal entry reached the partner (shared, or changed while shared): their journal refreshes. Personal words stay out of the feed. */
  'journal.shared': { payload: z.object({ entryId: z.string() }), feed: false },
  /** A shared journal entry taken back (unshared or deleted): the partner's journal lets it go. */
  'journal.withdrawn': { payload: z.object({ entryId: z.string() }), feed: false },
  /** A role reflection shared with the partner, or a shared one deleted: their list refreshes. */
  'reflection.shared': { payload: z.object({ reflectionId: z.string() }), feed: false },
  'reflection.withdrawn': { payload: z.object({ reflectionId: z.string() }), feed: false },
});
export type RepairEvent = EventOf<typeof repairEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    repair: RepairEvent;
  }
}

// ── views ──
// What repair's routes answer: the server validates with these, and the client takes its types
// from them (`import type`, no bundle cost). A view the partner can change under an open screen
// carries the couple event `seq` it reflects (core/web/view-clock.ts).
const seq = z.number().int().min(0);

/** Who reached and who withdrew, from the reader's side ('me' is the reader), for one rupture only. */
export const who = z.enum(['me', 'partner', 'unsure']);
const answerText = z.string().trim().max(2000);
/** One partner's answers to the repair steps (also what they send: the same words both ways). */
export const answers = z
  .object(Object.fromEntries(STEPS.map((s) => [s, answerText.optional()])) as Record<(typeof STEPS)[number], z.ZodOptional<typeof answerText>>)
  .extend({ iWillBy: z.iso.date().nullable().optional() })
  .strict();

/** One partner's view of a rupture — how intense it felt, who reached and who stepped back this time — in the reader's words. */
export const howSeen = z.object({ intensity: z.number().int(), reached: who, withdrew: who });

export const ruptureView = z.object({
  id: z.uuid(),
  topic: z.enum(TOPICS),
  /** How I saw it; null until I add my view. */
  myView: howSeen.nullable(),
  /** How my partner saw it: theirs, shown as theirs, never as the couple's record. */
  partnerView: howSeen.nullable(),
  loggedByMe: z.boolean(),
  /** Mine only; my partner's note never leaves the server for them. */
  myNote: z.string().nullable(),
  createdAt: z.string(),
  repairedAt: z.string().nullable(),
  iSayRepaired: z.boolean(),
  partnerSaysRepaired: z.boolean(),
  repairId: z.uuid().nullable(),
  fromPause: z.boolean(),
  /** Which pause it came from, so a screen stops offering to turn that pause into a rupture. */
  pauseId: z.uuid().nullable(),
});
/** The couple's rupture log, newest first, as of `seq`. */
export const ruptureList = z.object({ ruptures: z.array(ruptureView), seq });

export const repairAction = z.object({ id: z.uuid(), mine: z.boolean(), text: z.string(), dueOn: z.string().nullable(), doneAt: z.string().nullable(), acknowledgedAt: z.string().nullable() });
/**
 * One repair conversation as this person sees it, as of `seq` (GET: read in one snapshot; a
 * command: the seq of the last event it appended, or the couple's seq read before the view).
 */
export const repairView = z.object({
  id: z.uuid(),
  ruptureId: z.uuid(),
  status: z.enum(['writing', 'revealed']),
  iAmCalm: z.boolean().nullable(),
  partnerIsCalm: z.boolean().nullable(),
  mine: answers,
  mySubmitted: z.boolean(),
  partnerSubmitted: z.boolean(),
  /** Null until both have submitted: the reveal-together rule. */
  partners: answers.nullable(),
  revealedAt: z.string().nullable(),
  iAcknowledged: z.array(z.enum(STEPS)),
  partnerAcknowledged: z.array(z.enum(STEPS)),
  actions: z.array(repairAction),
  seq,
});

/** A journal entry: mine, or one my partner shared with me. */
export const journalEntry = z.object({ id: z.uuid(), text: z.string(), mine: z.boolean(), shared: z.boolean(), createdAt: z.string() });
/** My journal and the entries my partner shares with me, as of `seq`. */
export const journalList = z.object({ entries: z.array(journalEntry), seq });
/** An entry just written, as of the `seq` it was written at (a new entry is never shared yet). */
export const journalEntryAdded = journalEntry.extend({ seq });

/** A role I am letting go of and what I want instead: mine, or one my partner shared with me. */
export const reflectionView = z.object({ id: z.uuid(), lettingGo: z.string(), instead: z.string(), contractId: z.uuid().nullable(), mine: z.boolean(), shared: z.boolean(), createdAt: z.string() });
/** My reflections and my partner's shared ones, as of `seq`. */
export const reflectionList = z.object({ reflections: z.array(reflectionView), seq });

export type Who = z.infer<typeof who>;
export type HowSeen = z.infer<typeof howSeen>;
export type RuptureView = z.infer<typeof ruptureView>;
export type RuptureList = z.infer<typeof ruptureList>;
export type RepairAction = z.infer<typeof repairAction>;
export type RepairView = z.infer<typeof repairView>;
export type JournalEntry = z.infer<typeof journalEntry>;
export type JournalList = z.infer<typeof journalList>;
export type JournalEntryAdded = z.infer<typeof journalEntryAdded>;
export type ReflectionView = z.infer<typeof reflectionView>;
export type ReflectionList = z.infer<typeof reflectionList>;
