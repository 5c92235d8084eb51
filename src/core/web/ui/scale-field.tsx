import { useId } from 'react';

interface ScaleFieldProps {
  label: string;
  /** What the two ends mean, e.g. "0 is easy, 10 is very hard"; read with the slider. */
  hint: string;
  value: number;
  /** The value in words ("7 of 10"): shown beside the slider and spoken instead of the bare number. */
  valueText(value: number): string;
  onChange(value: number): void;
}

/** A 0–10 rating slider that says its value in words. */
export function ScaleField({ label, hint, value, valueText, onChange }: ScaleFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <div className="scale-row">
        <input
          id={id}
          type="range"
          min={0}
          max={10}
          step={1}
          value={value}
          aria-describedby={hintId}
          aria-valuetext={valueText(value)}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output htmlFor={id} className="scale-value">
          {valueText(value)}
        </output>
      </div>
    </div>
  );
}
