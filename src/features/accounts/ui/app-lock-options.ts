import { formattingLocale } from '../../../core/i18n/messages';

/** The choices the settings offer (the server takes any whole minutes in range: 1–1440, 1–10080). */
export const LOCK_AFTER_CHOICES = [1, 2, 5, 15, 30, 60] as const;
export const SIGN_OUT_CHOICES = [null, 15, 60, 240, 1440] as const;
export const PIN_PATTERN = /^\d{4,8}$/;

/** Minutes as people say them, in the page's language: "5 minutes", "4 hours", "1 day" (the largest whole unit). */
export function lockDuration(minutes: number, locale: string = formattingLocale()): string {
  const [value, unit] = minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
