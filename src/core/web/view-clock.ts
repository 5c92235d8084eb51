/**
 * Decides whether a fetched view may land in the cache, from the couple event
 * `seq` each view carries (read in the same snapshot as its data) and the
 * order of things on this screen. Pure: no timers, no I/O.
 *
 * Two ways a fetched answer can be older than what the screen already knows:
 * - the socket delivered an event touching this view with a higher seq than the
 *   answer reflects (the answer was read before that change committed);
 * - one of this person's own changes to the view settled while the fetch was
 *   under way (the answer may have been read before that change committed, and
 *   a change that appends no event leaves the seq where it was, so seq alone
 *   cannot tell).
 * Either way the answer is dropped and fetched again; it never lands on top.
 */
export type FetchVerdict = 'apply' | 'refetch';

/** Taken when a fetch starts; handed back with its answer. */
export interface FetchTicket {
  readonly settledBefore: number;
}

export class ViewClock {
  /** The highest seq the socket delivered that touches this view. */
  private newestEvent = 0;
  /** How many of this person's changes to the view have settled (succeeded or failed). */
  private settled = 0;

  fetchStarted(): FetchTicket {
    return { settledBefore: this.settled };
  }

  answered(ticket: FetchTicket, seq: number): FetchVerdict {
    if (seq < this.newestEvent) return 'refetch';
    if (ticket.settledBefore < this.settled) return 'refetch';
    return 'apply';
  }

  /** An event touching this view arrived. True when it is news (the view should refetch). */
  eventSeen(seq: number): boolean {
    if (seq <= this.newestEvent) return false;
    this.newestEvent = seq;
    return true;
  }

  /**
   * One of this person's changes settled. `seq` is what its answer reflects (null when it failed).
   * Its own row may land at once; the whole view refetches when the change failed, or when the
   * socket already delivered something newer than the answer.
   */
  changeSettled(seq: number | null): FetchVerdict {
    this.settled += 1;
    return seq === null || seq < this.newestEvent ? 'refetch' : 'apply';
  }
}
