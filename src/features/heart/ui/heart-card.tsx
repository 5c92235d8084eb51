import { ButtonLink, Card } from '../../../core/web/ui';
import { useNow } from '../../../core/web/time';
import { copy } from './copy';
import { FloodingNudge } from './nudge';
import { HEART_PATH } from './path';
import { RateNow } from './rate-now';
import { useStrap } from './strap-store';
import './heart.css';

/** On home: the way to connect a strap, and, once connected, the rate and the gentle suggestion. */
export function HeartCard() {
  const state = useStrap();
  const connected = state.status === 'connected';
  // The rate moves every second only while a strap is connected; without one, home keeps no second's timer.
  const now = useNow(connected ? 1000 : null).getTime();
  return (
    <>
      <FloodingNudge state={state} now={now} />
      <Card title={copy.cardTitle} className="heart-card">
        <div className="stack stack-tight">
          {connected ? <RateNow samples={state.samples} now={now} /> : <p className="muted small">{copy.cardIntro}</p>}
          <ButtonLink href={HEART_PATH} variant="secondary" block>
            {connected ? copy.openConnected : copy.open}
          </ButtonLink>
        </div>
      </Card>
    </>
  );
}
