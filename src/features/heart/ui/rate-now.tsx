import { currentRate, type HeartSample } from '../heart-rule';
import { copy } from './copy';

/** The rate as a number, large; not a live region (a number every second would talk over the calm). */
export function RateNow({ samples, now }: { samples: readonly HeartSample[]; now: number }) {
  const bpm = currentRate(samples, now);
  const last = samples[samples.length - 1];
  const offSkin = bpm === null && last?.contact === 'not_detected' && now - last.at < 5000;
  return (
    <div className="heart-now">
      <p className="muted small">{copy.rateLabel}</p>
      {bpm === null ? (
        <p className="heart-waiting">{offSkin ? copy.noContact : copy.waiting}</p>
      ) : (
        <p className="heart-bpm" data-testid="heart-bpm" data-bpm={bpm}>
          <span className="heart-bpm-number">{bpm}</span> <span className="heart-bpm-unit">{copy.bpmUnit}</span>
        </p>
      )}
    </div>
  );
}
