import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';

// ── events ──
const map = z.object({ mapId: z.string() });
const sideChange = map.extend({ ownerId: z.string(), version: z.number().int() });
const agreement = z.object({ contractId: z.string() });

/** The pattern map, its unspoken agreements and said-and-meant: ids and the loop's name, never the words on it. */
export const patternMapEvents = defineEvents({
  'map.created': { payload: map, feed: true },
  'map.renamed': { payload: map.extend({ name: z.string().nullable() }), feed: true },
  'map.main_changed': { payload: map, feed: true },
  'map.side_shared': { payload: map.extend({ ownerId: z.string() }), feed: true },
  /** A batch of keystrokes on a side: for catching screens up, not a moment for the feed. */
  'map.sync': { payload: sideChange, feed: false },
  'map.restored': { payload: sideChange, feed: true },
  'map.commented': {
    payload: map.extend({ commentId: z.string(), sideOwnerId: z.string(), field: z.string(), reaction: z.string().nullable(), written: z.boolean() }),
    feed: true,
  },
  'map.comment_removed': { payload: map.extend({ commentId: z.string() }), feed: true },
  'contract.proposed': { payload: agreement, feed: true },
  'contract.marked': { payload: agreement.extend({ decision: z.enum(['keep', 'renegotiate', 'retire']) }), feed: true },
  'said_and_meant.shared': { payload: z.object({ pairId: z.string() }), feed: true },
  /** A shared pair taken back: the partner's screen lets it go; not a moment for the feed. */
  'said_and_meant.withdrawn': { payload: z.object({ pairId: z.string() }), feed: false },
});
export type PatternMapEvent = EventOf<typeof patternMapEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    patternMap: PatternMapEvent;
  }
}

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
