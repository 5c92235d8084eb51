import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';

// ── events ──
/** A person's own account: a new display name reaches the partner's screens, not the feed. */
export const accountEvents = defineEvents({
  'member.renamed': { payload: z.object({}), feed: false },
});
export type AccountEvent = EventOf<typeof accountEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    accounts: AccountEvent;
  }
}
