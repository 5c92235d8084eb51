import { Button, Card, Notice, Screen } from '../../../core/web/ui';
import { useNow } from '../../../core/web/time';
import { BASELINE, racingThreshold } from '../heart-rule';
import { ConnectStrap, useBluetoothSupport } from './connect-strap';
import { copy } from './copy';
import { FloodingNudge } from './nudge';
import { RateNow } from './rate-now';
import { strap, useStrap, type StrapState } from './strap-store';
import './heart.css';

/** Connect a strap, see the rate, take a calm baseline; the suggestion appears here when the rule fires. */
export function HeartScreen() {
  const state = useStrap();
  const now = useNow(1000).getTime();
  const support = useBluetoothSupport();
  return (
    <Screen title={copy.title} intro={copy.intro}>
      <div className="stack">
        <FloodingNudge state={state} now={now} />
        <Card title={copy.deviceTitle}>
          <div className="stack">
            {state.status === 'connected' && <RateNow samples={state.samples} now={now} />}
            <ConnectStrap state={state} support={support} />
          </div>
        </Card>
        {/* Without Web Bluetooth there is no strap to learn a calm rate from. */}
        {support === 'missing' ? null : <Baseline state={state} now={now} />}
        <p className="muted small">{copy.privacy}</p>
      </div>
    </Screen>
  );
}

function Baseline({ state, now }: { state: StrapState; now: number }) {
  const t = copy.baseline;
  const connected = state.status === 'connected';
  const taking = state.takingBaselineFrom;
  return (
    <Card title={t.title}>
      <div className="stack stack-tight">
        {state.baselineBpm !== null ? (
          <p>{t.have({ bpm: state.baselineBpm, threshold: racingThreshold(state.baselineBpm) })}</p>
        ) : (
          <>
            <p>{t.none}</p>
            <p className="muted small">{t.withoutOne}</p>
          </>
        )}
        {taking !== null && (
          <p role="status" className="heart-taking">
            {t.taking({ seconds: Math.max(0, Math.ceil((taking + BASELINE.takesMs - now) / 1000)) })}
          </p>
        )}
        {state.lastBaseline && !state.lastBaseline.ok && (
          <Notice tone="gentle" role="status">
            {state.lastBaseline.reason === 'not_calm' ? t.notCalm : t.notEnough}
          </Notice>
        )}
        {connected && taking === null && (
          <Button variant="secondary" block onClick={() => strap.takeBaseline()}>
            {state.baselineBpm === null ? t.take : t.again}
          </Button>
        )}
        {state.baselineBpm !== null && (
          <>
            <p className="muted small">{t.kept}</p>
            <Button variant="quiet" onClick={() => strap.forgetBaseline()}>
              {t.forget}
            </Button>
          </>
        )}
      </div>
    </Card>
  );
}
