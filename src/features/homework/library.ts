import { homeworkCopy } from './copy';

/**
 * The practices a therapist can assign between sessions, in our own words: each says why it helps
 * and where in the app it is done. Pure and zod-free, so the desk, the couple's home and the
 * server share one list.
 */
export interface Practice {
  key: PracticeKey;
  /** Read in the reader's language each time (../copy.ts, `library`). */
  readonly title: string;
  /** One kind sentence on why it helps, naming the loop, never a partner. */
  readonly why: string;
  /** Where in the app it is done. */
  path: string;
}

/** Each practice and where in the app it is done; its words are in ../copy.ts under the same key. */
const PATHS = {
  'guided-map-start': '/map/start',
  'same-room-pause': '/pause',
  'evening-ritual': '/practice/rituals',
  'role-stretch': '/practice/stretches',
  'weekly-checkin': '/check-in',
  'repair-conversation': '/repair',
} as const;

export type PracticeKey = keyof typeof PATHS;
export const PRACTICE_KEYS = Object.keys(PATHS) as [PracticeKey, ...PracticeKey[]];

export const PRACTICES: readonly Practice[] = PRACTICE_KEYS.map((key) => ({
  key,
  path: PATHS[key],
  get title() {
    return homeworkCopy.library[key].title;
  },
  get why() {
    return homeworkCopy.library[key].why;
  },
}));

/** The practice for a key, or undefined for one no longer in the library. */
export function practiceOf(key: string): Practice | undefined {
  return PRACTICES.find((p) => p.key === key);
}
