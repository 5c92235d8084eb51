/**
 * The partner, named in a sentence. Their own display name, exactly as they
 * chose it; before anyone has joined (or while the couple is loading), the
 * words "your partner": lower case inside a sentence ("Shared with your
 * partner."), capitalised only where a sentence or a heading begins.
 */
export const PARTNER_FALLBACK = 'your partner';

/** The partner's name where a sentence or heading begins. A real name is never re-cased. */
export function atStart(name: string): string {
  return name === PARTNER_FALLBACK ? 'Your partner' : name;
}
