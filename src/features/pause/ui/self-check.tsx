import { useId } from 'react';
import { copy } from './copy';

interface SelfCheckProps {
  activation: number | null;
  onActivation(value: number | null): void;
  heartRate: string;
  onHeartRate(value: string): void;
}

/** The optional flooding check: a 0–10 rating or a heart rate. Nothing here is required or shared. */
export function SelfCheck({ activation, onActivation, heartRate, onHeartRate }: SelfCheckProps) {
  const id = useId();
  const t = copy.request.selfCheck;
  return (
    <details className="self-check card" open={activation !== null || heartRate !== ''}>
      <summary className="self-check-summary">{t.legend}</summary>
      <div className="stack">
        <div className="field">
          <label htmlFor={`${id}-activation`} className="field-label">
            {t.activation}
          </label>
          <p id={`${id}-activation-hint`} className="field-hint">
            {t.activationHint}
          </p>
          <div className="slider-row">
            <input
              id={`${id}-activation`}
              type="range"
              min={0}
              max={10}
              step={1}
              className="slider"
              value={activation ?? 0}
              aria-describedby={`${id}-activation-hint`}
              aria-valuetext={activation === null ? t.skip : t.activationValue({ n: activation })}
              onChange={(e) => onActivation(Number(e.target.value))}
            />
            <output htmlFor={`${id}-activation`} className="slider-value" aria-hidden="true">
              {activation === null ? '–' : activation}
            </output>
          </div>
        </div>
        <div className="field field-narrow">
          <label htmlFor={`${id}-heart`} className="field-label">
            {t.heartRate}
          </label>
          <input
            id={`${id}-heart`}
            className="field-input"
            inputMode="numeric"
            autoComplete="off"
            value={heartRate}
            onChange={(e) => onHeartRate(e.target.value.replace(/[^\d]/g, '').slice(0, 3))}
          />
        </div>
      </div>
    </details>
  );
}
