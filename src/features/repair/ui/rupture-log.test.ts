import { describe, expect, it } from 'vitest';
import type { LatestPause, Rupture, Who } from './api';
import { formatDay, formatTimeToRepair, openCount, pauseToOffer, roleReversals, ruptureStage, stageLabel } from './rupture-log';

let n = 0;
function rupture(reached: Who, withdrew: Who, at: string, extra: Partial<Rupture> = {}): Rupture {
  n += 1;
  return {
    id: `r${n}`,
    topic: 'chores',
    intensity: 5,
    reached,
    withdrew,
    loggedByMe: true,
    myNote: null,
    createdAt: at,
    repairedAt: null,
    minutesToRepair: null,
    iSayRepaired: false,
    partnerSaysRepaired: false,
    repairId: null,
    fromPause: false,
    pauseId: null,
    ...extra,
  };
}

describe('roleReversals', () => {
  it('marks a rupture where the one who reached last time stepped back this time', () => {
    const first = rupture('me', 'partner', '2026-11-01T10:00:00Z');
    const same = rupture('me', 'partner', '2026-11-02T10:00:00Z');
    const switched = rupture('partner', 'me', '2026-11-03T10:00:00Z');
    // Given newest first, as the server sends them.
    expect(roleReversals([switched, same, first])).toEqual(new Set([switched.id]));
  });

  it('sees a switch from one known role alone, and skips ruptures where nobody is sure', () => {
    const first = rupture('me', 'unsure', '2026-11-01T10:00:00Z');
    const unknown = rupture('unsure', 'unsure', '2026-11-02T10:00:00Z');
    const otherReached = rupture('partner', 'unsure', '2026-11-03T10:00:00Z');
    const stepsBack = rupture('unsure', 'partner', '2026-11-04T10:00:00Z');
    const reversed = roleReversals([first, unknown, otherReached, stepsBack]);
    expect(reversed.has(unknown.id)).toBe(false);
    expect(reversed.has(otherReached.id)).toBe(true);
    // Last time the partner reached; now the partner stepped back.
    expect(reversed.has(stepsBack.id)).toBe(true);
    expect(reversed.has(first.id)).toBe(false);
  });

  it('finds nothing in an empty or single log', () => {
    expect(roleReversals([]).size).toBe(0);
    expect(roleReversals([rupture('me', 'partner', '2026-11-01T10:00:00Z')]).size).toBe(0);
  });
});

describe('formatTimeToRepair', () => {
  it('says the time in words a person would use', () => {
    expect(formatTimeToRepair(0)).toBe('within a minute');
    expect(formatTimeToRepair(1)).toBe('in 1 minute');
    expect(formatTimeToRepair(45)).toBe('in 45 minutes');
    expect(formatTimeToRepair(60)).toBe('in about an hour');
    expect(formatTimeToRepair(150)).toBe('in about 3 hours');
    expect(formatTimeToRepair(35 * 60)).toBe('in about 35 hours');
    expect(formatTimeToRepair(3 * 24 * 60)).toBe('in about 3 days');
  });
});

describe('pauseToOffer', () => {
  const pause: LatestPause = { id: 'p1', status: 'reconnected', endedAt: '2026-11-01T10:00:00Z' };
  it('offers a pause the two came back from, until it has become a rupture', () => {
    expect(pauseToOffer(pause, [])).toBe(pause);
    expect(pauseToOffer(pause, [rupture('me', 'partner', '2026-11-01T10:05:00Z', { pauseId: 'p1', fromPause: true })])).toBeNull();
  });
  it('does not offer a live, cancelled or missing pause', () => {
    expect(pauseToOffer({ ...pause, status: 'active' }, [])).toBeNull();
    expect(pauseToOffer({ ...pause, status: 'cancelled' }, [])).toBeNull();
    expect(pauseToOffer(null, [])).toBeNull();
    expect(pauseToOffer(undefined, [])).toBeNull();
  });
});

describe('stages', () => {
  it('reads where a rupture stands', () => {
    const fresh = rupture('me', 'partner', '2026-11-01T10:00:00Z');
    expect(ruptureStage(fresh)).toBe('not_started');
    expect(stageLabel(fresh)).toBe('Not talked through yet');
    const talking = { ...fresh, repairId: 'x' };
    expect(ruptureStage(talking)).toBe('in_repair');
    const repaired = { ...talking, repairedAt: '2026-11-01T12:00:00Z', minutesToRepair: 120 };
    expect(ruptureStage(repaired)).toBe('repaired');
    expect(stageLabel(repaired)).toBe('Repaired together · in about 2 hours');
    expect(openCount([fresh, talking, repaired])).toBe(2);
  });
});

describe('formatDay', () => {
  it('shows a calendar date as that same day, whatever the time zone', () => {
    expect(formatDay('2026-12-01', 'en-GB')).toBe('1 Dec 2026');
  });
});
