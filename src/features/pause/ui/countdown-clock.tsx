import { copy } from './copy';
import { formatClockTime, formatCountdown, minutesLeft, remainingMs } from './countdown';

/**
 * The same countdown on both screens: the server's end time minus the
 * server-corrected now. The ticking digits are hidden from screen readers
 * (a number every second is noise); they hear the minutes and the end time.
 */
export function CountdownClock({ endsAt, now }: { endsAt: string; now: number }) {
  const left = remainingMs(endsAt, now);
  return (
    <div className="countdown" data-ends-at={endsAt}>
      <p className="countdown-label" id="countdown-label">
        {copy.active.timeLeft}
      </p>
      <p className="countdown-digits" aria-hidden="true" data-testid="countdown">
        {formatCountdown(left)}
      </p>
      <p className="visually-hidden">{copy.active.minutesLeftWords(minutesLeft(left))}</p>
      <p className="countdown-end">{copy.active.backAt(formatClockTime(endsAt))}</p>
    </div>
  );
}
