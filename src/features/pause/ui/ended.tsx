import { Button, ButtonLink, Card, Notice } from '../../../core/web/ui';
import type { PauseView } from './api';
import { copy } from './copy';

/** After both checked in: a kind summary. Late is not a failure; coming back is what counts. */
export function Reconnected({ pause, partner, onAnother }: { pause: PauseView; partner: string; onAnother(): void }) {
  const r = copy.reconnected;
  return (
    <div className="stack">
      <p className="reconnected-summary">{pause.onTime ? r.onTime : r.late}</p>
      <Card title={r.nextTitle} className="reconnected">
        {pause.myCheckIn && <p>{r.yourNext(copy.returnPlan[pause.myCheckIn.nextStep])}</p>}
        {pause.partnerCheckIn && <p>{r.partnerNext(partner, copy.returnPlan[pause.partnerCheckIn.nextStep])}</p>}
      </Card>
      <ButtonLink href="/" block>
        {copy.home}
      </ButtonLink>
      <Button variant="quiet" onClick={onAnother}>
        {r.another}
      </Button>
    </div>
  );
}

/** A request that was taken back or closed, or a pause that ran out: said plainly, with no blame. */
export function EndedNote({ pause }: { pause: PauseView }) {
  let text: string;
  if (pause.status === 'cancelled') text = copy.ended.cancelled;
  else if (pause.startedAt) text = copy.ended.ranOut;
  else text = copy.ended.expired;
  return <Notice tone="gentle">{text}</Notice>;
}
