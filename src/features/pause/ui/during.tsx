import { useEffect, useState, type ReactNode } from 'react';
import { Button, Card, FormError, Notice } from '../../../core/web/ui';
import { usePauseCommand, usePulse, type PauseView } from './api';
import { BreathingPacer } from './breathing-pacer';
import { copy } from './copy';
import { formatClockTime } from './countdown';
import { CountdownClock } from './countdown-clock';
import { useLastPulse } from './live-sync';
import { Tether } from './pause-details';

interface DuringPauseProps {
  pause: PauseView;
  partner: string;
  playlistUrl: string | null;
  helps: ReactNode;
  body?: ((pause: { id: string; startedAt: string }) => ReactNode) | undefined;
  onReadyEarly(): void;
}

/** While the pause runs: the shared countdown and pacer, the tethers, soothing choices, and an easy extend. */
export function DuringPause({ pause, partner, playlistUrl, helps, body, onReadyEarly }: DuringPauseProps) {
  const pace = usePauseCommand();
  return (
    <div className="stack">
      <section className="pause-hero" aria-labelledby="countdown-label">
        <CountdownClock endsAt={pause.endsAt!} />
        <p className="muted">
          {copy.active.whereLine({ where: pause.where })} {copy.active.afterwards({ plan: pause.returnPlan })}
        </p>
        <PulseFelt partner={partner} />
      </section>
      {!pause.iAmRequester && pause.extensionsLeft < 2 && pause.endsAt && (
        <Notice tone="info">{copy.extend.partnerExtended({ partner, time: formatClockTime(pause.endsAt) })}</Notice>
      )}
      {pause.paceAnchorAt && (
        <BreathingPacer
          anchorAt={pause.paceAnchorAt}
          breathsPerMinute={pause.breathsPerMinute}
          pacing={pace.isPending}
          onPace={(breathsPerMinute) => pace.mutate({ type: 'pace', breathsPerMinute })}
        />
      )}
      <FormError error={pace.error} />
      {body && pause.startedAt && body({ id: pause.id, startedAt: pause.startedAt })}
      <div className="tethers">
        <Tether title={pause.iAmRequester ? copy.active.yourWords : copy.active.partnerWords({ partner })} text={pause.tether} />
        {pause.partnerTether && (
          <Tether title={pause.iAmRequester ? copy.active.partnerWords({ partner }) : copy.active.yourWords} text={pause.partnerTether} />
        )}
      </div>
      <PulseButton />
      {playlistUrl && (
        <Card title={copy.playlist.title}>
          <a className="btn btn-secondary btn-block" href={playlistUrl} target="_blank" rel="noopener noreferrer">
            {copy.playlist.open} <span className="visually-hidden">{copy.playlist.newTab}</span>
          </a>
        </Card>
      )}
      {helps}
      {pause.iAmRequester && <Extend pause={pause} />}
      <Button variant="quiet" onClick={onReadyEarly}>
        {copy.active.earlyReady}
      </Button>
    </div>
  );
}

/** A soft glow and a line when the partner sends a "thinking of you"; the buzz is in live-sync.ts. */
function PulseFelt({ partner }: { partner: string }) {
  const last = useLastPulse();
  const [showing, setShowing] = useState(false);
  useEffect(() => {
    if (!last) return;
    setShowing(true);
    const timer = setTimeout(() => setShowing(false), 6000);
    return () => clearTimeout(timer);
  }, [last]);
  if (!showing) return null;
  return (
    <p className="pulse-felt" key={last}>
      <span className="pulse-glow" aria-hidden="true" />
      {copy.pulse.received({ partner })}
    </p>
  );
}

function PulseButton() {
  const pulse = usePulse();
  const [sentAt, setSentAt] = useState(0);
  useEffect(() => {
    if (!sentAt) return;
    const timer = setTimeout(() => setSentAt(0), 4000);
    return () => clearTimeout(timer);
  }, [sentAt]);
  return (
    <div className="pulse">
      <Button variant="secondary" block busy={pulse.isPending} onClick={() => pulse.mutate(undefined, { onSuccess: () => setSentAt(Date.now()) })}>
        {copy.pulse.send}
      </Button>
      <p className="muted small" role="status">
        {sentAt ? copy.pulse.sent : copy.pulse.hint}
      </p>
      <FormError error={pulse.error} />
    </div>
  );
}

const EXTENSIONS = [5, 10] as const;

/** Only the one who asked may extend, at most twice; the partner sees the new end time at once. */
function Extend({ pause }: { pause: PauseView }) {
  const send = usePauseCommand();
  const [done, setDone] = useState(false);
  return (
    <Card title={copy.extend.title}>
      {pause.extensionsLeft > 0 ? (
        <div className="stack stack-tight">
          <p className="muted small">{copy.extend.left({ left: pause.extensionsLeft })}</p>
          <div className="row">
            {EXTENSIONS.map((n) => (
              <Button
                key={n}
                variant="secondary"
                busy={send.isPending && send.variables?.type === 'extend' && send.variables.minutes === n}
                onClick={() => send.mutate({ type: 'extend', minutes: n }, { onSuccess: () => setDone(true) })}
              >
                {copy.extend.add({ minutes: n })}
              </Button>
            ))}
          </div>
        </div>
      ) : (
        <p className="muted small">{copy.extend.none}</p>
      )}
      {done && pause.endsAt && (
        <Notice tone="success" role="status">
          {copy.extend.done({ time: formatClockTime(pause.endsAt) })}
        </Notice>
      )}
      <FormError error={send.error} />
    </Card>
  );
}
