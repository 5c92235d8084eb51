import * as Y from 'yjs';
import type { Field } from '../side-doc';
import { mapSelectionThroughDelta, spliceAtCaret } from './caret';
import type { SideSync } from './side-sync';

/**
 * Binds a <textarea> to one Y.Text of a side.
 *
 * Invariant: outside an input event, the textarea shows exactly the Y.Text.
 * - Typing: the edit is found with one splice (placed at the caret) and
 *   applied to the Y.Text in a transaction whose origin is this binding, so
 *   its own observer ignores it; the side's sync sends it in the next batch.
 * - Someone else's change: the textarea's value is replaced and the caret and
 *   selection are carried through the change, so the person keeps typing
 *   where they were.
 * - Undo/redo act on this person's own edits only (Y.UndoManager), never on
 *   the partner's words.
 * - Composing (an IME, or a phone keyboard's word suggestions): the textarea
 *   is left alone until the composition ends, since rewriting its value
 *   would break the composition. The composed edit is then made on a copy of
 *   the text as it was when composing began and merged in, so the partner's
 *   words that arrived meanwhile are kept, and the textarea shows the result.
 */
export class TextBinding {
  private text: Y.Text;
  private undo: Y.UndoManager;
  private readonly offDoc: () => void;
  /** While composing: the side as it was when the composition began. */
  private composing: Y.Doc | null = null;
  /**
   * The Yjs client the composed edits are made as: one per binding, not one per word (a phone
   * keyboard composes nearly every word, and each new client would grow the document for good).
   * Each copy holds this client's earlier edits, so its clock simply continues.
   */
  private readonly composingClient = new Y.Doc().clientID;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    private readonly side: SideSync,
    private readonly field: Field,
  ) {
    this.text = side.doc.getText(field);
    this.undo = this.track(this.text);
    textarea.value = this.text.toString();
    textarea.addEventListener('input', this.onInput);
    textarea.addEventListener('beforeinput', this.onBeforeInput);
    textarea.addEventListener('compositionstart', this.onCompositionStart);
    textarea.addEventListener('compositionend', this.onCompositionEnd);
    this.offDoc = side.onDocReplaced((doc) => {
      this.dropComposition();
      this.untrack();
      this.text = doc.getText(field);
      this.undo = this.track(this.text);
      this.show(this.text.toString(), null);
    });
  }

  destroy(): void {
    this.textarea.removeEventListener('input', this.onInput);
    this.textarea.removeEventListener('beforeinput', this.onBeforeInput);
    this.textarea.removeEventListener('compositionstart', this.onCompositionStart);
    this.textarea.removeEventListener('compositionend', this.onCompositionEnd);
    this.dropComposition();
    this.untrack();
    this.offDoc();
  }

  private track(text: Y.Text): Y.UndoManager {
    text.observe(this.onRemote);
    return new Y.UndoManager(text, { trackedOrigins: new Set([this]), captureTimeout: 600 });
  }

  private untrack(): void {
    this.text.unobserve(this.onRemote);
    this.undo.destroy();
  }

  private readonly onInput = (): void => {
    if (this.composing) return; // taken as a whole when the composition ends
    const before = this.text.toString();
    const after = this.textarea.value;
    const splice = spliceAtCaret(before, after, this.textarea.selectionEnd);
    if (!splice) return;
    this.side.doc.transact(() => {
      if (splice.remove) this.text.delete(splice.index, splice.remove);
      if (splice.insert) this.text.insert(splice.index, splice.insert);
    }, this);
  };

  private readonly onBeforeInput = (event: InputEvent): void => {
    if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
    // The browser's own undo would replay stale values over the partner's words.
    event.preventDefault();
    if (event.inputType === 'historyUndo') this.undo.undo();
    else this.undo.redo();
  };

  private readonly onCompositionStart = (): void => {
    this.dropComposition();
    this.composing = new Y.Doc();
    this.composing.clientID = this.composingClient;
    Y.applyUpdate(this.composing, Y.encodeStateAsUpdate(this.side.doc));
  };

  private readonly onCompositionEnd = (): void => {
    const base = this.composing;
    if (!base) return;
    this.composing = null;
    const el = this.textarea;
    const baseText = base.getText(this.field);
    const splice = spliceAtCaret(baseText.toString(), el.value, el.selectionEnd);
    let caret: Y.RelativePosition | null = null;
    if (splice) {
      // The edit as made on the text the person saw; merged in, it keeps what the partner typed meanwhile.
      const seen = Y.encodeStateVector(base);
      base.transact(() => {
        if (splice.remove) baseText.delete(splice.index, splice.remove);
        if (splice.insert) baseText.insert(splice.index, splice.insert);
      });
      caret = Y.createRelativePositionFromTypeIndex(baseText, el.selectionEnd);
      Y.applyUpdate(this.side.doc, Y.encodeStateAsUpdate(base, seen), this);
    }
    base.destroy();
    const value = this.text.toString();
    if (value !== el.value) {
      const at = caret ? Y.createAbsolutePositionFromRelativePosition(caret, this.side.doc)?.index : undefined;
      this.show(value, null, at);
    }
  };

  private dropComposition(): void {
    this.composing?.destroy();
    this.composing = null;
  }

  private readonly onRemote = (event: Y.YTextEvent, transaction: Y.Transaction): void => {
    if (transaction.origin === this) return;
    if (this.composing) return; // shown when the composition ends
    const value = this.text.toString();
    if (value === this.textarea.value) return;
    this.show(value, event.delta);
  };

  /** Writes `value` into the textarea, keeping the caret: carried through `delta`, or placed at `caret`. */
  private show(value: string, delta: Y.YTextEvent['delta'] | null, caret?: number): void {
    const el = this.textarea;
    const focused = el.ownerDocument.activeElement === el;
    const selection = { start: el.selectionStart, end: el.selectionEnd };
    const direction = el.selectionDirection;
    const scroll = el.scrollTop;
    el.value = value;
    if (focused) {
      const mapped =
        caret !== undefined
          ? { start: caret, end: caret }
          : delta
            ? mapSelectionThroughDelta(selection, delta)
            : { start: Math.min(selection.start, value.length), end: Math.min(selection.end, value.length) };
      el.setSelectionRange(mapped.start, mapped.end, direction);
    }
    el.scrollTop = scroll;
  }
}
