import { createContext, useContext, useId, useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { Button, ConfirmDialog, Loading, Notice } from '../../../core/web/ui';
import { copy } from './copy';

/** The partner's display name for every practice screen (composed by the shell, which knows the couple). */
const PartnerNameContext = createContext<string>(copy.yourPartner);
export const PartnerNameProvider = PartnerNameContext.Provider;
export function usePartnerName(): string {
  return useContext(PartnerNameContext);
}

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
}

/** A labelled multi-line field; the hint is read with it. */
export function TextArea({ label, hint, className, rows = 3, ...input }: TextAreaProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <textarea id={id} className="field-input practice-textarea" rows={rows} aria-describedby={hintId} {...input} />
    </div>
  );
}

interface ChipsProps<T extends string> {
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | null;
  onChange(value: NoInfer<T>): void;
}

/** One of several, drawn as chips: real radio buttons underneath, so keyboards and screen readers know it. */
export function Chips<T extends string>({ legend, hint, options, value, onChange }: ChipsProps<T>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="practice-chips" aria-describedby={hint ? hintId : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="practice-chips-row">
        {options.map((o) => (
          <label key={o.value} className="practice-chip">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A 0–10 rating slider that says its value in words ("7 of 10"). */
export function DiscomfortScale({ label, value, onChange }: { label: string; value: number; onChange(value: number): void }) {
  const id = useId();
  return (
    <div className="field practice-scale">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {copy.stretches.scaleEnds}
      </p>
      <div className="practice-scale-row">
        <input
          id={id}
          type="range"
          min={0}
          max={10}
          step={1}
          value={value}
          aria-describedby={`${id}-hint`}
          aria-valuetext={copy.stretches.scale(value)}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output htmlFor={id} className="practice-scale-value">
          {copy.stretches.scale(value)}
        </output>
      </div>
    </div>
  );
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

/** Loading, a kind failure with a retry, or the content once the data is here. */
export function Loaded<T>({ query, children }: { query: { isPending: boolean; isError: boolean; data: T | undefined; refetch(): unknown }; children(data: T): ReactNode }) {
  if (query.isPending) return <Loading label={copy.loading} />;
  if (query.isError || query.data === undefined) return <LoadFailed retry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

interface AskFirstProps {
  label: string;
  title: string;
  body: string;
  confirm: string;
  busy: boolean;
  variant?: 'quiet' | 'danger' | 'secondary';
  onConfirm(): Promise<unknown>;
}

/** A button that asks "are you sure?" in a dialog before something that cannot be undone. */
export function AskFirst({ label, title, body, confirm, busy, variant = 'quiet', onConfirm }: AskFirstProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirm}
        cancelLabel={copy.cancel}
        confirmVariant="danger"
        busy={busy}
        onCancel={() => setOpen(false)}
        onConfirm={() => void onConfirm().then(() => setOpen(false), () => setOpen(false))}
      >
        <p>{body}</p>
      </ConfirmDialog>
    </>
  );
}
