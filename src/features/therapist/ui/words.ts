import type { AccessLogWhat, ConsentEntry, ConsentScope, Look } from '../contract';
import { copy } from './copy';

/**
 * "3 Dec, 14:02" in the reader's own locale and zone; the year only when it is not this one.
 * Pure: `now`, the locale and the zone are passed in, so tests fix them.
 */
export function when(at: string, now: Date, locale?: string, timeZone?: string): string {
  const date = new Date(at);
  const year = (d: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(d);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(year(date) === year(now) ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
}

/** "Dr Lee looked at your map": a record entry's words (an unknown kind still says who looked). */
export function lookWords(look: Pick<Look, 'therapistName' | 'what'>): string {
  const words = (copy.looks as Record<string, (name: string) => string>)[look.what as AccessLogWhat];
  return (words ?? copy.lookOther)(look.therapistName);
}

/** "You chose to share our pattern map with Dr Lee": one row of the consent history. */
export function choiceWords(entry: Pick<ConsentEntry, 'isMe' | 'name' | 'scope' | 'granted' | 'therapistName'>): string {
  const who = entry.isMe ? copy.history.you : (entry.name ?? copy.history.someone);
  const what = entry.isMe && entry.scope === 'checkins' ? copy.history.mineCheckins : (copy.history.scope[entry.scope as ConsentScope] ?? entry.scope);
  return (entry.granted ? copy.history.granted : copy.history.withdrawn)(who, what, entry.therapistName);
}
