import { useId } from 'react';

interface ChoiceChipsProps<T extends string | number> {
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | null;
  onChange(value: NoInfer<T>): void;
  className?: string;
}

/** A one-of-several choice that looks like chips: real radio buttons underneath, so keyboards and screen readers know it. */
export function ChoiceChips<T extends string | number>({ legend, hint, options, value, onChange, className }: ChoiceChipsProps<T>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className={['chips', className].filter(Boolean).join(' ')} aria-describedby={hint ? hintId : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="chips-row">
        {options.map((o) => (
          <label key={String(o.value)} className="chip">
            <input type="radio" name={name} value={String(o.value)} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
