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
