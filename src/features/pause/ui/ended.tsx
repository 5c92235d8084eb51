import { Button, ButtonLink, Card, Notice } from '../../../core/web/ui';
import { combinedPlan } from '../reconnect';
import type { PauseView, ReturnPlan } from './api';
import { copy } from './copy';

/** One plan from two wishes, in words: "A hug first, then ten minutes of talk — Sam starts?" */
export function planWords(mine: ReturnPlan, theirs: ReturnPlan, partner: string): string {
  const r = copy.reconnected;
  const plan = combinedPlan(mine, theirs);
  const first = plan.steps[0]!;
  const then = plan.steps[1];
  if (!then) return r.bothWant({ plan: first });
  // Gentlest first, so two different steps are a hug then a check-in, or either of those then the talk,
  // which the one who wished for it opens.
  if (then !== 'talk') return r.hugThenCheckIn;
  const starts = plan.starts === 'me' ? 'you' : 'other';
  return (first === 'hug' ? r.hugThenTalk : r.checkInThenTalk)({ starts, partner });
}

/**
 * After both checked in: kind words for coming back early, on time or late,
 * one plan from the two wishes, and a bridge to a repair if the moment left a bruise.
 */
export function Reconnected({ pause, partner, onAnother }: { pause: PauseView; partner: string; onAnother(): void }) {
  const r = copy.reconnected;
  const mine = pause.myCheckIn?.nextStep;
  const theirs = pause.partnerCheckIn?.nextStep;
  const timing = pause.returnTiming ?? 'on_time';
  return (
    <div className="stack">
      <p className="reconnected-summary">{r.timing[timing]}</p>
      <Card title={r.nextTitle} className="reconnected">
        {mine && theirs ? (
          <>
            <p className="reconnected-plan">{planWords(mine, theirs, partner)}</p>
            {mine !== theirs && (
              <>
                <p className="muted small">
                  {r.yourNext({ plan: mine })} {r.partnerNext({ partner, plan: theirs })}
                </p>
                <p className="muted small">{r.planHint}</p>
              </>
            )}
          </>
        ) : (
          <>
            {mine && <p>{r.yourNext({ plan: mine })}</p>}
            {theirs && <p>{r.partnerNext({ partner, plan: theirs })}</p>}
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
