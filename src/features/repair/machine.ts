/**
 * The reveal-together repair conversation, as a pure state machine.
 *
 * Each partner writes privately, step by step, and may change their answers
 * until the reveal. The reveal happens at the moment the second partner
 * submits — both answers appear at once, side by side. After that, answers
 * are fixed; each may acknowledge the other's ("I hear this").
 *
 * Invariant: the state is `revealed` only if both partners have submitted.
 */
export const STEPS = ['feelings', 'myReality', 'theirReality', 'touched', 'myPart', 'impact', 'unmetNeed', 'iWill', 'iAsk'] as const;
export type Step = (typeof STEPS)[number];
export type Answers = Partial<Record<Step, string>> & { iWillBy?: string | null };

export interface Repair {
  status: 'writing' | 'revealed';
  partners: [string, string];
  drafts: Record<string, Answers>;
  submittedAt: Record<string, number>;
  revealedAt: number | null;
  /** Who acknowledged which of the other's steps. */
  acknowledged: Record<string, Step[]>;
}

export type RepairCommand =
  | { type: 'save'; by: string; answers: Answers }
  | { type: 'submit'; by: string; answers: Answers }
  | { type: 'acknowledge'; by: string; step: Step };

export type RepairRejection = 'not_participant' | 'already_revealed' | 'not_revealed' | 'incomplete' | 'already_submitted';

export type RepairDecision =
  | { ok: true; state: Repair; events: Array<{ type: 'repair.submitted' | 'repair.revealed' | 'repair.acknowledged'; actorId: string | null; payload: Record<string, unknown> }> }
  | { ok: false; code: RepairRejection };

/** The steps a submission must answer; the rest are optional. */
export const REQUIRED_STEPS: Step[] = ['feelings', 'myPart', 'unmetNeed', 'iWill'];

export function newRepair(partners: [string, string]): Repair {
  return { status: 'writing', partners, drafts: {}, submittedAt: {}, revealedAt: null, acknowledged: {} };
}

export function decideRepair(state: Repair, command: RepairCommand, now: number): RepairDecision {
  if (!state.partners.includes(command.by)) return { ok: false, code: 'not_participant' };
  switch (command.type) {
    case 'save': {
      if (state.status === 'revealed') return { ok: false, code: 'already_revealed' };
      // Shared answers stay complete: they change only by sharing them again, never by a draft save.
      if (state.submittedAt[command.by] !== undefined) return { ok: false, code: 'already_submitted' };
      return { ok: true, state: { ...state, drafts: { ...state.drafts, [command.by]: command.answers } }, events: [] };
    }
    case 'submit': {
      if (state.status === 'revealed') return { ok: false, code: 'already_revealed' };
      if (REQUIRED_STEPS.some((step) => !command.answers[step]?.trim())) return { ok: false, code: 'incomplete' };
      const submittedAt = { ...state.submittedAt, [command.by]: state.submittedAt[command.by] ?? now };
      const drafts = { ...state.drafts, [command.by]: command.answers };
      const both = state.partners.every((p) => submittedAt[p] !== undefined);
      const next: Repair = { ...state, drafts, submittedAt, status: both ? 'revealed' : 'writing', revealedAt: both ? now : null };
      // The submitted event says only who is done, never what they wrote.
      const events: Extract<RepairDecision, { ok: true }>['events'] = [{ type: 'repair.submitted', actorId: command.by, payload: {} }];
      if (both) events.push({ type: 'repair.revealed', actorId: null, payload: {} });
      return { ok: true, state: next, events };
    }
    case 'acknowledge': {
      if (state.status !== 'revealed') return { ok: false, code: 'not_revealed' };
      const mine = state.acknowledged[command.by] ?? [];
      if (mine.includes(command.step)) return { ok: true, state, events: [] };
      return {
        ok: true,
        state: { ...state, acknowledged: { ...state.acknowledged, [command.by]: [...mine, command.step] } },
        events: [{ type: 'repair.acknowledged', actorId: command.by, payload: { step: command.step } }],
      };
    }
  }
}

/**
 * What one partner may see: always their own answers; the other's only after
 * the reveal. This is the single place the rule is applied for every route.
 */
export function viewFor(state: Repair, viewer: string) {
  const partner = state.partners.find((p) => p !== viewer)!;
  const revealed = state.status === 'revealed';
  return {
    status: state.status,
    mine: state.drafts[viewer] ?? {},
    mySubmitted: state.submittedAt[viewer] !== undefined,
    partnerSubmitted: state.submittedAt[partner] !== undefined,
    partners: revealed ? (state.drafts[partner] ?? {}) : null,
    revealedAt: state.revealedAt,
    iAcknowledged: state.acknowledged[viewer] ?? [],
    partnerAcknowledged: revealed ? (state.acknowledged[partner] ?? []) : [],
  };
}
