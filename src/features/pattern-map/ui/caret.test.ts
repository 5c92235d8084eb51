import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { applySplice } from '../text-diff';
import { mapIndexThroughDelta, mapSelectionThroughDelta, spliceAtCaret, type TextDelta } from './caret';

/** The delta another screen's edit produces here, as Yjs reports it. */
function remoteDelta(text: string, edit: (t: Y.Text) => void): { delta: TextDelta; after: string } {
  const here = new Y.Doc();
  here.getText('t').insert(0, text);
  const there = new Y.Doc();
  Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
  const before = Y.encodeStateVector(there);
  edit(there.getText('t'));
  let delta: TextDelta = [];
  here.getText('t').observe((e) => (delta = e.delta));
  Y.applyUpdate(here, Y.encodeStateAsUpdate(there, before));
  return { delta, after: here.getText('t').toString() };
}

describe('caret through a partner’s change', () => {
  it('moves right when text is inserted before it', () => {
    const { delta, after } = remoteDelta('I go quiet', (t) => t.insert(0, 'Then '));
    expect(after).toBe('Then I go quiet');
    expect(mapIndexThroughDelta(4, delta)).toBe(9); // still before "quiet"
  });

  it('stays put when text is inserted after it, or exactly at it', () => {
    expect(mapIndexThroughDelta(4, remoteDelta('I go quiet', (t) => t.insert(10, '!')).delta)).toBe(4);
    expect(mapIndexThroughDelta(4, remoteDelta('I go quiet', (t) => t.insert(4, ' very')).delta)).toBe(4);
  });

  it('moves left by what was deleted before it, and to the cut when inside it', () => {
    const { delta } = remoteDelta('I go very quiet', (t) => t.delete(5, 5));
    expect(mapIndexThroughDelta(12, delta)).toBe(7);
    expect(mapIndexThroughDelta(7, delta)).toBe(5);
    expect(mapIndexThroughDelta(3, delta)).toBe(3);
  });

  it('maps a selection end to end', () => {
    const { delta } = remoteDelta('abc def', (t) => t.insert(0, 'xx'));
    expect(mapSelectionThroughDelta({ start: 4, end: 7 }, delta)).toEqual({ start: 6, end: 9 });
  });

  it('keeps the caret between the same characters for any single remote splice', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 8 }),
        (text, caretSeed, indexSeed, removeSeed, insert) => {
          const caret = caretSeed % (text.length + 1);
          const index = indexSeed % (text.length + 1);
          const remove = removeSeed % (text.length - index + 1);
          const { delta, after } = remoteDelta(text, (t) => {
            if (remove) t.delete(index, remove);
            if (insert) t.insert(index, insert);
          });
          expect(after).toBe(applySplice(text, { index, remove, insert }));
          const mapped = mapIndexThroughDelta(caret, delta);
          // What stood before the caret and survived is still before it; likewise after.
          if (caret <= index) expect(mapped).toBe(caret);
          else if (caret >= index + remove) expect(mapped).toBe(caret - remove + insert.length);
          else expect(mapped).toBe(index);
        },
      ),
    );
  });
});

describe('splice at the caret', () => {
  it('places a letter typed into a run of equal letters where the caret is', () => {
    expect(spliceAtCaret('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(spliceAtCaret('no no', 'no no no', 3)).toEqual({ index: 0, remove: 0, insert: 'no ' });
  });

  it('places a backspace in a run where the caret is', () => {
    expect(spliceAtCaret('aaa', 'aa', 0)).toEqual({ index: 0, remove: 1, insert: '' });
  });

  it('falls back to the minimal splice when the caret does not explain the edit', () => {
    expect(spliceAtCaret('I go quiet', 'I go very quiet', 0)).toEqual({ index: 5, remove: 0, insert: 'very ' });
    expect(spliceAtCaret('same', 'same', 2)).toBeNull();
  });

  it('always turns before into after', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), fc.nat(), (before, after, caretSeed) => {
        const splice = spliceAtCaret(before, after, caretSeed % (after.length + 1));
        expect(splice === null ? before : applySplice(before, splice)).toBe(after);
      }),
    );
  });
});
