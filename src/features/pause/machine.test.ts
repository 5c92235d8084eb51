import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PAUSE_RULES, RETURN_PLANS, WHERE, decide, isLive, nextDeadline, type Pause, type PauseCommand } from './machine';

const A = 'requester-a';
const B = 'partner-b';
const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 25, 20, 0);

const request: PauseCommand = { type: 'request', by: A, partnerId: B, minutes: 10, where: 'same_room', tether: 'I need a moment, and I love you', returnPlan: 'talk' };

function apply(state: Pause | null, command: PauseCommand, now = T0): Pause {
  const d = decide(state, command, now);
  if (!d.ok) throw new Error(`rejected: ${d.code}`);
  return d.state;
}
const requested = () => apply(null, request);
const active = () => apply(requested(), { type: 'accept', by: B, tether: 'I’ll be right here' }, T0 + MIN);
const returning = () => apply(active(), { type: 'tick' }, T0 + 11 * MIN);

function expectRejected(state: Pause | null, command: PauseCommand, code: string, now = T0) {
  const before = JSON.stringify(state);
  const d = decide(state, command, now);
  expect(d.ok).toBe(false);
  if (!d.ok) {
    expect(d.code).toBe(code);
    expect(d.message.length).toBeGreaterThan(10);
  }
  expect(JSON.stringify(state)).toBe(before);
}

describe('pause state machine: the happy path', () => {
  it('goes requested → active → returning → reconnected, on time', () => {
    const r = requested();
    expect(r.status).toBe('requested');
    const a = active();
    expect(a.status).toBe('active');
    expect(a.startedAt).toBe(T0 + MIN);
    expect(a.endsAt).toBe(T0 + 11 * MIN);
    expect(a.partnerTether).toBe('I’ll be right here');
    const ret = returning();
    expect(ret.status).toBe('returning');
    const one = decide(ret, { type: 'ready', by: A, feeling: 3, nextStep: 'hug' }, T0 + 12 * MIN);
    expect(one.ok && one.state.status).toBe('returning');
    const both = decide(one.ok ? one.state : null, { type: 'ready', by: B, feeling: 4, nextStep: 'talk' }, T0 + 13 * MIN);
    expect(both.ok && both.state.status).toBe('reconnected');
    expect(both.ok && both.state.onTime).toBe(true);
    expect(both.ok && both.events.map((e) => e.type)).toEqual(['pause.checked_in', 'pause.reconnected']);
  });

  it('marks a late return as not on time', () => {
    let p = apply(returning(), { type: 'ready', by: A, feeling: 2, nextStep: 'check_in' }, T0 + 12 * MIN);
    p = apply(p, { type: 'ready', by: B, feeling: 2, nextStep: 'check_in' }, T0 + 11 * MIN + PAUSE_RULES.onTimeGraceMs + 1);
    expect(p.onTime).toBe(false);
  });

  it('lets the partner propose another length once, which the requester accepts', () => {
    const p = apply(requested(), { type: 'propose', by: B, minutes: 20 });
    expect(p.proposedMinutes).toBe(20);
    expectRejected(p, { type: 'propose', by: B, minutes: 30 }, 'proposal_used');
    expectRejected(p, { type: 'accept', by: B }, 'not_requester');
    const started = apply(p, { type: 'accept', by: A }, T0 + MIN);
    expect(started.minutes).toBe(20);
    expect(started.endsAt).toBe(T0 + 21 * MIN);
  });

  it('lets only the requester extend, at most twice, never past a day', () => {
    let p = active();
    expectRejected(p, { type: 'extend', by: B, minutes: 5 }, 'not_requester');
    p = apply(p, { type: 'extend', by: A, minutes: 5 });
    p = apply(p, { type: 'extend', by: A, minutes: 5 });
    expect(p.endsAt).toBe(T0 + 21 * MIN);
    expectRejected(p, { type: 'extend', by: A, minutes: 5 }, 'too_many_extensions');
  });

  it('lets a partner who is not ready ask for more time with a tether, then come back', () => {
    let p = apply(returning(), { type: 'ready', by: A, feeling: 2, nextStep: 'hug' }, T0 + 11 * MIN);
    p = apply(p, { type: 'more_time', by: B, minutes: 5, tether: 'Five more minutes, I’m coming back' }, T0 + 12 * MIN);
    expect(p.status).toBe('active');
    expect(p.partnerTether).toBe('Five more minutes, I’m coming back'); // the new words reach the other screen
    expect(p.endsAt).toBe(T0 + 17 * MIN);
    expect(p.checkIns[A]).toBeDefined();
    p = apply(p, { type: 'tick' }, T0 + 17 * MIN);
    expect(p.status).toBe('returning');
  });

  it('takes a pause without words: a flooded person may have none yet', () => {
    const p = apply(null, { ...request, tether: '   ' });
    expect(p.status).toBe('requested');
    expect(p.tether).toBeNull();
    const ended = apply(apply(p, { type: 'accept', by: B }, T0 + MIN), { type: 'tick' }, T0 + 11 * MIN);
    const more = apply(ended, { type: 'more_time', by: A, minutes: 5 }, T0 + 12 * MIN);
    expect(more.status).toBe('active');
    expect(more.tether).toBeNull();
  });

  it('closes an unanswered request after the reply window, and a forgotten return after a day', () => {
    const r = requested();
    expect(apply(r, { type: 'tick' }, T0 + PAUSE_RULES.replyWindowMs - 1).status).toBe('requested');
    expect(apply(r, { type: 'tick' }, T0 + PAUSE_RULES.replyWindowMs).status).toBe('expired');
    const ret = returning();
    expect(apply(ret, { type: 'tick' }, T0 + MIN + PAUSE_RULES.maxTotalMs).status).toBe('expired');
  });

  it('starts the shared breathing at six a minute and lets either partner change the pace', () => {
    const a = active();
    expect(a.breathsPerMinute).toBe(6);
    expect(a.paceAnchorAt).toBe(a.startedAt);
    const paced = apply(a, { type: 'pace', by: B, breathsPerMinute: 5 }, T0 + 2 * MIN);
    expect(paced.breathsPerMinute).toBe(5);
    expect(paced.paceAnchorAt).toBe(T0 + 2 * MIN);
  });

  it('schedules the next look of the clock', () => {
    expect(nextDeadline(requested())).toBe(T0 + PAUSE_RULES.replyWindowMs);
    expect(nextDeadline(active())).toBe(T0 + 11 * MIN);
    expect(nextDeadline(null)).toBeNull();
  });
});

describe('pause state machine: every illegal command is refused and changes nothing', () => {
  const outsider = 'someone-else';
  it.each([
    ['request while one is live', () => requested(), request, 'pause_in_progress'],
    ['request with oneself', () => null, { ...request, partnerId: A }, 'self_partner'],
    ['request 0 minutes', () => null, { ...request, minutes: 0 }, 'invalid_minutes'],
    ['request 121 minutes', () => null, { ...request, minutes: 121 }, 'invalid_minutes'],
    ['request 2.5 minutes', () => null, { ...request, minutes: 2.5 }, 'invalid_minutes'],
    ['request with an essay tether', () => null, { ...request, tether: 'x'.repeat(281) }, 'invalid_tether'],
    ['accept with no pause', () => null, { type: 'accept', by: B }, 'no_pause'],
    ['accept by the requester', () => requested(), { type: 'accept', by: A }, 'not_partner'],
    ['accept by an outsider', () => requested(), { type: 'accept', by: outsider }, 'not_participant'],
    ['accept when already active', () => active(), { type: 'accept', by: B }, 'wrong_state'],
    ['propose by the requester', () => requested(), { type: 'propose', by: A, minutes: 5 }, 'not_partner'],
    ['propose while active', () => active(), { type: 'propose', by: B, minutes: 5 }, 'wrong_state'],
    ['propose 500 minutes', () => requested(), { type: 'propose', by: B, minutes: 500 }, 'invalid_minutes'],
    ['cancel by the partner', () => requested(), { type: 'cancel', by: B }, 'not_requester'],
    ['cancel while active', () => active(), { type: 'cancel', by: A }, 'wrong_state'],
    ['not now by the requester', () => requested(), { type: 'not_now', by: A }, 'not_partner'],
    ['not now by an outsider', () => requested(), { type: 'not_now', by: outsider }, 'not_participant'],
    ['not now while active', () => active(), { type: 'not_now', by: B }, 'wrong_state'],
    ['extend while requested', () => requested(), { type: 'extend', by: A, minutes: 5 }, 'wrong_state'],
    ['extend while returning', () => returning(), { type: 'extend', by: A, minutes: 5 }, 'wrong_state'],
    ['extend by 0', () => active(), { type: 'extend', by: A, minutes: 0 }, 'invalid_minutes'],
    ['ready while requested', () => requested(), { type: 'ready', by: A, feeling: 3, nextStep: 'talk' }, 'wrong_state'],
    ['ready with feeling 11', () => returning(), { type: 'ready', by: A, feeling: 11, nextStep: 'talk' }, 'invalid_feeling'],
    ['ready with feeling -1', () => returning(), { type: 'ready', by: A, feeling: -1, nextStep: 'talk' }, 'invalid_feeling'],
    ['more time while active', () => active(), { type: 'more_time', by: B, minutes: 5, tether: 'soon' }, 'wrong_state'],
    ['more time with an essay tether', () => returning(), { type: 'more_time', by: B, minutes: 5, tether: 'x'.repeat(281) }, 'invalid_tether'],
    ['pace while requested', () => requested(), { type: 'pace', by: A, breathsPerMinute: 6 }, 'wrong_state'],
    ['pace of 30 breaths', () => active(), { type: 'pace', by: B, breathsPerMinute: 30 }, 'invalid_pace'],
    ['extend with no pause', () => null, { type: 'extend', by: A, minutes: 5 }, 'no_pause'],
  ] as Array<[string, () => Pause | null, PauseCommand, string]>)('%s', (_name, state, command, code) => {
    expectRejected(state(), command, code);
  });

  it('lets the partner say "not now": the request closes, with no one named and nothing for the feed', () => {
    const d = decide(requested(), { type: 'not_now', by: B }, T0 + MIN);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.state).toMatchObject({ status: 'not_now', endedAt: T0 + MIN, startedAt: null });
    expect(d.events).toEqual([{ type: 'pause.not_now', actorId: null, payload: {} }]);
    expect(isLive(d.state)).toBe(false);
    expect(nextDeadline(d.state)).toBeNull();
    // Even after the partner suggested another length, "not now" is still theirs to say.
    const proposed = apply(requested(), { type: 'propose', by: B, minutes: 5 });
    expect(apply(proposed, { type: 'not_now', by: B }).status).toBe('not_now');
    // Asking again later is as easy as before.
    expect(apply(d.state, request).status).toBe('requested');
  });

  it('treats a finished pause as no pause', () => {
    const done = apply(requested(), { type: 'cancel', by: A });
    expectRejected(done, { type: 'accept', by: B }, 'no_pause');
    expect(apply(done, request).status).toBe('requested');
  });

  it('refuses more time that would pass a day from the start', () => {
    let p = active();
    p = apply(p, { type: 'tick' }, T0 + PAUSE_RULES.maxTotalMs - 30 * MIN);
    expectRejected(p, { type: 'more_time', by: B, minutes: 60, tether: 'soon' }, 'over_24_hours', T0 + PAUSE_RULES.maxTotalMs - 30 * MIN);
  });
});

describe('pause state machine: model test', () => {
  const person = fc.constantFrom(A, B, 'outsider');
  const minutes = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(1, 5, 10, 20, 30, 120));
  const command: fc.Arbitrary<PauseCommand> = fc.oneof(
    fc.record({ type: fc.constant('request' as const), by: person, partnerId: person, minutes, where: fc.constantFrom(...WHERE), tether: fc.constantFrom('', 'I love you', 'back soon'), returnPlan: fc.constantFrom(...RETURN_PLANS) }),
    fc.record({ type: fc.constant('propose' as const), by: person, minutes }),
    fc.record({ type: fc.constant('accept' as const), by: person, tether: fc.constantFrom(null, 'here') }),
    fc.record({ type: fc.constant('cancel' as const), by: person }),
    fc.record({ type: fc.constant('not_now' as const), by: person }),
    fc.record({ type: fc.constant('extend' as const), by: person, minutes }),
    fc.record({ type: fc.constant('ready' as const), by: person, feeling: fc.integer({ min: -2, max: 12 }), nextStep: fc.constantFrom(...RETURN_PLANS) }),
    fc.record({ type: fc.constant('more_time' as const), by: person, minutes, tether: fc.constantFrom('', 'soon') }),
    fc.record({ type: fc.constant('pace' as const), by: person, breathsPerMinute: fc.integer({ min: 0, max: 15 }) }),
    fc.constant({ type: 'tick' as const }),
  );
  const step = fc.tuple(command, fc.integer({ min: 0, max: 3 * 60 * MIN }));

  it('keeps its invariants under any sequence of commands and clock moves', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state: Pause | null = null;
        let now = T0;
        for (const [cmd, advance] of steps) {
          now += advance;
          const before = JSON.stringify(state);
          const d = decide(state, cmd, now);
          if (!d.ok) {
            expect(JSON.stringify(state)).toBe(before);
            continue;
          }
          const prev = state;
          state = d.state;
          if (!state) continue;
          // Terminal states never change except by a brand-new request.
          if (prev && !isLive(prev) && cmd.type !== 'request') expect(state).toBe(prev);
          expect(state.extensions).toBeLessThanOrEqual(PAUSE_RULES.maxExtensions);
          expect(state.requesterId).not.toBe(state.partnerId);
          if (state.endsAt !== null && state.startedAt !== null) {
            expect(state.endsAt - state.startedAt).toBeLessThanOrEqual(PAUSE_RULES.maxTotalMs);
          }
          if (state.status === 'reconnected') {
            expect(state.checkIns[state.requesterId]).toBeDefined();
            expect(state.checkIns[state.partnerId]).toBeDefined();
          }
          if (prev && isLive(prev) && cmd.type !== 'tick' && cmd.type !== 'request') {
            expect([prev.requesterId, prev.partnerId]).toContain(cmd.by);
            if (cmd.type === 'extend') expect(cmd.by).toBe(prev.requesterId);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
