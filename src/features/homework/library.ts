/**
 * The practices a therapist can assign between sessions, in our own words: each says why it helps
 * and where in the app it is done. Pure and zod-free, so the desk, the couple's home and the
 * server share one list.
 */
export interface Practice {
  key: string;
  title: string;
  /** One kind sentence on why it helps, naming the loop, never a partner. */
  why: string;
  /** Where in the app it is done. */
  path: string;
}

export const PRACTICES = [
  {
    key: 'guided-map-start',
    title: 'Start your map with the guided start',
    why: 'Seeing the loop from both sides makes it something you face together, not something you do to each other.',
    path: '/map/start',
  },
  {
    key: 'same-room-pause',
    title: 'Try a 10-minute same-room pause this week',
    why: 'A short pause while staying close lets both of you cool down without anyone feeling left.',
    path: '/pause',
  },
  {
    key: 'evening-ritual',
    title: 'One small ritual every evening',
    why: 'Small moments of connection, again and again, make the hard moments feel less alone.',
    path: '/practice/rituals',
  },
  {
    key: 'role-stretch',
    title: 'A stretch out of your usual role',
    why: 'Trying the other move once, gently, loosens the loop’s hold on both of you.',
    path: '/practice/stretches',
  },
  {
    key: 'weekly-checkin',
    title: 'Take the weekly check-in',
    why: 'A minute to notice how the week felt gives you both something to bring to the next session.',
    path: '/check-in',
  },
  {
    key: 'repair-conversation',
    title: 'A repair conversation for something from this week',
    why: 'Coming back to a rough moment once it has cooled turns it into something you understand together.',
    path: '/repair',
  },
] as const satisfies readonly Practice[];

export type PracticeKey = (typeof PRACTICES)[number]['key'];
export const PRACTICE_KEYS = PRACTICES.map((p) => p.key) as [PracticeKey, ...PracticeKey[]];

/** The practice for a key, or undefined for one no longer in the library. */
export function practiceOf(key: string): Practice | undefined {
  return PRACTICES.find((p) => p.key === key);
}
