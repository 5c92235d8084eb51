import { useEffect, useState } from 'react';
import { formattingLocale } from '../i18n/messages';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "5 minutes ago", "in 3 days", "yesterday", or `justNow` within a minute.
 * Pure: the current time is passed in, so tests control the clock.
 */
export function formatRelative(date: Date | string, now: Date, justNow: string, locale: string = formattingLocale()): string {
  const then = typeof date === 'string' ? new Date(date) : date;
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return justNow;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (abs >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return justNow;
}

/** "25 Nov 2026, 14:05" in the page's language and the device's own time zone. */
export function formatDateTime(date: Date | string, locale: string = formattingLocale()): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/**
 * The current time, re-read every `intervalMs` so relative times stay true while a screen is open;
 * `null` while nothing on screen needs it to move (no timer runs).
 */
export function useNow(intervalMs: number | null = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (intervalMs === null) return;
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
