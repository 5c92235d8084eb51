import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './button';

let inEveryDialog: () => ReactNode = () => null;

/**
 * What the shell shows inside every modal dialog, above its question: a modal puts the rest of the
 * page out of reach, and some controls (the quick exit) must never be.
 */
export function showInEveryDialog(render: () => ReactNode): void {
  inEveryDialog = render;
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  confirmVariant?: ButtonVariant;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question built on the native <dialog>: the browser traps focus,
 * closes on Escape and restores focus to the button that opened it.
 * The safe choice (cancel) gets focus first.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, confirmVariant = 'primary', busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first control (the quick exit shown in every dialog); React's autoFocus
      // is not an attribute the browser sees, so the safe choice is focused here.
      dialog.querySelector<HTMLButtonElement>('.dialog-actions .dialog-cancel')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {inEveryDialog()}
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div id={bodyId} className="dialog-body">
        {children}
      </div>
      <div className="dialog-actions">
        <Button variant="secondary" className="dialog-cancel" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </Button>
        <Button variant={confirmVariant} onClick={onConfirm} busy={busy}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
