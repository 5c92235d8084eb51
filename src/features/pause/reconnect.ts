/**
 * Coming back together, as pure rules: how the return compares with the
 * agreed time, and one plan when the two wish for different next steps.
 */
import { PAUSE_RULES, type ReturnPlan } from './machine';

export type ReturnTiming = 'early' | 'on_time' | 'late';

/** Back more than this before the agreed end is early: the two felt ready sooner. */
export const EARLY_MS = 2 * 60 * 1000;

export function returnTiming(endsAt: number, backAt: number): ReturnTiming {
  if (backAt < endsAt - EARLY_MS) return 'early';
  if (backAt > endsAt + PAUSE_RULES.onTimeGraceMs) return 'late';
  return 'on_time';
}

/** Gentlest first: closeness before words, so the talk starts from a calmer place. */
const GENTLENESS: Record<ReturnPlan, number> = { hug: 0, check_in: 1, talk: 2 };

export interface CombinedPlan {
  /** One or two steps, gentlest first. */
  steps: ReturnPlan[];
  /** Who opens the talk: the one who wished for it (null when there is no talk, or both wished for it). */
  starts: 'me' | 'partner' | null;
}

export function combinedPlan(mine: ReturnPlan, theirs: ReturnPlan): CombinedPlan {
  const steps = mine === theirs ? [mine] : [mine, theirs].sort((a, b) => GENTLENESS[a] - GENTLENESS[b]);
  const starts = mine === theirs ? null : mine === 'talk' ? 'me' : theirs === 'talk' ? 'partner' : null;
  return { steps, starts };
}
