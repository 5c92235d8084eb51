import { Button, ButtonLink, Notice } from '../../../core/web/ui';
import { PAUSE_HEART_PARAM } from '../../../core/flooding';
import { copy } from './copy';
import { strap, type StrapState } from './strap-store';

/**
 * The gentle suggestion when the flooding rule fires: shown on this person's screen only, with the
 * pause one tap away (the full form, 20 minutes chosen and the rate already in the check-in).
 * Nothing is sent; "Not now" rests it for as long as the break it suggests.
 */
export function FloodingNudge({ state, now }: { state: StrapState; now: number }) {
  const suggestion = state.suggestion;
  if (state.status !== 'connected' || !suggestion || now < state.quietUntil) return null;
  return (
    <Notice tone="gentle" title={copy.nudge.title} role="status" className="heart-nudge">
      <p>{copy.nudge.body({ bpm: suggestion.bpm })}</p>
      <p className="muted small">{copy.nudge.onlyYou}</p>
      <div className="row">
        <ButtonLink href={`/pause?details=1&${PAUSE_HEART_PARAM}=${suggestion.bpm}`}>{copy.nudge.pause({ minutes: suggestion.minutes })}</ButtonLink>
        <Button variant="quiet" onClick={() => strap.notNow(now)}>
          {copy.nudge.notNow}
        </Button>
      </div>
    </Notice>
  );
}
