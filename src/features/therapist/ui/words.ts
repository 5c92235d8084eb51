import type { AccessLogWhat, ConsentEntry, ConsentScope, Look } from '../contract';
import { formattingLocale } from '../../../core/i18n/messages';
import { copy } from './copy';

/**
 * "3 Dec, 14:02" in the page's language and the reader's zone; the year only when it is not this one.
 * Pure: `now`, the locale and the zone may be passed in, so tests fix them.
 */
export function when(at: string, now: Date, locale: string = formattingLocale(), timeZone?: string): string {
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
  const words = (copy.looks as Record<string, (values: { name: string }) => string>)[look.what as AccessLogWhat];
  return (words ?? copy.lookOther)({ name: look.therapistName });
}

/** "You chose to share our pattern map with Dr Lee": one row of the consent history. */
export function choiceWords(entry: Pick<ConsentEntry, 'isMe' | 'name' | 'scope' | 'granted' | 'therapistName'>): string {
  const what = entry.isMe && entry.scope === 'checkins' ? copy.history.mineCheckins : (copy.history.scope[entry.scope as ConsentScope] ?? entry.scope);
  const words = entry.granted ? copy.history.granted : copy.history.withdrawn;
  return words({ who: entry.isMe ? 'you' : 'other', name: entry.name ?? copy.history.someone, what, therapist: entry.therapistName });
}
