/**
 * The smallest single splice that turns `before` into `after`: keep the common
 * prefix and suffix, replace the middle. A textarea edit (typing, pasting,
 * deleting a selection) is always one splice, so applying it to a CRDT text
 * keeps concurrent edits elsewhere in the field intact.
 */
export interface Splice {
  index: number;
  remove: number;
  insert: string;
}

export function diffText(before: string, after: string): Splice | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair: widen the splice to whole characters.
  if (start > 0 && isLowSurrogate(before.charCodeAt(start)) ) start--;
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { index: start, remove: endBefore - start, insert: after.slice(start, endAfter) };
}

export function applySplice(text: string, splice: Splice): string {
  return text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
