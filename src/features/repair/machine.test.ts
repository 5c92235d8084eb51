import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REQUIRED_STEPS, STEPS, decideRepair, newRepair, viewFor, type Answers, type Repair, type RepairCommand } from './machine';

const A = 'a';
const B = 'b';
const full: Answers = { feelings: 'hurt, small', myPart: 'I raised my voice', unmetNeed: 'to be heard', iWill: 'pause before replying', myReality: 'I felt ignored' };

function run(state: Repair, command: RepairCommand): Repair {
  const d = decideRepair(state, command, 1000);
  if (!d.ok) throw new Error(d.code);
  return d.state;
}

describe('reveal together', () => {
  it('reveals both answers at once, at the second submission, and not before', () => {
    let s = newRepair([A, B]);
    s = run(s, { type: 'submit', by: A, answers: full });
    expect(s.status).toBe('writing');
    expect(viewFor(s, B).partners).toBeNull();
    expect(viewFor(s, B).partnerSubmitted).toBe(true);
    s = run(s, { type: 'submit', by: B, answers: { ...full, feelings: 'scared' } });
    expect(s.status).toBe('revealed');
    expect(viewFor(s, A).partners?.feelings).toBe('scared');
    expect(viewFor(s, B).partners?.feelings).toBe('hurt, small');
  });

  it('lets answers change before the reveal and never after', () => {
    let s = run(newRepair([A, B]), { type: 'submit', by: A, answers: full });
    s = run(s, { type: 'submit', by: A, answers: { ...full, feelings: 'tired' } });
    expect(viewFor(s, A).mine.feelings).toBe('tired');
    s = run(s, { type: 'submit', by: B, answers: full });
    expect(decideRepair(s, { type: 'save', by: A, answers: full }, 2)).toEqual({ ok: false, code: 'already_revealed' });
    expect(decideRepair(s, { type: 'submit', by: B, answers: full }, 2)).toEqual({ ok: false, code: 'already_revealed' });
  });

  it('keeps shared answers complete: a draft save after sharing is refused, sharing again is how they change', () => {
    const s = run(newRepair([A, B]), { type: 'submit', by: A, answers: full });
    expect(decideRepair(s, { type: 'save', by: A, answers: { feelings: '' } }, 2)).toEqual({ ok: false, code: 'already_submitted' });
    // The partner's submit then reveals what A shared, complete.
    const revealed = run(s, { type: 'submit', by: B, answers: full });
    expect(viewFor(revealed, B).partners).toEqual(full);
  });

  it('needs the core steps answered to submit, and only partners may act', () => {
    for (const step of REQUIRED_STEPS) {
      expect(decideRepair(newRepair([A, B]), { type: 'submit', by: A, answers: { ...full, [step]: '  ' } }, 1)).toEqual({ ok: false, code: 'incomplete' });
    }
    expect(decideRepair(newRepair([A, B]), { type: 'save', by: 'c', answers: full }, 1)).toEqual({ ok: false, code: 'not_participant' });
    expect(decideRepair(newRepair([A, B]), { type: 'acknowledge', by: A, step: 'feelings' }, 1)).toEqual({ ok: false, code: 'not_revealed' });
  });

  it('records “I hear this” once per step', () => {
    let s = run(run(newRepair([A, B]), { type: 'submit', by: A, answers: full }), { type: 'submit', by: B, answers: full });
    s = run(s, { type: 'acknowledge', by: B, step: 'feelings' });
    s = run(s, { type: 'acknowledge', by: B, step: 'feelings' });
    expect(viewFor(s, A).partnerAcknowledged).toEqual(['feelings']);
  });
});

describe('reveal-together property', () => {
  const person = fc.constantFrom(A, B, 'c');
  const answers = fc.record({ feelings: fc.constantFrom('', 'sad'), myPart: fc.constantFrom('', 'mine'), unmetNeed: fc.constantFrom('rest'), iWill: fc.constantFrom('', 'call') });
  const command: fc.Arbitrary<RepairCommand> = fc.oneof(
    fc.record({ type: fc.constant('save' as const), by: person, answers }),
    fc.record({ type: fc.constant('submit' as const), by: person, answers }),
    fc.record({ type: fc.constant('acknowledge' as const), by: person, step: fc.constantFrom(...STEPS) }),
  );

  it('never reveals with fewer than two submissions, and never shows a partner’s words before the reveal', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        let s = newRepair([A, B]);
        for (const c of commands) {
          const d = decideRepair(s, c, 5);
          if (d.ok) s = d.state;
          const submissions = Object.keys(s.submittedAt).length;
          if (s.status === 'revealed') expect(submissions).toBe(2);
          else {
            expect(viewFor(s, A).partners).toBeNull();
            expect(viewFor(s, B).partners).toBeNull();
          }
          // Whoever has submitted holds complete answers, whatever came after.
          for (const who of Object.keys(s.submittedAt)) for (const step of REQUIRED_STEPS) expect(s.drafts[who]?.[step]?.trim()).toBeTruthy();
          if (d.ok) for (const e of d.events) expect(JSON.stringify(e.payload)).not.toMatch(/sad|mine|rest|call/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
