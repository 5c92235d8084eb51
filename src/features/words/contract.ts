import { z } from 'zod';
import { WORD_MARKERS } from './markers';

// "Check my words" (issue #18 part 2) runs on the person's device and has no route, no event and no
// table: nothing here ever crosses the network. The schema types the engine's answer and checks the
// answers `npm run check-words` prints.

export { WORD_MARKERS, type WordMarker } from './markers';

/** One marked stretch: `start` and `end` are UTF-16 offsets into the text as written (`text.slice(start, end)`). */
export const wordMark = z.object({
  marker: z.enum(WORD_MARKERS),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type WordMark = z.infer<typeof wordMark>;

/** Marks in reading order, never overlapping, and at most one softer way to say it. */
export const wordCheckResult = z.object({
  markers: z.array(wordMark),
  suggestion: z.string().nullable(),
});
export type WordCheckResult = z.infer<typeof wordCheckResult>;
