import { Button, Card, FormError } from '../../../core/web/ui';
import { useNow } from '../../../core/web/time';
import { currentRate, traceOf } from '../heart-rule';
import { useDeleteTrace, useKeepTrace, useKeptTrace } from './api';
import { ConnectStrap, useBluetoothSupport } from './connect-strap';
import { copy } from './copy';
import { RateNow } from './rate-now';
import { Sparkline } from './sparkline';
import { useStrap } from './strap-store';
import './heart.css';

/**
 * Beside the breathing pacer: this person's own rate coming down, and a choice to keep it with
 * the pause (their own data; nothing about it reaches the partner).
 */
export function HeartInPause({ pauseId, startedAt }: { pauseId: string; startedAt: string }) {
  const state = useStrap();
  const support = useBluetoothSupport();
  const now = useNow(1000).getTime();
  const from = Date.parse(startedAt);
  const kept = useKeptTrace(pauseId);
  const keep = useKeepTrace(pauseId);
  const remove = useDeleteTrace(pauseId);
  const t = copy.inPause;
  const connected = state.status === 'connected';
  const points = traceOf(state.samples, from, now);
  const first = points[0]?.[1];
  const latest = currentRate(state.samples, now);
  const hasKept = !!kept.data?.trace;
  return (
    <Card title={t.title} className="heart-in-pause">
      {!connected ? (
        <div className="stack stack-tight">
          <p className="muted small">{t.connectHint}</p>
          <ConnectStrap state={state} support={support} compact />
        </div>
      ) : (
        <div className="stack stack-tight">
          <p className="muted small">{t.onlyYou}</p>
          <RateNow samples={state.samples} now={now} />
          {points.length > 1 && first !== undefined && latest !== null && (
            <>
              <Sparkline points={points} label={t.chartLabel({ from: first, now: latest })} />
              <p className="small">{latest < first ? t.startedSettling({ from: first, now: latest }) : t.started({ from: first, now: latest })}</p>
            </>
          )}
          <Button
            variant="secondary"
            block
            busy={keep.isPending}
            disabled={points.length === 0}
            onClick={() => keep.mutate({ startedAt: new Date(from).toISOString(), points })}
          >
            {hasKept ? t.keepAgain : t.keep}
          </Button>
          <p className="muted small" role="status">
            {points.length === 0 ? t.nothingYet : hasKept ? t.kept : remove.isSuccess ? t.deleted : t.keepHint}
          </p>
          {hasKept && (
            <Button variant="quiet" busy={remove.isPending} onClick={() => remove.mutate()}>
              {t.delete}
            </Button>
          )}
          <FormError error={keep.error ?? remove.error} />
        </div>
      )}
    </Card>
  );
}
