import { Button, ButtonLink, Notice } from '../../../core/web/ui';
import { PAUSE_HEART_PARAM } from '../../pause/contract';
import { readHeart } from '../heart-rule';
import { copy } from './copy';
import { strap, type StrapState } from './strap-store';

/**
 * The gentle suggestion when the flooding rule fires: shown on this person's screen only, with the
 * pause one tap away (the full form, 20 minutes chosen and the rate already in the check-in).
 * Nothing is sent; "Not now" rests it for as long as the break it suggests.
 */
export function FloodingNudge({ state, now }: { state: StrapState; now: number }) {
  const reading = readHeart(state.samples, now, state.baselineBpm);
  if (state.status !== 'connected' || reading.state !== 'racing' || now < state.quietUntil) return null;
  return (
    <Notice tone="gentle" title={copy.nudge.title} role="status" className="heart-nudge">
      <p>{copy.nudge.body(reading.bpm)}</p>
      <p className="muted small">{copy.nudge.onlyYou}</p>
      <div className="row">
        <ButtonLink href={`/pause?details=1&${PAUSE_HEART_PARAM}=${reading.bpm}`}>{copy.nudge.pause(reading.suggestedMinutes)}</ButtonLink>
        <Button variant="quiet" onClick={() => strap.notNow(now)}>
          {copy.nudge.notNow}
        </Button>
      </div>
    </Notice>
  );
}
