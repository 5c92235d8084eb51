import { formattingLocale } from '../../../core/i18n/messages';

/** Time left in a pause, as both screens show it. Pure: the server-corrected now is passed in. */
export function remainingMs(endsAtIso: string | null, serverNowMs: number): number {
  if (!endsAtIso) return 0;
  return Math.max(0, Date.parse(endsAtIso) - serverNowMs);
}

/**
 * "9:59", "0:05", "1:04:30". Rounded up, so the display reads 0:00 only when
 * the time is really up, and both screens flip each second at the same moment.
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Whole minutes left, rounded up, for words a screen reader can say ("about 10 minutes"). */
export function minutesLeft(ms: number): number {
  return Math.max(0, Math.ceil(ms / 60_000));
}

/** "14:32" in the page's language and the device's own time zone. */
export function formatClockTime(iso: string, locale: string = formattingLocale()): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}
