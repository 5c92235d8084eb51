import { defineMessages } from './i18n/messages';

/**
 * What a loop or a rough moment is about, on the surface. One list and one
 * set of names for the whole app: the pattern map (roles per topic, variant
 * maps) and repair (the rupture log) speak of the same topics in the same
 * words. Stored as these keys (`ruptures.topic`, `pattern_maps.topic`).
 */
export const TOPICS = ['sex', 'money', 'parenting', 'in_laws', 'chores', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

/** How each topic is named on screen (and in a leaver's kept journal entries). */
export const topicLabels: Readonly<Record<Topic, string>> = defineMessages('core/topics', {
  sex: 'Intimacy and sex',
  money: 'Money',
  parenting: 'Parenting',
  in_laws: 'Family and in-laws',
  chores: 'Chores and home',
  other: 'Something else',
} satisfies Record<Topic, string>, { de: () => import('./topics.de.json') });

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}
