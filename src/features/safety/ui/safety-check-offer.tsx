import { Button, ButtonLink, Card } from '../../../core/web/ui';
import { safetyCheckCopy as c } from '../safety-check-copy';
import { useDismissSafetyOffer, useSafetyCheck } from './safety-check-api';

/** Where the check lives: an address that reads as nothing in particular in a browser's history. */
export const SAFETY_CHECK_PATH = '/for-you';

/** Offered once after joining a space, on my home only, until I take it or say "not now". */
export function SafetyCheckOffer() {
  const check = useSafetyCheck();
  const dismiss = useDismissSafetyOffer();
  if (!check.data?.offer) return null;
  return (
    <Card title={c.offer.title} className="safety-check-offer">
      <p>{c.offer.body}</p>
      <div className="row">
        <ButtonLink href={SAFETY_CHECK_PATH} variant="secondary">
          {c.offer.take}
        </ButtonLink>
        <Button variant="quiet" busy={dismiss.isPending} onClick={() => dismiss.mutate()}>
          {c.offer.notNow}
        </Button>
      </div>
    </Card>
  );
}

/** The check in Settings, any time. */
export function SafetyCheckSettings() {
  const check = useSafetyCheck();
  return (
    <Card title={c.settings.title} id="for-you">
      <p className="muted">{check.data?.answers ? c.settings.answered : c.settings.body}</p>
      <ButtonLink href={SAFETY_CHECK_PATH} variant="secondary">
        {c.settings.open}
      </ButtonLink>
    </Card>
  );
}
