import { formattingLocale } from '../../../core/i18n/messages';

/**
 * Calendar days and reminder days for the practice screens. Pure: the
 * current time is passed in, so tests control the clock.
 */

/** The longest a season may run before it is looked at again (the server's rule, ../seasons.ts). */
export const MAX_SEASON_DAYS = 56;

const pad = (n: number) => String(n).padStart(2, '0');

/** yyyy-mm-dd on this device's own calendar (capacity check-ins are "today" where the person is). */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** yyyy-mm-dd in UTC (the server counts a season's weeks from its UTC today). */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A calendar day `n` days after `day` (both yyyy-mm-dd). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The dates a season's review may take: after the server's today, and no more
 * than 8 weeks on. The server counts from its UTC day, so the date input's
 * min and max do too — a date the picker allows is one the server accepts.
 */
export function reviewDateLimits(now: Date): { min: string; max: string; suggested: string } {
  const today = utcDay(now);
  return { min: addDays(today, 1), max: addDays(today, MAX_SEASON_DAYS), suggested: addDays(today, 28) };
}

export function isReviewDateAllowed(day: string, now: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return false;
  const { min, max } = reviewDateLimits(now);
  return day >= min && day <= max;
}

/** This device's IANA time zone, e.g. "Europe/London" (UTC if the browser will not say). */
export function detectTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * Reminder days in words: "every day", "weekdays", "weekends" or "Mon, Wed, Fri".
 * `short` holds the names for 1 = Monday … 7 = Sunday.
 */
export function describeWeekdays(days: number[], short: readonly string[], words: { everyDay: string; weekdays: string; weekends: string }): string {
  const set = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const key = set.join(',');
  if (key === '1,2,3,4,5,6,7') return words.everyDay;
  if (key === '1,2,3,4,5') return words.weekdays;
  if (key === '6,7') return words.weekends;
  return set.map((d) => short[d - 1]).join(', ');
}

/** Adds or removes one weekday, keeping the list sorted. */
export function toggleWeekday(days: number[], day: number): number[] {
  return days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort((a, b) => a - b);
}

/** "12 Mar" for a calendar day in the page's language, shown the same wherever the reader is. */
export function formatDay(day: string, locale: string = formattingLocale()): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
