import { applySplice, diffText, type Splice } from '../text-diff';

/**
 * Caret arithmetic for a textarea bound to a shared text. Pure, so it is
 * unit-tested without a browser.
 */

/** A Yjs text delta: what a change did to the text, from its start. */
export type TextDelta = ReadonlyArray<{ insert?: unknown; retain?: number; delete?: number }>;

/**
 * Where a caret at `index` lands after someone else's change. Text inserted
 * exactly at the caret goes after it (the caret stays with what this person
 * was typing), unless it replaces text that ended at the caret; a caret
 * inside deleted text moves to where the deletion was.
 */
export function mapIndexThroughDelta(index: number, delta: TextDelta): number {
  let oldPos = 0;
  let mapped = index;
  let replacing = false;
  for (const op of delta) {
    if (op.retain !== undefined) {
      oldPos += op.retain;
      replacing = false;
      if (oldPos >= index) break;
    } else if (op.delete !== undefined) {
      const end = oldPos + op.delete;
      mapped -= Math.min(end, index) - Math.min(oldPos, index);
      oldPos = end;
      replacing = op.delete > 0 && end === index;
      if (oldPos > index) break;
    } else if (op.insert !== undefined) {
      if (oldPos < index || replacing) mapped += typeof op.insert === 'string' ? op.insert.length : 1;
    }
  }
  return mapped;
}

export interface Selection {
  start: number;
  end: number;
}

export function mapSelectionThroughDelta(selection: Selection, delta: TextDelta): Selection {
  return { start: mapIndexThroughDelta(selection.start, delta), end: mapIndexThroughDelta(selection.end, delta) };
}

/**
 * The splice a textarea edit made, placed where the caret says it happened.
 * `diffText` alone cannot tell where a letter went in a run of equal letters
 * ("aa" → "aaa" could be at 0, 1 or 2); in a shared text that decides whether
 * the letter lands before or after a partner's concurrent words, so the caret
 * (where the person actually typed) breaks the tie.
 */
export function spliceAtCaret(before: string, after: string, caret: number): Splice | null {
  const splice = diffText(before, after);
  if (!splice) return null;
  const grew = after.length - before.length;
  if (grew > 0 && splice.remove === 0) {
    const candidate: Splice = { index: caret - grew, remove: 0, insert: after.slice(caret - grew, caret) };
    if (candidate.index >= 0 && candidate.index !== splice.index && applySplice(before, candidate) === after) return candidate;
  } else if (grew < 0 && splice.insert === '') {
    const candidate: Splice = { index: caret, remove: -grew, insert: '' };
    if (candidate.index !== splice.index && caret + -grew <= before.length && applySplice(before, candidate) === after) return candidate;
  }
  return splice;
}
