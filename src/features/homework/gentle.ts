import { formattingLocale } from '../../core/i18n/messages';
/**
 * How homework is spoken of to the couple: pure and zod-free (home and tests share it). A due date
 * is a suggestion, never a deadline: nothing turns red or counts days late (decision 0013).
 */

const DAY_MS = 86_400_000;
/** How near the next session must be for the gentle line about a check-in before it. */
export const CHECKIN_BEFORE_SESSION_DAYS = 3;

/** A due date (YYYY-MM-DD, a calendar day) in the page's language, e.g. "Fri 11 Dec". */
export function dueDay(dueOn: string, locale: string = formattingLocale()): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${dueOn}T00:00:00Z`));
}

/** Whether to show the suggested day at all: once it has passed, only "whenever you're ready". */
export function dayStillAhead(dueOn: string, now: Date): boolean {
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
  return dueOn >= today;
}

/** The therapist asked for a check-in before the session, and the session is within a few days. */
export function checkinBeforeSessionSoon(view: { checkinBeforeSession: boolean; nextSessionAt: string | null }, now: Date): boolean {
  if (!view.checkinBeforeSession || !view.nextSessionAt) return false;
  const ahead = Date.parse(view.nextSessionAt) - now.getTime();
  return ahead >= 0 && ahead <= CHECKIN_BEFORE_SESSION_DAYS * DAY_MS;
}
