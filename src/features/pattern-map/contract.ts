import { z } from 'zod';

// ── views ──
// What the pattern map's routes answer: the server validates with these, and the client takes
// its types from them (`import type`, no bundle cost). A view that can change under a live screen
// carries the couple event `seq` it reflects (core/web/view-clock.ts).
const seq = z.number().int().min(0);

/** One "when I say ___, I mean ___" pair, mine or shared with me by my partner. */
export const saidAndMeantPair = z.object({ id: z.uuid(), said: z.string(), meant: z.string(), shared: z.boolean(), isMine: z.boolean() });
/** My pairs and my partner's shared ones, as of `seq`. */
export const saidAndMeantList = z.object({ pairs: z.array(saidAndMeantPair), seq });
/** A pair just added or changed, as of the `seq` its change committed at. */
export const saidAndMeantChanged = saidAndMeantPair.extend({ seq });

export type SaidAndMeantPair = z.infer<typeof saidAndMeantPair>;
export type SaidAndMeantList = z.infer<typeof saidAndMeantList>;
export type SaidAndMeantChanged = z.infer<typeof saidAndMeantChanged>;
