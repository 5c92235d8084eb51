import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';

// ── events ──
/** The couple space itself: made, named, an invite made or withdrawn, the partner joined. */
export const coupleEvents = defineEvents({
  'couple.created': { payload: z.object({}), feed: true },
  'couple.renamed': { payload: z.object({ name: z.string().nullable() }), feed: true },
  'invite.created': { payload: z.object({}), feed: true },
  'invite.revoked': { payload: z.object({}), feed: true },
  'member.joined': { payload: z.object({}), feed: true },
});
export type CoupleSpaceEvent = EventOf<typeof coupleEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    couple: CoupleSpaceEvent;
  }
}
