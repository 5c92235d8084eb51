import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RETURN_PLANS, PAUSE_RULES } from './machine';
import { EARLY_MS, combinedPlan, returnTiming } from './reconnect';

const MIN = 60_000;
const END = Date.UTC(2026, 11, 1, 20, 0);

describe('returnTiming', () => {
  it('tells early, on time and late apart', () => {
    expect(returnTiming(END, END - 14 * MIN)).toBe('early');
    expect(returnTiming(END, END - EARLY_MS + 1)).toBe('on_time');
    expect(returnTiming(END, END)).toBe('on_time');
    expect(returnTiming(END, END + PAUSE_RULES.onTimeGraceMs)).toBe('on_time');
    expect(returnTiming(END, END + PAUSE_RULES.onTimeGraceMs + 1)).toBe('late');
  });
});

describe('combinedPlan', () => {
  it('puts the hug first and lets the one who wished to talk open it', () => {
    expect(combinedPlan('talk', 'hug')).toEqual({ steps: ['hug', 'talk'], starts: 'me' });
    expect(combinedPlan('hug', 'talk')).toEqual({ steps: ['hug', 'talk'], starts: 'partner' });
    expect(combinedPlan('check_in', 'hug')).toEqual({ steps: ['hug', 'check_in'], starts: null });
  });

  it('is one step when both wish for the same', () => {
    expect(combinedPlan('hug', 'hug')).toEqual({ steps: ['hug'], starts: null });
  });

  it('always holds both wishes, the same plan seen from either side', () => {
    const plan = fc.constantFrom(...RETURN_PLANS);
    fc.assert(
      fc.property(plan, plan, (mine, theirs) => {
        const a = combinedPlan(mine, theirs);
        const b = combinedPlan(theirs, mine);
        expect(a.steps).toEqual(b.steps);
        expect(new Set(a.steps)).toEqual(new Set([mine, theirs]));
        const flip = { me: 'partner', partner: 'me', null: null } as const;
        expect(b.starts).toBe(flip[String(a.starts) as 'me' | 'partner' | 'null']);
      }),
    );
  });
});
