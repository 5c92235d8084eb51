import { z } from 'zod';

/**
 * Insights' front door: the view "How we're doing" answers. Zod and types only; the client takes
 * its types from here (`import type`) and its run-time constants from `windows.ts`.
 *
 * The view holds counts, times and the viewer's own feelings only — no words anyone wrote, and
 * nothing of the partner's that the partner has not already shared into the space.
 */

const count = z.number().int().min(0);
const hours = z.number().min(0).nullable();
const seat = z.enum(['me', 'partner']);
const trend = z.enum(['lower', 'higher', 'similar', 'unknown']);

export const weekFigures = z.object({
  signals: count,
  pauses: count,
  pausesReconnected: count,
  pausesOnTime: count,
  /** My own mean feeling after reconnecting (0 calm … 10); never the partner's. */
  myFeelingAfter: z.number().min(0).max(10).nullable(),
  ruptures: count,
  repairs: count,
  medianHoursToRepair: hours,
  actionsDone: count,
  moments: count,
  joy: count,
  hard: count,
});

export const insightWeek = z.object({
  start: z.string(),
  /** null: nothing was recorded that week — "no data", which is not the same as zero. */
  figures: weekFigures.nullable(),
  seasonsInForce: count,
});

const roleCounts = z.object({ meReached: count, partnerReached: count, meWithdrew: count, partnerWithdrew: count, seenDifferently: count });

export const topicRoles = z.object({
  topic: z.string(),
  blocks: z.array(z.object({ start: z.string(), counts: roleCounts })),
  shift: z.object({ before: seat, lately: seat }).nullable(),
});

/**
 * The weekly check-in's own trend (check-in-trend.ts, through the check-in's reads). Only my own
 * score, and my partner's only for weeks they shared; null when the instrument is switched off.
 */
export const checkInTrend = z.object({
  label: z.string(),
  weeks: z.array(z.object({ start: z.string(), mine: z.number().nullable(), partner: z.number().nullable() })),
});

export const insightsView = z.object({
  weeks: z.number().int(),
  timeZone: z.string(),
  /** The first and the last day of the span (a Monday and a Sunday), local dates in `timeZone`. */
  from: z.string(),
  to: z.string(),
  series: z.array(insightWeek),
  totals: weekFigures.omit({ myFeelingAfter: true, medianHoursToRepair: true }).extend({
    myFeelingAfter: z.number().min(0).max(10).nullable(),
    medianHoursToRepair: hours,
    weeksWithData: count,
    seasonWeeks: count,
  }),
  trends: z.object({
    repairHours: z.object({ earlier: hours, lately: hours, trend }),
    loop: z.object({ earlier: z.number().min(0).nullable(), lately: z.number().min(0).nullable(), trend }),
  }),
  roles: z.array(topicRoles),
  checkIn: checkInTrend.nullable(),
});

export type InsightsView = z.infer<typeof insightsView>;
export type InsightWeekView = z.infer<typeof insightWeek>;
export type WeekFiguresView = z.infer<typeof weekFigures>;
export type TopicRolesView = z.infer<typeof topicRoles>;
export type CheckInTrend = z.infer<typeof checkInTrend>;
export type Trend = z.infer<typeof trend>;
export type Seat = z.infer<typeof seat>;
