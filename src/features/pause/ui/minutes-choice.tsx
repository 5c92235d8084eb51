import { ChoiceChips, TextField } from '../../../core/web/ui';
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
  // A chosen length that is not one of the chips (e.g. 20 on a 5/10/15 list) shows as "Other".
  const known = value !== 'other' && options.includes(value);
  const shown: number | 'other' = known ? value : 'other';
  const customValue = value !== 'other' && !known ? String(value) : custom;
  return (
    <div className="stack stack-tight">
      <ChoiceChips<number | 'other'>
        legend={legend}
        options={[...options.map((n) => ({ value: n, label: copy.minutesShort({ minutes: n }) })), { value: 'other' as const, label: copy.request.other }]}
        value={shown}
        onChange={onChange}
      />
      {shown === 'other' && (
        <TextField
          className="field-narrow"
          label={copy.request.customLabel}
          inputMode="numeric"
          autoComplete="off"
          value={customValue}
          onChange={(e) => {
            onCustom(e.target.value);
            if (value !== 'other') onChange('other');
          }}
          error={error}
        />
      )}
    </div>
  );
}
