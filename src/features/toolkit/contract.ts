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

// ── views ──
// What the toolkit's routes answer: the server validates with these, and the client takes its
// types from them (`import type`). The partner changes the toolkit under an open screen (their
// shared "what helps me" list, the couple's playlist), so the toolkit and the answers of changes
// to it carry the couple event `seq` they reflect (core/web/view-clock.ts); 0 without a space.
const seq = z.number().int().min(0);

/** Words of my own for a hard moment (mine alone). */
export const script = z.object({ id: z.uuid(), situation: z.string().nullable(), text: z.string() });
/** One thing on a "what helps me" list. */
export const help = z.object({ id: z.uuid(), text: z.string() });
/** My scripts and list, my partner's list if they share it, and our playlist, as of `seq` (one snapshot). */
export const toolkitView = z.object({
  scripts: z.array(script),
  helps: z.array(help),
  helpsShared: z.boolean(),
  /** Only when the partner chose to share their list. */
  partnerHelps: z.array(help).nullable(),
  playlistUrl: z.string().nullable(),
  seq,
});
/** A script or a help just added or changed, as of the seq its change committed at. */
export const scriptChanged = script.extend({ seq });
export const helpChanged = help.extend({ seq });

export type Script = z.infer<typeof script>;
export type Help = z.infer<typeof help>;
export type ToolkitView = z.infer<typeof toolkitView>;
export type ScriptChanged = z.infer<typeof scriptChanged>;
export type HelpChanged = z.infer<typeof helpChanged>;
