import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { BeforeSending, BesideWordsAboutUs } from './beside-words';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | null;
  /** A small marker beside the label, e.g. "Only you see this". */
  badge?: ReactNode;
  /** Words about the relationship: what the shell shows beside such words appears under the field. */
  aboutUs?: boolean;
  /** Words the partner will read: the shell's check sits beside them and hands back chosen words here. */
  onUseWords?(words: string): void;
}

/** A labelled multi-line field with an optional hint and error, both announced with the field. */
export function TextArea({ label, hint, error, badge, aboutUs, onUseWords, className, rows = 3, ...input }: TextAreaProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
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
      <textarea id={id} className="field-input field-textarea" rows={rows} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {aboutUs && <BesideWordsAboutUs text={String(input.value ?? '')} />}
      {onUseWords && <BeforeSending text={String(input.value ?? '')} onUse={onUseWords} />}
    </div>
  );
}
