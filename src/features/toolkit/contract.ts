import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';

// ── events ──
/** The calming toolkit: the shared playlist, and a partner's "what helps me" list. */
export const toolkitEvents = defineEvents({
  'toolkit.playlist_changed': { payload: z.object({}), feed: true },
  'toolkit.helps_changed': { payload: z.object({}), feed: false },
});
export type ToolkitEvent = EventOf<typeof toolkitEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    toolkit: ToolkitEvent;
  }
}
