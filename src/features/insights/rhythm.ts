import { DateTime } from 'luxon';
import { ROLE_BLOCKS } from './windows';
import type { RhythmEpisodeWeek } from '../pause/reads';

/**
 * The loop's rhythm, as pure functions of the couple's records (counts per local week where
 * counts suffice, rows for ruptures and seasons), an injected `now` and the
 * viewer's time zone. No I/O, no clock: the route loads, this counts.
 *
 * Invariants (property-tested in rhythm.test.ts):
 * - weeks are calendar weeks (Monday 00:00 to Monday 00:00) in the viewer's zone, so a week
 *   that crosses a DST change is 167 or 169 hours long, never shifted;
 * - a week in which nothing was recorded is "no data" (`figures: null`), never a row of zeros;
 * - a time to repair is never negative (a repair stamped before its rupture counts as 0);
 * - roles are per rupture and per time, named from the viewer's side ('me' / 'partner'); no
 *   person gets a fixed label.
 */

export interface EpisodeRecord {
  kind: 'signal' | 'pause';
  startedAt: number;
  outcome: string | null;
  onTime: boolean | null;
  /** The viewer's own feeling after reconnecting; never the partner's. */
  myFeelingAfter: number | null;
}

export interface RuptureRecord {
  topic: string;
  createdAt: number;
  repairedAt: number | null;
  /** Each partner's view of who reached and who stepped back, this time. */
  views: Array<{ reachedBy: string | null; withdrewBy: string | null }>;
}

export interface SeasonRecord {
  startedAt: number;
  endedAt: number | null;
}

/** Rows as the records hold them: the reference form, counted per week by `countWeeks`. */
export interface InsightRecords {
  episodes: EpisodeRecord[];
  ruptures: RuptureRecord[];
  actionsDone: number[];
  moments: number[];
  joy: number[];
  seasons: SeasonRecord[];
}

/**
 * What the high-volume records add up to in one local week (Monday 00:00 in the viewer's zone).
 * The owners' reads group these in SQL (`date_trunc('week', t at time zone zone)`); `countWeeks`
 * is the same count over rows, in Luxon's weeks, and the two are tested equal on both databases.
 */
export interface WeekCounts extends RhythmEpisodeWeek {
  actionsDone: number;
  moments: number;
  joy: number;
}

/** The maths' input: counts per week where counts are all it needs; rows only for ruptures (repair times, roles) and seasons (spans). */
export interface RhythmInput {
  weekly: WeekCounts[];
  ruptures: RuptureRecord[];
  seasons: SeasonRecord[];
}

export const emptyWeekCounts = (week: string): WeekCounts => ({
  week,
  signals: 0,
  pauses: 0,
  pausesReconnected: 0,
  pausesOnTime: 0,
  feelingSum: 0,
  feelingCount: 0,
  actionsDone: 0,
  moments: 0,
  joy: 0,
});

/** The local Monday (yyyy-mm-dd) of the week holding `t` in `zone`. */
export function weekKey(t: number, zone: string): string {
  return DateTime.fromMillis(t, { zone }).startOf('week').toISODate()!;
}

/** Counts rows per local week, as the SQL reads do: the reference the reads are tested against. */
export function countWeeks(records: Pick<InsightRecords, 'episodes' | 'actionsDone' | 'moments' | 'joy'>, zone: string): WeekCounts[] {
  const weeks = new Map<string, WeekCounts>();
  const of = (t: number) => {
    const k = weekKey(t, zone);
    let w = weeks.get(k);
    if (!w) weeks.set(k, (w = emptyWeekCounts(k)));
    return w;
  };
  for (const e of records.episodes) {
    const w = of(e.startedAt);
    if (e.kind === 'signal') w.signals++;
    else {
      w.pauses++;
      if (e.outcome === 'reconnected') {
        w.pausesReconnected++;
        if (e.onTime === true) w.pausesOnTime++;
        if (e.myFeelingAfter !== null) (w.feelingSum += e.myFeelingAfter, w.feelingCount++);
      }
    }
  }
  for (const t of records.actionsDone) of(t).actionsDone++;
  for (const t of records.moments) of(t).moments++;
  for (const t of records.joy) of(t).joy++;
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}

/** Rows to the maths' input. */
export function fromRows(records: InsightRecords, zone: string): RhythmInput {
  return { weekly: countWeeks(records, zone), ruptures: records.ruptures, seasons: records.seasons };
}

export interface WeekFigures {
  signals: number;
  pauses: number;
  /** Pauses that ended with the two reconnecting, and how many of those came back on time. */
  pausesReconnected: number;
  pausesOnTime: number;
  /** My mean feeling after reconnecting this week (0 calm … 10), null when I gave none. */
  myFeelingAfter: number | null;
  ruptures: number;
  /** Ruptures repaired this week, and the median hours from rupture to repair among them. */
  repairs: number;
  medianHoursToRepair: number | null;
  actionsDone: number;
  moments: number;
  joy: number;
  /** Hard moments: pauses and ruptures. Shown beside joy as a balance, never as a quota. */
  hard: number;
}

export interface Week {
  /** The week's Monday, as a local calendar date (yyyy-mm-dd) in the viewer's zone. */
  start: string;
  startMs: number;
  endMs: number;
  /** null: nothing was recorded this week ("no data", not zero). */
  figures: WeekFigures | null;
  /** Seasons in force at some time in the week (a state, not an event, so it never makes a week "data"). */
  seasonsInForce: number;
}

export type Seat = 'me' | 'partner';
export interface RoleCounts {
  meReached: number;
  partnerReached: number;
  meWithdrew: number;
  partnerWithdrew: number;
  /** Ruptures where the two saw the roles differently (both views kept, neither wins). */
  seenDifferently: number;
}
export interface RoleBlock {
  start: string;
  counts: RoleCounts;
}
export interface TopicRoles {
  /** A topic key, or 'all'. */
  topic: string;
  blocks: RoleBlock[];
  /** Set when the one who mostly reached changed seats between the first and second half of the span. */
  shift: { before: Seat; lately: Seat } | null;
}

import { trendOf, type Trend } from './trend';
export { trendOf, type Trend };

export interface Rhythm {
  weeks: Week[];
  totals: Omit<WeekFigures, 'myFeelingAfter' | 'medianHoursToRepair'> & {
    myFeelingAfter: number | null;
    medianHoursToRepair: number | null;
    weeksWithData: number;
    seasonWeeks: number;
  };
  trends: {
    /** Median time to repair, second half of the span against the first. */
    repairHours: { earlier: number | null; lately: number | null; trend: Trend };
    /** Signals and pauses per week with data, second half against the first. */
    loop: { earlier: number | null; lately: number | null; trend: Trend };
  };
  roles: TopicRoles[];
}

export const HOUR_MS = 3_600_000;

/**
 * The last `count` calendar weeks in `zone`, oldest first; the last one holds `now`. Mondays are
 * counted on the calendar (a date has no zone) and each is placed in the zone once, as its local
 * midnight (Luxon's `startOf('week')`, which moves a midnight a DST change skips forward alike):
 * one zone conversion a week rather than several (bench/insights.bench.ts).
 */
export function weekWindows(now: number, zone: string, count: number): Array<{ start: string; startMs: number; endMs: number }> {
  const thisWeek = DateTime.fromMillis(now, { zone }).startOf('week');
  if (!thisWeek.isValid) throw new RangeError(`unknown time zone: ${zone}`);
  const monday = Date.UTC(thisWeek.year, thisWeek.month - 1, thisWeek.day);
  const starts: number[] = [];
  const dates: string[] = [];
  for (let i = count - 1; i >= -1; i--) {
    const d = new Date(monday - i * 7 * 86_400_000);
    dates.push(d.toISOString().slice(0, 10));
    starts.push(i === 0 ? thisWeek.toMillis() : DateTime.fromObject({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, { zone }).toMillis());
  }
  return dates.slice(0, count).map((start, i) => ({ start, startMs: starts[i]!, endMs: starts[i + 1]! }));
}

/** The time from a rupture to its repair, in hours; never negative. */
export function hoursToRepair(createdAt: number, repairedAt: number): number {
  return Math.max(0, repairedAt - createdAt) / HOUR_MS;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function meanOf(sum: number, count: number): number | null {
  return count === 0 ? null : sum / count;
}

/** Index of the week holding `t`, or -1 outside the span. Binary search: the span has ≤ 52 weeks but records are many. */
function weekIndex(starts: number[], end: number, t: number): number {
  if (t < starts[0]! || t >= end) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}


/** Who the views agree on; 'differ' when two views name different people; null when none names anyone. */
function agreed(names: Array<string | null>): string | 'differ' | null {
  const named = names.filter((n): n is string => n !== null);
  if (named.length === 0) return null;
  return named.every((n) => n === named[0]) ? named[0]! : 'differ';
}

/** One week's counts as the maths gathers them, with the ruptures' repair times beside them. */
interface Bucket extends Omit<WeekCounts, 'week'> {
  ruptures: number;
  repairHours: number[];
  records: number;
}

const emptyBucket = (): Bucket => ({ signals: 0, pauses: 0, pausesReconnected: 0, pausesOnTime: 0, feelingSum: 0, feelingCount: 0, ruptures: 0, repairHours: [], actionsDone: 0, moments: 0, joy: 0, records: 0 });
const emptyRoles = (): RoleCounts => ({ meReached: 0, partnerReached: 0, meWithdrew: 0, partnerWithdrew: 0, seenDifferently: 0 });

function figuresOf(b: Bucket): WeekFigures | null {
  if (b.records === 0) return null;
  const feeling = meanOf(b.feelingSum, b.feelingCount);
  return {
    signals: b.signals,
    pauses: b.pauses,
    pausesReconnected: b.pausesReconnected,
    pausesOnTime: b.pausesOnTime,
    myFeelingAfter: feeling === null ? null : Math.round(feeling * 10) / 10,
    ruptures: b.ruptures,
    repairs: b.repairHours.length,
    medianHoursToRepair: median(b.repairHours),
    actionsDone: b.actionsDone,
    moments: b.moments,
    joy: b.joy,
    hard: b.pauses + b.ruptures,
  };
}

/** Who mostly reached in a run of blocks: needs at least two ruptures with a reacher, and a clear majority. */
function mostlyReaching(blocks: RoleBlock[]): Seat | null {
  const me = blocks.reduce((n, b) => n + b.counts.meReached, 0);
  const partner = blocks.reduce((n, b) => n + b.counts.partnerReached, 0);
  if (me + partner < 2 || me === partner) return null;
  return me > partner ? 'me' : 'partner';
}

export function loopRhythm(input: RhythmInput, now: number, zone: string, weekCount: number, viewerId: string): Rhythm {
  const windows = weekWindows(now, zone, weekCount);
  const starts = windows.map((w) => w.startMs);
  const end = windows[windows.length - 1]!.endMs;
  const buckets = windows.map(emptyBucket);

  const byKey = new Map(windows.map((w, i) => [w.start, buckets[i]!]));
  for (const c of input.weekly) {
    const b = byKey.get(c.week);
    if (!b) continue;
    b.signals += c.signals;
    b.pauses += c.pauses;
    b.pausesReconnected += c.pausesReconnected;
    b.pausesOnTime += c.pausesOnTime;
    b.feelingSum += c.feelingSum;
    b.feelingCount += c.feelingCount;
    b.actionsDone += c.actionsDone;
    b.moments += c.moments;
    b.joy += c.joy;
    b.records += c.signals + c.pauses + c.actionsDone + c.moments + c.joy;
  }

  const perBlock = Math.max(1, Math.floor(weekCount / ROLE_BLOCKS));
  const blockCount = Math.ceil(weekCount / perBlock);
  const blockStarts = Array.from({ length: blockCount }, (_, i) => windows[i * perBlock]!.start);
  const roles = new Map<string, RoleCounts[]>();
  const rolesOf = (topic: string) => {
    let r = roles.get(topic);
    if (!r) roles.set(topic, (r = Array.from({ length: blockCount }, emptyRoles)));
    return r;
  };
  const allRepairHours: number[] = [];
  const half = Math.floor(weekCount / 2);
  const repairHalves: [number[], number[]] = [[], []];

  for (const r of input.ruptures) {
    const i = weekIndex(starts, end, r.createdAt);
    if (i >= 0) {
      buckets[i]!.records++;
      buckets[i]!.ruptures++;
      const block = Math.min(blockCount - 1, Math.floor(i / perBlock));
      const reached = agreed(r.views.map((v) => v.reachedBy));
      const withdrew = agreed(r.views.map((v) => v.withdrewBy));
      for (const topic of ['all', r.topic]) {
        const c = rolesOf(topic)[block]!;
        if (reached === 'differ' || withdrew === 'differ') c.seenDifferently++;
        if (reached !== null && reached !== 'differ') reached === viewerId ? c.meReached++ : c.partnerReached++;
        if (withdrew !== null && withdrew !== 'differ') withdrew === viewerId ? c.meWithdrew++ : c.partnerWithdrew++;
      }
    }
    if (r.repairedAt !== null) {
      const j = weekIndex(starts, end, r.repairedAt);
      if (j >= 0) {
        const hours = hoursToRepair(r.createdAt, r.repairedAt);
        buckets[j]!.records++;
        buckets[j]!.repairHours.push(hours);
        allRepairHours.push(hours);
        repairHalves[j < half ? 0 : 1].push(hours);
      }
    }
  }
  const weeks: Week[] = windows.map((w, i) => ({
    ...w,
    figures: figuresOf(buckets[i]!),
    seasonsInForce: input.seasons.filter((s) => s.startedAt < w.endMs && (s.endedAt === null || s.endedAt >= w.startMs)).length,
  }));

  const withData = weeks.filter((w) => w.figures !== null);
  const sum = (k: keyof Omit<WeekFigures, 'myFeelingAfter' | 'medianHoursToRepair'>) => withData.reduce((n, w) => n + w.figures![k], 0);
  const feeling = meanOf(
    buckets.reduce((n, b) => n + b.feelingSum, 0),
    buckets.reduce((n, b) => n + b.feelingCount, 0),
  );
  const loopPerWeek = (ws: Week[]) => {
    const data = ws.filter((w) => w.figures !== null);
    return data.length === 0 ? null : data.reduce((n, w) => n + w.figures!.signals + w.figures!.pauses, 0) / data.length;
  };
  const earlierRepair = median(repairHalves[0]);
  const latelyRepair = median(repairHalves[1]);
  const earlierLoop = loopPerWeek(weeks.slice(0, half));
  const latelyLoop = loopPerWeek(weeks.slice(half));

  const topicRoles: TopicRoles[] = [...roles.entries()]
    .sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)))
    .map(([topic, counts]) => {
      const blocks = counts.map((c, i) => ({ start: blockStarts[i]!, counts: c }));
      const mid = Math.floor(blocks.length / 2);
      const before = mostlyReaching(blocks.slice(0, mid));
      const lately = mostlyReaching(blocks.slice(mid));
      return { topic, blocks, shift: before && lately && before !== lately ? { before, lately } : null };
    });

  return {
    weeks,
    totals: {
      signals: sum('signals'),
      pauses: sum('pauses'),
      pausesReconnected: sum('pausesReconnected'),
      pausesOnTime: sum('pausesOnTime'),
      myFeelingAfter: feeling === null ? null : Math.round(feeling * 10) / 10,
      ruptures: sum('ruptures'),
      repairs: sum('repairs'),
      medianHoursToRepair: median(allRepairHours),
      actionsDone: sum('actionsDone'),
      moments: sum('moments'),
      joy: sum('joy'),
      hard: sum('hard'),
      weeksWithData: withData.length,
      seasonWeeks: weeks.filter((w) => w.seasonsInForce > 0).length,
    },
    trends: {
      repairHours: { earlier: earlierRepair, lately: latelyRepair, trend: trendOf(earlierRepair, latelyRepair) },
      loop: { earlier: earlierLoop, lately: latelyLoop, trend: trendOf(earlierLoop, latelyLoop) },
    },
    roles: topicRoles,
  };
}
