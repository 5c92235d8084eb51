/**
 * Offbeat's own questions about the loop this week — not a validated measure, and labelled so
 * wherever they are shown. Each is a small fixed scale, 0 to 4; `higherIs` says which way is
 * easier on the couple, so insights never need to guess (more "caught" is harder, more "safe"
 * is easier). Their words are in copy.ts. Zod-free: the client imports it.
 */
export const LOOP_KEYS = ['caught', 'wayBack', 'safeToReach', 'safeToStepBack'] as const;
export type LoopKey = (typeof LOOP_KEYS)[number];
/** Each answer may be skipped (null): a week without being caught has no "way back". */
export type LoopAnswers = Record<LoopKey, number | null>;

export const LOOP_MAX = 4;
export const LOOP_DIRECTION: Record<LoopKey, 'harder' | 'easier'> = { caught: 'harder', wayBack: 'easier', safeToReach: 'easier', safeToStepBack: 'easier' };

/**
 * Who may see my answers for one week.
 * - `private`: only me (the default).
 * - `reveal_together`: my partner sees mine, and I theirs, once we have both answered and both share.
 * - `share`: my partner sees mine as soon as I answer.
 */
export const SHARINGS = ['private', 'reveal_together', 'share'] as const;
export type Sharing = (typeof SHARINGS)[number];

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
