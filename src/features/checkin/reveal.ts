import type { Sharing } from './questions';

/**
 * The reveal-together rule, in one place: the routes and reads.ts both ask it. Pure.
 *
 * A person's week is given as the sharing it has *in the space the two are in now* (an answer
 * shared into an earlier space counts as private here), or null when they have not answered.
 * - `private` is never shown, and never hinted at: "answered privately" and "not answered"
 *   look the same from the other side.
 * - `share` is shown as soon as it exists.
 * - `reveal_together` is shown once the other has answered and shares too (either way);
 *   until then the other sees only that it is waiting — a fact its author chose to share.
 */
export type PartnerVisibility = 'hidden' | 'waiting' | 'shown';
export type MyVisibility = 'private' | 'shared' | 'waiting' | 'revealed';

export function whatIseeOfTheirs(mine: Sharing | null, theirs: Sharing | null): PartnerVisibility {
  if (theirs === null || theirs === 'private') return 'hidden';
  if (theirs === 'share') return 'shown';
  return mine !== null && mine !== 'private' ? 'shown' : 'waiting';
}

/** Where my own answers stand: seen by my partner yet or not (as far as I may know). */
export function whereMineStand(mine: Sharing, theirs: Sharing | null): MyVisibility {
  if (mine === 'private') return 'private';
  if (mine === 'share') return 'shared';
  return whatIseeOfTheirs(theirs, mine) === 'shown' ? 'revealed' : 'waiting';
}
