import { useId } from 'react';

interface ChoiceChipsProps<T extends string | number> {
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | null;
  onChange(value: NoInfer<T>): void;
}

/** One of several, drawn as chips: real radio buttons underneath, so keyboards and screen readers know it. */
export function ChoiceChips<T extends string | number>({ legend, hint, options, value, onChange }: ChoiceChipsProps<T>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="choice-chips" aria-describedby={hint ? hintId : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="choice-chips-row">
        {options.map((o) => (
          <label key={String(o.value)} className="choice-chip">
            <input type="radio" name={name} value={String(o.value)} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
