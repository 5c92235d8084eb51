import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loopSummary, repairSummary, sinceOf } from './overview';

const at = (iso: string) => new Date(iso);
const WINDOWS = [
  { start: '2026-11-16', endMs: Date.parse('2026-11-23T00:00:00Z') },
  { start: '2026-11-23', endMs: Date.parse('2026-11-30T00:00:00Z') },
  { start: '2026-11-30', endMs: Date.parse('2026-12-07T00:00:00Z') },
];
const week = (week: string | null, signals: number, pauses: number, last: string | null = null) => ({
  coupleId: 'c',
  week,
  signals,
  pauses,
  reconnected: pauses,
  lastSignalAt: last ? at(last) : null,
  lastPauseAt: null,
});

describe('what changed since the last session', () => {
  it('counts every week since, draws only the recent weeks inside the span, zeros included', () => {
    const s = loopSummary([week(null, 5, 1, '2026-10-01T10:00:00Z'), week('2026-11-30', 2, 1, '2026-12-01T09:00:00Z')], WINDOWS, at('2026-11-25T12:00:00Z'));
    expect(s).toEqual({
      signals: 7,
      pauses: 2,
      reconnected: 2,
      lastSignalAt: '2026-12-01T09:00:00.000Z',
      lastPauseAt: null,
      weekly: [
        { week: '2026-11-23', signals: 0, pauses: 0 },
        { week: '2026-11-30', signals: 2, pauses: 1 },
      ],
    });
  });

  it('totals are the sum of the weeks, whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { maxLength: 10 }), (counts) => {
        const s = loopSummary(counts.map(([a, b]) => week(null, a, b)), WINDOWS, at('2026-01-01T00:00:00Z'));
        expect(s.signals).toBe(counts.reduce((n, [a]) => n + a, 0));
        expect(s.pauses).toBe(counts.reduce((n, [, b]) => n + b, 0));
        expect(s.weekly.every((w) => w.signals === 0 && w.pauses === 0)).toBe(true);
      }),
    );
  });

  it('repair: moments logged since, repairs since, and the median time to repair among those', () => {
    const since = at('2026-11-25T00:00:00Z');
    const rows = [
      // logged before, repaired since: a repair since, not a moment since
      { coupleId: 'c', createdAt: at('2026-11-20T00:00:00Z'), repairedAt: at('2026-11-26T00:00:00Z') },
      { coupleId: 'c', createdAt: at('2026-11-27T00:00:00Z'), repairedAt: at('2026-11-27T02:00:00Z') },
      { coupleId: 'c', createdAt: at('2026-11-28T00:00:00Z'), repairedAt: null },
    ];
    expect(repairSummary(rows, since)).toEqual({ ruptures: 2, repaired: 2, medianHoursToRepair: (144 + 2) / 2 });
    expect(repairSummary([], since)).toEqual({ ruptures: 0, repaired: 0, medianHoursToRepair: null });
  });

  it('counts from the last session once it has happened, from connecting before', () => {
    const link = { id: 'l', coupleId: 'c', startedAt: at('2026-01-01T00:00:00Z'), nextSessionAt: null, checkinBeforeSession: false };
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(sinceOf({ ...link, lastSessionAt: null }, now)).toEqual(link.startedAt);
    expect(sinceOf({ ...link, lastSessionAt: at('2026-11-25T15:00:00Z') }, now)).toEqual(at('2026-11-25T15:00:00Z'));
    expect(sinceOf({ ...link, lastSessionAt: at('2026-12-09T15:00:00Z') }, now)).toEqual(link.startedAt);
  });
});
