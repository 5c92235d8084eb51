import { useId } from 'react';
import { ChoiceChips } from '../../../core/web/ui';
import { PAUSE_RULES } from '../machine';
import { copy } from './copy';

/** A whole number of minutes within the pause's limits, or null. */
export function parseMinutes(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= PAUSE_RULES.minMinutes && n <= PAUSE_RULES.maxMinutes ? n : null;
}

interface MinutesChoiceProps {
  legend: string;
  options: readonly number[];
  value: number | 'other';
  onChange(value: number | 'other'): void;
  custom: string;
  onCustom(value: string): void;
  error: string | null;
}

/** Length chips (5, 10, 20, 30 …) plus "Other" with a field for 1–120 minutes. */
export function MinutesChoice({ legend, options, value, onChange, custom, onCustom, error }: MinutesChoiceProps) {
  const id = useId();
  // A chosen length that is not one of the chips (e.g. 20 on a 5/10/15 list) shows as "Other".
  const known = value !== 'other' && options.includes(value);
  const shown: number | 'other' = known ? value : 'other';
  const customValue = value !== 'other' && !known ? String(value) : custom;
  return (
    <div className="stack stack-tight">
      <ChoiceChips<number | 'other'>
        legend={legend}
        options={[...options.map((n) => ({ value: n, label: copy.minutesShort(n) })), { value: 'other' as const, label: copy.request.other }]}
        value={shown}
        onChange={onChange}
      />
      {shown === 'other' && (
        <div className="field field-narrow">
          <label htmlFor={id} className="field-label">
            {copy.request.customLabel}
          </label>
          <input
            id={id}
            className="field-input"
            inputMode="numeric"
            autoComplete="off"
            value={customValue}
            onChange={(e) => {
              onCustom(e.target.value);
              if (value !== 'other') onChange('other');
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
