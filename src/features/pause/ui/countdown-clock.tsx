import { useEffect, useReducer } from 'react';
import { copy } from './copy';
import { formatClockTime, formatCountdown, minutesLeft, remainingMs } from './countdown';
import { serverNow, useClockOffset } from './server-clock';

/**
 * Re-renders just after each whole second of the time left, by the
 * server-corrected clock, so both screens flip their digits together.
 */
function useSecondTicks(endsAt: string): number {
  const offset = useClockOffset();
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      tick();
      const left = remainingMs(endsAt, serverNow());
      if (left > 0) timer = setTimeout(next, (left % 1000) + 10);
    };
    next();
    return () => clearTimeout(timer);
  }, [endsAt, offset]);
  return remainingMs(endsAt, serverNow());
}

/**
 * The same countdown on both screens: the server's end time minus the
 * server-corrected now. The ticking digits are hidden from screen readers
 * (a number every second is noise); they hear the minutes and the end time.
 */
export function CountdownClock({ endsAt }: { endsAt: string }) {
  const left = useSecondTicks(endsAt);
  return (
    <div className="countdown" data-ends-at={endsAt}>
      <p className="countdown-label" id="countdown-label">
        {copy.active.timeLeft}
      </p>
      <p className="countdown-digits" aria-hidden="true" data-testid="countdown">
        {formatCountdown(left)}
      </p>
      <p className="visually-hidden">{copy.active.minutesLeftWords({ minutes: minutesLeft(left) })}</p>
      <p className="countdown-end">{copy.active.backAt({ time: formatClockTime(endsAt) })}</p>
    </div>
  );
}
