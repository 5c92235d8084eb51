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
/** 'wait': other changes of this person are still in flight; the view is decided when the last one settles. */
export type ChangeVerdict = FetchVerdict | 'wait';

/** Taken when a fetch starts; handed back with its answer. */
export interface FetchTicket {
  readonly settledBefore: number;
}

export class ViewClock {
  /**
   * The highest seq this view is known to have reached: delivered by the socket, or reflected by
   * a fetched answer that landed (read in one snapshot, it holds every event up to its seq).
   */
  private newestEvent = 0;
  /** How many of this person's changes to the view have settled (succeeded or failed). */
  private settled = 0;
  /** This person's changes in flight now, and whether the run of them since none was in flight owes a refetch. */
  private inFlight = 0;
  private runOwesRefetch = false;

  fetchStarted(): FetchTicket {
    return { settledBefore: this.settled };
  }

  answered(ticket: FetchTicket, seq: number): FetchVerdict {
    if (seq < this.newestEvent) return 'refetch';
    if (ticket.settledBefore < this.settled) return 'refetch';
    this.newestEvent = seq;
    return 'apply';
  }

  /** An event touching this view arrived. True when it is news: the view on screen does not hold it yet. */
  eventSeen(seq: number): boolean {
    if (seq <= this.newestEvent) return false;
    this.newestEvent = seq;
    return true;
  }

  /** One of this person's changes was sent. Two in flight at once may answer out of order. */
  changeStarted(): void {
    if (this.inFlight > 0) this.runOwesRefetch = true;
    this.inFlight += 1;
  }

  /**
   * One of this person's changes settled. `seq` is what its answer reflects (null when it failed or
   * carries none). Its own row may land at once. When it is the last in flight, the whole view is
   * fetched again if any change of the run failed, answered older than the socket, or overlapped
   * another (their answers may have come back in another order than they were made).
   */
  changeSettled(seq: number | null): ChangeVerdict {
    this.settled += 1;
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (seq === null || seq < this.newestEvent) this.runOwesRefetch = true;
    if (this.inFlight > 0) return 'wait';
    const verdict = this.runOwesRefetch ? 'refetch' : 'apply';
    this.runOwesRefetch = false;
    return verdict;
  }
}
