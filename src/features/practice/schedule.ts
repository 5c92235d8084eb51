import { DateTime } from 'luxon';

/**
 * When a person's reminder next rings: at a wall-clock time on chosen
 * weekdays, in their own time zone. Luxon applies the zone's rules, so a
 * daylight-saving change keeps the reminder at the same local time; a time that
 * does not exist that day (the spring-forward gap) moves to just after the gap.
 */
export interface ReminderRule {
  /** "HH:MM", 24-hour, local to `timeZone`. */
  localTime: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  timeZone: string;
}

export function nextOccurrence(rule: ReminderRule, afterMs: number): number | null {
  const [hour, minute] = rule.localTime.split(':').map(Number) as [number, number];
  if (rule.weekdays.length === 0) return null;
  const start = DateTime.fromMillis(afterMs, { zone: rule.timeZone }).startOf('day');
  if (!start.isValid) return null;
  for (let offset = 0; offset <= 7; offset++) {
    const day = start.plus({ days: offset });
    if (!rule.weekdays.includes(day.weekday)) continue;
    const at = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: rule.timeZone });
    if (at.toMillis() > afterMs) return at.toMillis();
  }
  return null;
}

export function isValidLocalTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
