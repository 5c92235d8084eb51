import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_WORDS, SHARED_SCOPES, consentInForce, type ConsentRow } from './therapist-scope';

const A = 'a0000000-0000-4000-8000-000000000001';
const B = 'b0000000-0000-4000-8000-000000000002';
const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 10, minute));
const row = (userId: string, scope: string, granted: boolean, minute: number, subjectId: string | null = null): ConsentRow => ({ userId, scope, subjectId, granted, at: at(minute) });

describe('consent in force', () => {
  it('needs both partners for a shared scope, and only the owner for their own', () => {
    const rows = [row(A, 'map', true, 1), row(A, 'checkins', true, 2), row(B, 'loop', true, 3), row(A, 'loop', true, 4)];
    const consent = consentInForce(rows, [A, B]);
    expect([...consent.shared]).toEqual(['loop']);
    expect([...consent.own.get(A)!]).toEqual(['checkins']);
    expect([...consent.own.get(B)!]).toEqual([]);
  });

  it('takes the latest row, and shows consent as it was at an earlier moment', () => {
    const rows = [row(A, 'map', true, 1), row(B, 'map', true, 2), row(B, 'map', false, 5)];
    expect(consentInForce(rows, [A, B]).shared.has('map')).toBe(false);
    expect(consentInForce(rows, [A, B], at(3)).shared.has('map')).toBe(true);
    expect(consentInForce(rows, [A, B], at(1)).shared.has('map')).toBe(false);
  });

  it('grants nothing shared while a space has one partner, and ignores rows of anyone else', () => {
    expect(consentInForce([row(A, 'map', true, 1)], [A]).shared.size).toBe(0);
    const stranger = 'c0000000-0000-4000-8000-000000000003';
    expect(consentInForce([row(A, 'map', true, 1), row(stranger, 'map', true, 2)], [A, B]).shared.size).toBe(0);
  });

  it('shows a conversation’s words only when both agreed to that conversation', () => {
    const r1 = 'd0000000-0000-4000-8000-000000000004';
    const r2 = 'e0000000-0000-4000-8000-000000000005';
    const rows = [row(A, CONVERSATION_WORDS, true, 1, r1), row(B, CONVERSATION_WORDS, true, 2, r1), row(A, CONVERSATION_WORDS, true, 3, r2)];
    expect([...consentInForce(rows, [A, B]).conversations]).toEqual([r1]);
  });

  it('matches a replay of the log: a shared scope is in force exactly when each partner’s last word on it was yes', () => {
    const arbRow = fc.record({
      userId: fc.constantFrom(A, B),
      scope: fc.constantFrom(...SHARED_SCOPES),
      granted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 40 }), (entries) => {
        const rows = entries.map((e, i) => row(e.userId, e.scope, e.granted, i));
        const consent = consentInForce(rows, [A, B]);
        for (const scope of SHARED_SCOPES) {
          const last = (p: string) => entries.filter((e) => e.userId === p && e.scope === scope).at(-1)?.granted ?? false;
          expect(consent.shared.has(scope)).toBe(last(A) && last(B));
        }
      }),
    );
  });
});
