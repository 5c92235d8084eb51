import type { z } from 'zod';

/**
 * The building blocks of a feature's `contract.ts`, its typed front door.
 *
 * A feature declares its couple events once: each type with the schema of its
 * payload (ids and small shared facts, never anyone's words) and whether it is
 * a moment for the couple's activity feed. The event log accepts only declared
 * events, with their payload type, and takes the feed flag from here, so no
 * call site spells an event's name or decides its place in the feed.
 *
 * Types only at run time beyond the object itself: the client imports the
 * resulting types with `import type`, at no bundle cost.
 */
export interface EventSpec<Payload extends z.ZodType = z.ZodType> {
  payload: Payload;
  /** True when the event is a moment in the couple's activity feed; false for live-sync traffic. */
  feed: boolean;
}

export type EventSpecs = Record<string, EventSpec>;

/** Declares a feature's events; `const` keeps each type and feed flag literal. */
export function defineEvents<const Specs extends EventSpecs>(specs: Specs): Specs {
  return specs;
}

type TypeOf<Specs extends EventSpecs> = keyof Specs & string;

/** A feature's events as a union discriminated on `type`, with their payloads (as stored and sent). */
export type EventOf<Specs extends EventSpecs> = {
  [K in TypeOf<Specs>]: { type: K; payload: z.output<Specs[K]['payload']> };
}[TypeOf<Specs>];

/** The payload of one event type. */
export type PayloadOf<Specs extends EventSpecs, K extends TypeOf<Specs>> = z.output<Specs[K]['payload']>;

/** The types of a feature's events that appear in the activity feed: each needs words. */
export type FeedEventType<Specs extends EventSpecs> = {
  [K in TypeOf<Specs>]: Specs[K]['feed'] extends true ? K : never;
}[TypeOf<Specs>];

/**
 * An event as a feature hands it to the log: a declared type and that type's payload (which
 * may be left out when it has no fields). `Type` may be a union, as when a state machine
 * decides the step; its payload is then one of those types' payloads, checked exactly by the
 * schema at append (outside production).
 */
export type EventToAppend<Specs extends EventSpecs, Type extends TypeOf<Specs> = TypeOf<Specs>> = {
  type: Type;
  actorId: string | null;
  /** When set, only this partner ever receives the event (their private draft, say). */
  audience?: string | null;
} & ({} extends z.input<Specs[Type]['payload']> ? { payload?: z.input<Specs[Type]['payload']> } : { payload: z.input<Specs[Type]['payload']> });

/**
 * The GETs a feature owns that other features' screens read too, by path, each with the view it
 * answers. Each contract adds its own by declaration merging (types only, as with the events):
 * `declare module '../../core/contracts' { interface SharedReads { '/api/maps': MapList } }`.
 * The client reads them through core/web (`sharedView`, `sharedQuery`), cached under the path
 * itself, so a resource has one entry in the cache whoever reads it.
 */
export interface SharedReads {}
