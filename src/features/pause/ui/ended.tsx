import { Button, ButtonLink, Card, Notice } from '../../../core/web/ui';
import { combinedPlan } from '../reconnect';
import type { PauseView, ReturnPlan } from './api';
import { copy } from './copy';

/** One plan from two wishes, in words: "A hug first, then ten minutes of talk — Sam starts?" */
export function planWords(mine: ReturnPlan, theirs: ReturnPlan, partner: string): string {
  const r = copy.reconnected;
  const plan = combinedPlan(mine, theirs);
  if (plan.steps.length === 1) return r.bothWant(r.step[plan.steps[0]!]);
  const starts = plan.starts === 'me' ? r.youStart : plan.starts === 'partner' ? r.partnerStarts(partner) : '';
  return `${r.plan(r.step[plan.steps[0]!], r.step[plan.steps[1]!])}${starts}`;
}

/**
 * After both checked in: kind words for coming back early, on time or late,
 * one plan from the two wishes, and a bridge to a repair if the moment left a bruise.
 */
export function Reconnected({ pause, partner, onAnother }: { pause: PauseView; partner: string; onAnother(): void }) {
  const r = copy.reconnected;
  const mine = pause.myCheckIn?.nextStep;
  const theirs = pause.partnerCheckIn?.nextStep;
  return (
    <div className="stack">
      <p className="reconnected-summary">{r.timing[pause.returnTiming ?? 'on_time']}</p>
      <Card title={r.nextTitle} className="reconnected">
        {mine && theirs ? (
          <>
            <p className="reconnected-plan">{planWords(mine, theirs, partner)}</p>
            {mine !== theirs && (
              <>
                <p className="muted small">
                  {r.yourNext(copy.returnPlan[mine])} {r.partnerNext(partner, copy.returnPlan[theirs])}
                </p>
                <p className="muted small">{r.planHint}</p>
              </>
            )}
          </>
        ) : (
          <>
            {mine && <p>{r.yourNext(copy.returnPlan[mine])}</p>}
            {theirs && <p>{r.partnerNext(partner, copy.returnPlan[theirs])}</p>}
          </>
        )}
      </Card>
      <Card title={r.repairTitle}>
        <p>{r.repairBody}</p>
        <ButtonLink href={`/repair/new?pause=${pause.id}`} variant="secondary" block>
          {r.repair}
        </ButtonLink>
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
  else if (pause.status === 'not_now') text = pause.iAmRequester ? copy.ended.notNowForAsker : copy.ended.notNowForMe;
  else if (pause.startedAt) text = copy.ended.ranOut;
  else text = copy.ended.expired;
  return <Notice tone="gentle">{text}</Notice>;
}
