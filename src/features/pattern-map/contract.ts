import { z } from 'zod';
import { defineEvents, type EventOf, type FeedEventType } from '../../core/contracts';

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
});
export type PatternMapEvent = EventOf<typeof patternMapEvents>;
export type PatternMapFeedEventType = FeedEventType<typeof patternMapEvents>;
