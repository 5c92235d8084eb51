import { useId } from 'react';
import { useLocation } from 'wouter';
import { Button, ButtonLink, FormError } from '../../../core/web/ui';
import { isLivePause, usePause, usePauseCommand, useUsualPause, type UsualPause } from './api';
import { copy } from './copy';
import './quick-pause.css';

interface QuickPauseProps {
  /** On the pause screen the details open in place (null: they are open); elsewhere a link leads there. */
  onDetails?: (() => void) | null;
}

/** "20 minutes, nearby · with your usual words". */
export function usualSummary(usual: Pick<UsualPause, 'minutes' | 'where' | 'tether'>): string {
  const values = { minutes: usual.minutes, where: usual.where };
  return usual.tether ? copy.quick.summaryWithWords(values) : copy.quick.summary(values);
}

/**
 * A ready pause in one tap: the person's usual pause (or our gentle first
 * suggestion), asked for exactly as the button says. The full form is one tap
 * away. While a pause is live there is nothing to offer (its banner leads to it).
 */
export function QuickPause({ onDetails }: QuickPauseProps) {
  const pause = usePause();
  const usual = useUsualPause();
  const send = usePauseCommand();
  const [location, navigate] = useLocation();
  const summaryId = useId();

  // A live pause has its banner on every screen: no second way in here.
  if (isLivePause(pause.data?.pause)) return null;
  const u = usual.data;
  return (
    <div className="quick-pause">
      <Button
        block
        className="quick-pause-now"
        disabled={!u}
        busy={send.isPending}
        aria-describedby={summaryId}
        onClick={() => {
          if (!u) return;
          send.mutate(
            { type: 'request', minutes: u.minutes, where: u.where, tether: u.tether, returnPlan: u.returnPlan },
            { onSuccess: () => location !== '/pause' && navigate('/pause') },
          );
        }}
      >
        {copy.quick.now}
      </Button>
      <p id={summaryId} className="quick-pause-summary muted small">
        {u ? usualSummary(u) : '\u00a0'}
      </p>
      {onDetails === null ? null : onDetails ? (
        <Button variant="quiet" block onClick={onDetails}>
          {copy.quick.details}
        </Button>
      ) : (
        <ButtonLink href="/pause?details=1" variant="quiet" block>
          {copy.quick.details}
        </ButtonLink>
      )}
      <FormError error={send.error} />
    </div>
  );
}
