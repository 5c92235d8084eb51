import { describe, expect, it } from 'vitest';
import type { HowSeen, LatestPause, Rupture, Who } from './api';
import { agreedRoles, formatDay, openCount, pauseToOffer, roleReversals, rolesSeenDifferently, stageLabel } from './rupture-log';

let n = 0;
/** A rupture as I saw it (the partner's view, when given, in `extra`). */
function rupture(reached: Who, withdrew: Who, at: string, extra: Partial<Rupture> = {}): Rupture {
  n += 1;
  return {
    id: `r${n}`,
    topic: 'chores',
    myView: { intensity: 5, reached, withdrew },
    partnerView: null,
    loggedByMe: true,
    myNote: null,
    createdAt: at,
    repairedAt: null,
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

describe('two views of one rupture', () => {
  const seen = (reached: Who, withdrew: Who): HowSeen => ({ intensity: 6, reached, withdrew });

  it('keeps a role both views name, or the only view names; leaves it open where they name different people', () => {
    expect(agreedRoles(rupture('me', 'partner', '2026-11-01T10:00:00Z', { partnerView: seen('me', 'partner') }))).toEqual({ reached: 'me', withdrew: 'partner' });
    expect(agreedRoles(rupture('me', 'unsure', '2026-11-01T10:00:00Z', { partnerView: seen('unsure', 'partner') }))).toEqual({ reached: 'me', withdrew: 'partner' });
    expect(agreedRoles(rupture('me', 'partner', '2026-11-01T10:00:00Z', { partnerView: seen('partner', 'me') }))).toEqual({ reached: 'unsure', withdrew: 'unsure' });
    expect(agreedRoles({ ...rupture('me', 'me', '2026-11-01T10:00:00Z'), myView: null, partnerView: seen('partner', 'me') })).toEqual({ reached: 'partner', withdrew: 'me' });
    expect(agreedRoles({ ...rupture('me', 'me', '2026-11-01T10:00:00Z'), myView: null })).toEqual({ reached: 'unsure', withdrew: 'unsure' });
  });

  it('says the views differ only when both named someone, and not the same person', () => {
    expect(rolesSeenDifferently(seen('me', 'partner'), seen('partner', 'me'))).toBe(true);
    expect(rolesSeenDifferently(seen('me', 'partner'), seen('me', 'unsure'))).toBe(false);
    expect(rolesSeenDifferently(seen('me', 'partner'), { ...seen('me', 'partner'), intensity: 9 })).toBe(false);
    expect(rolesSeenDifferently(seen('me', 'partner'), null)).toBe(false);
  });

  it('finds a reversal in the roles the two views agree on, not in one view alone', () => {
    const first = rupture('me', 'partner', '2026-11-01T10:00:00Z');
    // I say I reached again; my partner saw it the other way round: no agreed roles, so no reversal.
    const disputed = rupture('me', 'partner', '2026-11-02T10:00:00Z', { partnerView: seen('partner', 'me') });
    const agreedSwitch = rupture('partner', 'me', '2026-11-03T10:00:00Z', { partnerView: seen('partner', 'me') });
    const reversed = roleReversals([agreedSwitch, disputed, first]);
    expect(reversed.has(disputed.id)).toBe(false);
    expect(reversed.has(agreedSwitch.id)).toBe(true);
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
  it('reads where a rupture stands, and never as a time taken', () => {
    const fresh = rupture('me', 'partner', '2026-11-01T10:00:00Z');
    expect(stageLabel(fresh)).toBe('Here whenever you are both ready');
    const talking = { ...fresh, repairId: 'x' };
    expect(stageLabel(talking)).toBe('Talking it through');
    const repaired = { ...talking, repairedAt: '2026-11-01T12:00:00Z' };
    expect(stageLabel(repaired)).toBe('Repaired together');
    expect(openCount([fresh, talking, repaired])).toBe(2);
  });
});

describe('formatDay', () => {
  it('shows a calendar date as that same day, whatever the time zone', () => {
    expect(formatDay('2026-12-01', 'en-GB')).toBe('1 Dec 2026');
  });
});
