import type { WordCheckResult, WordMark } from './contract';
import { WORD_MARKERS } from './markers';
import { wordsCopy } from './copy';
import { ABOUT_LISTENING, WORD_RULES } from './lexicon';

/**
 * "Check my words" (issue #18 part 2): which stretches of a message may read as the loop —
 * pursuit or withdrawal in disguise, blame and absolutes, contempt, defensiveness, stonewalling —
 * and one softer way to say it. Pure and synchronous, no I/O: it runs on the person's device
 * when they ask, and neither the text nor the answer goes anywhere (docs/decisions/0024).
 * English only, phrase-based.
 *
 * Offsets are into the text exactly as written: the families match the original string
 * (case-insensitively, with any white space and apostrophe), so nothing is normalised away.
 */
export function checkWords(text: string): WordCheckResult {
  const markers = marksIn(text);
  return { markers, suggestion: suggestionFor(text, markers) };
}

const APOSTROPHE = "['’‘ʼ`]";
const HOLE = '\u0000'; // stands for an apostrophe while contractions are spelt out

/** A family's plain-English source as a regular expression (see lexicon.ts for the spelling rules). */
export function compile(source: string): RegExp {
  const spelt = source
    .replace(/ /g, String.raw`\s+`)
    .replace(/can't/g, String.raw`can(?:${HOLE}?t|not|\s+not)`)
    .replace(/won't/g, String.raw`(?:won${HOLE}?t|will\s+not)`)
    .replace(/n't/g, String.raw`(?:n${HOLE}?t|\s+not)`)
    .replace(/let's/g, String.raw`let(?:${HOLE}?s|\s+us)`)
    .replace(/'re\b/g, String.raw`(?:${HOLE}?re|\s+are)`)
    .replace(/'m\b/g, String.raw`(?:${HOLE}?m|\s+am)`)
    .replace(/'ve\b/g, String.raw`(?:${HOLE}?ve|\s+have)`)
    .replace(/'ll\b/g, String.raw`(?:${HOLE}?ll|\s+will)`)
    .replace(/'d\b/g, String.raw`(?:${HOLE}?d|\s+would)`)
    .replace(/'s\b/g, String.raw`(?:${HOLE}?s|\s+is)`)
    .replace(/'/g, `${HOLE}?`)
    .replaceAll(HOLE, APOSTROPHE);
  return new RegExp(spelt, 'giu');
}

const FAMILIES = WORD_RULES.map((rule) => ({ marker: rule.marker, pattern: compile(rule.source) }));

/**
 * Every family's matches, in reading order; where two overlap the earlier wins (the longer when
 * they start together), so marks never overlap and each stretch has one marker.
 */
function marksIn(text: string): WordMark[] {
  const found: WordMark[] = [];
  for (const { marker, pattern } of FAMILIES) {
    for (const match of text.matchAll(pattern)) {
      // Empty matches are impossible in the lexicon, but a mark must have length.
      if (match[0].length > 0) found.push({ marker, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: WordMark[] = [];
  for (const mark of found) {
    const last = marks.at(-1);
    if (!last || mark.start >= last.end) marks.push(mark);
  }
  return marks;
}

/** The softer wording for the strongest kind of mark (contempt first, as in WORD_MARKERS); none when nothing is marked. */
function suggestionFor(text: string, marks: readonly WordMark[]): string | null {
  const marker = WORD_MARKERS.find((m) => marks.some((mark) => mark.marker === m));
  if (!marker) return null;
  // "You never listen" is about being heard: the softer words can say so.
  const aboutListening = marks.some((mark) => mark.marker === 'blame' && ABOUT_LISTENING.test(sentenceFrom(text, mark.start)));
  return marker === 'blame' && aboutListening ? wordsCopy.notHeard : wordsCopy.suggestions[marker];
}

/** From `start` to the end of its sentence. */
function sentenceFrom(text: string, start: number): string {
  return text.slice(start).split(/[.!?\n]/, 1)[0] ?? '';
}
