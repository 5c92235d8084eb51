import { useId } from 'react';
import { BeforeSending, BesideWordsAboutUs } from '../../../core/web/ui';

export interface SuggestionGroup {
  label: string;
  phrases: readonly string[];
}

interface TetherFieldProps {
  legend: string;
  hint?: string;
  suggestionsLabel?: string;
  label: string;
  /** One-tap words, in groups (e.g. the person's own, for stepping away, for coming back). */
  suggestions: readonly SuggestionGroup[] | readonly string[];
  value: string;
  onChange(value: string): void;
  error?: string | null;
  maxLength?: number;
}

/**
 * A tether: a few words that keep the two of you connected while apart.
 * One tap picks a phrase from the person's own library or our suggestions;
 * the words stay editable, so they can be made their own.
 */
export function TetherField({ legend, hint, suggestionsLabel, label, suggestions, value, onChange, error, maxLength = 280 }: TetherFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="tether">
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {groups(suggestions, suggestionsLabel ?? legend).map((group) => (
        <div key={group.label} className="tether-suggestions" role="group" aria-label={group.label}>
          {isGrouped(suggestions) && <p className="tether-group-label">{group.label}</p>}
          {group.phrases.map((s) => (
            <button key={s} type="button" className="suggestion" aria-pressed={value === s} onClick={() => onChange(s)}>
              {s}
            </button>
          ))}
        </div>
      ))}
      <div className="field">
        <label htmlFor={id} className="field-label field-label-quiet">
          {label}
        </label>
        <textarea
          id={id}
          className="field-input field-textarea"
          rows={3}
          maxLength={maxLength}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
        <BesideWordsAboutUs text={value} />
        <BeforeSending text={value} onUse={onChange} />
      </div>
    </fieldset>
  );
}

function isGrouped(suggestions: readonly SuggestionGroup[] | readonly string[]): suggestions is readonly SuggestionGroup[] {
  return typeof suggestions[0] === 'object';
}

/** Plain phrases are one unnamed group; empty groups are left out. */
function groups(suggestions: readonly SuggestionGroup[] | readonly string[], label: string): SuggestionGroup[] {
  const all = isGrouped(suggestions) ? [...suggestions] : [{ label, phrases: suggestions as readonly string[] }];
  return all.filter((g) => g.phrases.length > 0);
}
