import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  /** A small marker beside the label, e.g. "Only you see this". */
  badge?: ReactNode;
}

/** A labelled multi-line field; the hint is read with it. */
export function TextArea({ label, hint, badge, className, rows = 3, ...input }: TextAreaProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const labelEl = (
    <label htmlFor={id} className="field-label">
      {label}
    </label>
  );
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      {badge ? (
        <div className="label-row">
          {labelEl}
          {badge}
        </div>
      ) : (
        labelEl
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <textarea id={id} className="field-input field-textarea" rows={rows} aria-describedby={hintId} {...input} />
    </div>
  );
}
