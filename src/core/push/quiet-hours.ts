/**
 * Quiet hours are local to each person: minutes after their own midnight, in
 * their IANA time zone, so daylight-saving changes are handled by the zone
 * rules rather than by fixed UTC offsets. A window may wrap past midnight.
 */
export function localMinuteOfDay(nowMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(nowMs);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

export function inQuietHours(nowMs: number, timeZone: string, start: number | null, end: number | null): boolean {
  if (start === null || end === null || start === end) return false;
  const m = localMinuteOfDay(nowMs, timeZone);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Where "tomorrow morning" begins, in the person's own time zone. */
export const MORNING_MINUTE = 8 * 60;

/**
 * The end of a quiet while that starts at `nowMs`: an hour, four hours, or the person's next
 * 08:00 local (the coming one when it is still night). A daylight-saving change in between
 * is corrected by looking at the local time of the first guess once more.
 */
export function quietWhileEnds(choice: '1h' | '4h' | 'tomorrow_morning', nowMs: number, timeZone: string): number {
  if (choice === '1h') return nowMs + 60 * 60_000;
  if (choice === '4h') return nowMs + 4 * 60 * 60_000;
  const startOfMinute = nowMs - (nowMs % 60_000);
  const ahead = (MORNING_MINUTE - localMinuteOfDay(nowMs, timeZone) + 1440) % 1440 || 1440;
  let guess = startOfMinute + ahead * 60_000;
  const drift = localMinuteOfDay(guess, timeZone) - MORNING_MINUTE;
  if (drift !== 0 && Math.abs(drift) <= 120) guess -= drift * 60_000;
  return guess;
}
