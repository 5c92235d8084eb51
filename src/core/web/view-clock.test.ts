import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ViewClock, type FetchTicket } from './view-clock';

/**
 * A model of one view: a server whose value changes (the partner's changes and this person's own,
 * some appending an event, some not), a socket that delivers events late but in order, fetches
 * that read a snapshot at some moment between asking and answering, and this person's changes
 * that commit and answer late (or fail). Every interleaving must end with the screen showing the
 * server's value, and no fetched answer may land that was read before something the screen
 * already had: an event delivered, or one of this person's own changes answered.
 */
interface Fetch {
  ticket: FetchTicket;
  read: { value: number; seq: number; at: number } | null;
}
interface Change {
  appendsEvent: boolean;
  fails: boolean;
  committed: { value: number; seq: number; at: number } | null;
}

function run(choices: number[]): void {
  const clock = new ViewClock();
  const server = { value: 0, seq: 0, changes: 0 };
  let now = 0;
  const socket: Array<{ seq: number; at: number }> = [];
  const fetches: Fetch[] = [];
  const changes: Change[] = [];
  let shown: number | null = null;
  // The latest commit moment the screen has taken in (an event delivered, or an own change answered).
  let known = -1;
  const commits = new Map<number, number>();

  const startFetch = () => fetches.push({ ticket: clock.fetchStarted(), read: null });
  const commit = (appendsEvent: boolean) => {
    server.value = ++server.changes;
    now += 1;
    if (appendsEvent) {
      server.seq += 1;
      socket.push({ seq: server.seq, at: now });
      commits.set(server.seq, now);
    }
    return { value: server.value, seq: server.seq, at: now };
  };
  const remove = <T>(list: T[], item: T) => list.splice(list.indexOf(item), 1);

  type Step = () => void;
  const steps = (growing: boolean): Step[] => {
    const found: Step[] = [];
    if (growing) {
      found.push(() => void commit(true)); // the partner changes the view
      const send = (change: Change) => () => {
        clock.changeStarted();
        changes.push(change);
      };
      found.push(send({ appendsEvent: true, fails: false, committed: null }));
      found.push(send({ appendsEvent: false, fails: false, committed: null }));
      found.push(send({ appendsEvent: false, fails: true, committed: null }));
      found.push(startFetch); // a screen mounting, a retry
    }
    const event = socket[0];
    if (event)
      found.push(() => {
        socket.shift();
        known = Math.max(known, event.at);
        if (clock.eventSeen(event.seq)) startFetch();
      });
    for (const f of fetches) {
      if (!f.read) found.push(() => void (f.read = { value: server.value, seq: server.seq, at: (now += 1) }));
      else
        found.push(() => {
          remove(fetches, f);
          if (clock.answered(f.ticket, f.read!.seq) === 'apply') {
            expect(f.read!.at).toBeGreaterThan(known);
            shown = f.read!.value;
          } else startFetch();
        });
    }
    for (const c of changes) {
      if (!c.committed && !c.fails) found.push(() => void (c.committed = commit(c.appendsEvent)));
      else
        found.push(() => {
          remove(changes, c);
          const verdict = clock.changeSettled(c.fails ? null : c.committed!.seq);
          if (c.committed) {
            shown = c.committed.value;
            known = Math.max(known, c.committed.at);
          }
          if (verdict === 'refetch') startFetch();
        });
    }
    return found;
  };

  startFetch(); // the screen opens
  for (const choice of choices) {
    const found = steps(true);
    found[choice % found.length]!();
  }
  // Then everything under way finishes, in an order the choices still pick.
  for (let i = 0; ; i += 1) {
    const found = steps(false);
    if (found.length === 0) break;
    found[(choices[i % Math.max(choices.length, 1)] ?? 0) % found.length]!();
    expect(i).toBeLessThan(10_000);
  }
  expect(shown).toBe(server.value);
}

describe('ViewClock', () => {
  it('ends every interleaving of fetches, socket events and own changes on the newest state, never landing an older answer', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 60 }), (choices) => run(choices)), { numRuns: 2000 });
  });

  it('drops an answer older than an event the socket delivered', () => {
    const clock = new ViewClock();
    const ticket = clock.fetchStarted();
    expect(clock.eventSeen(5)).toBe(true);
    expect(clock.answered(ticket, 4)).toBe('refetch');
    expect(clock.answered(clock.fetchStarted(), 5)).toBe('apply');
    expect(clock.eventSeen(5)).toBe(false);
  });

  it('takes an event the answer on screen already holds as no news (the socket can trail a fetch)', () => {
    const clock = new ViewClock();
    expect(clock.answered(clock.fetchStarted(), 6)).toBe('apply');
    expect(clock.eventSeen(5)).toBe(false);
    expect(clock.eventSeen(6)).toBe(false);
    expect(clock.eventSeen(7)).toBe(true);
  });

  it('drops an answer asked for before one of my own changes settled, even at the same seq (a change with no event)', () => {
    const clock = new ViewClock();
    const before = clock.fetchStarted();
    clock.changeStarted();
    expect(clock.changeSettled(3)).toBe('apply');
    expect(clock.answered(before, 3)).toBe('refetch');
    expect(clock.answered(clock.fetchStarted(), 3)).toBe('apply');
  });

  it('fetches again after a change that failed, or whose answer is older than the socket', () => {
    const clock = new ViewClock();
    clock.changeStarted();
    expect(clock.changeSettled(null)).toBe('refetch');
    clock.eventSeen(9);
    clock.changeStarted();
    expect(clock.changeSettled(8)).toBe('refetch');
    clock.changeStarted();
    expect(clock.changeSettled(9)).toBe('apply');
  });

  it('decides after the last of two overlapping changes, which fetches again (their answers may cross)', () => {
    const clock = new ViewClock();
    clock.changeStarted();
    clock.changeStarted();
    expect(clock.changeSettled(4)).toBe('wait');
    expect(clock.changeSettled(4)).toBe('refetch');
  });
});
