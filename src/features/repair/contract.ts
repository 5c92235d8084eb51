import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';

// ── events ──
const rupture = z.object({ ruptureId: z.string() });
const repair = z.object({ repairId: z.string() });

/** Ruptures, the reveal-together repair conversation and its actions: ids, never what anyone wrote. */
export const repairEvents = defineEvents({
  'rupture.logged': { payload: rupture, feed: true },
  /** One partner saved their own view of the moment: the other's list refreshes. */
  'rupture.view_saved': { payload: rupture, feed: false },
  'rupture.repaired_by_one': { payload: rupture, feed: true },
  'rupture.repaired': { payload: rupture, feed: true },
  'repair.started': { payload: repair.extend({ ruptureId: z.string() }), feed: true },
  'repair.calm_checked': { payload: repair, feed: false },
  'repair.submitted': { payload: repair, feed: true },
  'repair.revealed': { payload: repair, feed: true },
  'repair.acknowledged': { payload: repair.extend({ step: z.string() }), feed: true },
  'action.done': { payload: z.object({ actionId: z.string() }), feed: true },
  'action.acknowledged': { payload: z.object({ actionId: z.string() }), feed: true },
});
export type RepairEvent = EventOf<typeof repairEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    repair: RepairEvent;
  }
}
