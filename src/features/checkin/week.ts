import { DateTime } from 'luxon';

/**
 * The check-in's weeks, in each person's own time zone. A week runs Monday to Sunday on that
 * person's wall clock and is named by the date of its Monday ("2026-11-30"). Partners in two
 * zones each answer for their own week; their answers meet on the same Monday date. Pure: the
 * time is passed in, never read here.
 */

/** The Monday (YYYY-MM-DD) of the week holding `nowMs`, on `timeZone`'s wall clock. */
export function weekStartOf(nowMs: number, timeZone: string): string {
  const local = DateTime.fromMillis(nowMs, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`unknown time zone: ${timeZone}`);
  return local.startOf('day').minus({ days: local.weekday - 1 }).toISODate()!;
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of `nowMs` on `timeZone`'s wall clock. */
export function weekdayOf(nowMs: number, timeZone: string): number {
  return DateTime.fromMillis(nowMs, { zone: timeZone }).weekday;
}

/** The Monday `weeks` weeks after (or before, when negative) the Monday `weekStart`. */
export function addWeeks(weekStart: string, weeks: number): string {
  return DateTime.fromISO(weekStart, { zone: 'UTC' }).plus({ weeks }).toISODate()!;
}

/** True when `value` is a date that is a Monday: the only names a week has. */
export function isWeekStart(value: string): boolean {
  const d = DateTime.fromISO(value, { zone: 'UTC' });
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && d.isValid && d.weekday === 1;
}

/**
 * When a weekly reminder next rings after `afterMs`: at `localTime` ("HH:MM") on `weekday`, on
 * `timeZone`'s wall clock. A daylight-saving change keeps it at the same local time; a time in the
 * spring-forward gap moves to just after the gap (luxon's rule).
 */
export function nextReminderAt(weekday: number, localTime: string, timeZone: string, afterMs: number): number {
  const [hour, minute] = localTime.split(':').map(Number) as [number, number];
  const start = DateTime.fromMillis(afterMs, { zone: timeZone }).startOf('day');
  for (let offset = 0; offset <= 8; offset++) {
    const day = start.plus({ days: offset });
    if (day.weekday !== weekday) continue;
    const at = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: timeZone }).toMillis();
    if (at > afterMs) return at;
  }
  throw new Error('unreachable: a weekday comes round within eight days');
}
