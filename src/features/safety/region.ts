import { helpFor } from './helplines';

/**
 * Where the person says they are, for help in their country: a listed country's
 * code, "elsewhere" (the international directory), or null (not said yet). It is
 * asked, never guessed (no IP lookup, no locale sniffing), and it stays on the
 * device: it is never sent to our server or anyone else.
 */
export type Region = string | null;

export const ELSEWHERE = 'elsewhere';

/** A stored value read back: anything unknown (an old code, a hand edit) counts as not said. */
export function regionFrom(stored: string | null): Region {
  if (stored === ELSEWHERE) return ELSEWHERE;
  return stored !== null && helpFor(stored) ? stored : null;
}
