import type { EventSpecs, FeedEventType } from '../contracts';
/**
 * Sentences for the couple's activity feed, contributed by the features
 * whose events appear there. The couple feature shows the feed but must not
 * import other features, so each feature registers its own words here (in
 * its ui/activity-words.ts, which the shell loads with the feed) and the feed
 * looks them up by type. `actor` says whether it was you or someone else,
 * with their name (or a neutral stand-in), so a message can choose whole
 * sentences by it (`{who, select, you {You …} other {{name} …}}`): in many
 * languages the verb changes with the person, so "You" is never inserted as a
 * word.
 */
export interface Actor {
  who: 'you' | 'other';
  name: string;
}
export type ActivityWords = (actor: Actor, payload: Record<string, unknown>) => string;

const registry = new Map<string, ActivityWords>();

/**
 * Registers a feature's feed words, typed by its contract: `registerActivityWords<typeof
 * signalEvents>({...})` (an `import type` of the contract, so no zod in the bundle) must give
 * words for exactly the feed events the contract declares — one missing, or words for an event
 * that never shows, fails to compile. Without the contract type nothing can be registered.
 */
export function registerActivityWords<Specs extends EventSpecs = never>(entries: Record<FeedEventType<Specs>, ActivityWords>): void {
  for (const [type, words] of Object.entries<ActivityWords>(entries)) registry.set(type, words);
}

/** The words for an event type, or undefined when no feature described it. */
export function activityWords(type: string): ActivityWords | undefined {
  return registry.get(type);
}
