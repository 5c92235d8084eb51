import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCouple, type TestClient } from '../../../test/support/client';

/**
 * The check-in's trend in "How we're doing": my own CSI-4 totals, my partner's only for a week
 * they shared or revealed with me — read through the check-in's reads, never its tables.
 */
const WEDNESDAY = Date.parse('2026-12-02T12:00:00Z');
const CSI_A = { happiness: 4, warm: 3, rewarding: 5, satisfied: 2 }; // 14
const CSI_B = { happiness: 6, warm: 0, rewarding: 1, satisfied: 5 }; // 12
const LOOP = { caught: 1, wayBack: 2, safeToReach: 3, safeToStepBack: 3 };

let app: TestApp;
let off: TestApp;
beforeAll(async () => {
  [app, off] = await Promise.all([startTestApp({}, { now: () => WEDNESDAY }), startTestApp({ checkin: { csi4: false } }, { now: () => WEDNESDAY })]);
});
afterAll(() => Promise.all([app.close(), off.close()]));

const answer = (c: TestClient, csi4: object, sharing: string) => c.put('/api/checkins/week', { timeZone: 'UTC', csi4, loop: LOOP, sharing });
const trendOf = async (c: TestClient) => (await c.get('/api/insights?weeks=4&tz=UTC')).body.checkIn;

describe('the check-in in "How we’re doing"', () => {
  it('shows my own totals, and my partner’s once revealed together', async () => {
    const { a, b } = await newCouple(app.url);
    expect((await answer(a, CSI_A, 'reveal_together')).status).toBe(200);
    const before = await trendOf(a);
    expect(before.weeks.map((w: { start: string }) => w.start)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(before.weeks.at(-1)).toEqual({ start: '2026-11-30', mine: 14, partner: null });
    expect(before.weeks.slice(0, 3).every((w: { mine: unknown; partner: unknown }) => w.mine === null && w.partner === null)).toBe(true);
    expect((await trendOf(b)).weeks.at(-1)).toEqual({ start: '2026-11-30', mine: null, partner: null });

    expect((await answer(b, CSI_B, 'reveal_together')).status).toBe(200);
    expect((await trendOf(a)).weeks.at(-1)).toEqual({ start: '2026-11-30', mine: 14, partner: 12 });
    expect((await trendOf(b)).weeks.at(-1)).toEqual({ start: '2026-11-30', mine: 12, partner: 14 });
  });

  it('never shows a partner’s private week', async () => {
    const { a, b } = await newCouple(app.url);
    expect((await answer(a, CSI_A, 'private')).status).toBe(200);
    expect((await answer(b, CSI_B, 'reveal_together')).status).toBe(200);
    expect((await trendOf(b)).weeks.at(-1)).toEqual({ start: '2026-11-30', mine: 12, partner: null });
    expect((await trendOf(a)).weeks.at(-1)).toEqual({ start: '2026-11-30', mine: 14, partner: null });
  });

  it('is left out when a deployment switches the CSI-4 off', async () => {
    const { a } = await newCouple(off.url);
    const res = await a.get('/api/insights?weeks=4&tz=UTC');
    expect(res.status).toBe(200);
    expect(res.body.checkIn).toBeNull();
  });
});
