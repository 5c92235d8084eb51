import { createContext, useContext, useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { Button, Notice } from '../../../core/web/ui';
import { copy } from './copy';

/** The partner's display name for every repair screen (composed by the shell, which knows the couple). */
const PartnerNameContext = createContext<string>(copy.yourPartner);
export const PartnerNameProvider = PartnerNameContext.Provider;
export function usePartnerName(): string {
  return useContext(PartnerNameContext);
}

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  /** A small marker beside the label, e.g. "Only you see this". */
  badge?: ReactNode;
}

/** A labelled multi-line field; the hint is read with it. */
export function TextArea({ label, hint, badge, className, rows = 4, ...input }: TextAreaProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <div className="repair-label-row">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {badge}
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <textarea id={id} className="field-input repair-textarea" rows={rows} aria-describedby={hintId} {...input} />
    </div>
  );
}

interface ChoiceProps<T extends string> {
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | null;
  onChange(value: NoInfer<T>): void;
}

/** One of several, shown as chips; real radio buttons underneath, so keyboards and screen readers know it. */
export function Choice<T extends string>({ legend, hint, options, value, onChange }: ChoiceProps<T>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="repair-choice" aria-describedby={hint ? hintId : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="repair-choice-row">
        {options.map((o) => (
          <label key={o.value} className="repair-chip">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** "Only you see this": says plainly who can read something. */
export function PrivacyBadge({ children, shared = false }: { children: ReactNode; shared?: boolean }) {
  return <span className={shared ? 'repair-badge repair-badge-shared' : 'repair-badge'}>{children}</span>;
}

export function LoadFailed({ retry }: { retry(): void }) {
  return (
    <Notice tone="problem" role="alert">
      <p>{copy.loadFailed}</p>
      <Button variant="secondary" onClick={retry}>
        {copy.retry}
      </Button>
    </Notice>
  );
}
