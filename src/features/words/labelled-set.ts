import type { WordMarker } from './contract';
import set from './phrases.json';

/**
 * Our labelled phrases (phrases.json, written for this check, none from anyone's entries), split
 * in two by a hash of the words: the tuning half is what the lexicon was written against, the
 * held-out half only measures it. The split depends on nothing but the text, so adding a phrase
 * never moves another from one half to the other.
 */
export interface LabelledPhrase {
  text: string;
  markers: WordMarker[];
  /** A marker's own wording, a soft start-up, or an ordinary sentence (both must stay unmarked). */
  kind: WordMarker | 'soft' | 'neutral';
}

export const PHRASES = set.phrases as LabelledPhrase[];

/** FNV-1a over the UTF-16 code units: small, stable, and not a choice anyone made. */
export function isHeldOut(text: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return (hash & 1) === 1;
}

export const TUNING = PHRASES.filter((p) => !isHeldOut(p.text));
export const HELD_OUT = PHRASES.filter((p) => isHeldOut(p.text));
