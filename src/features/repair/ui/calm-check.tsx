import { atStart } from '../../../core/web/partner-name';
import { Button, ButtonLink, Card, FormError, Notice } from '../../../core/web/ui';
import { useCalmCheck, type RepairView } from './api';
import { copy } from './copy';
import { usePartnerName } from './fields';

/**
 * "Are you both calm enough?" before any words: each answers for themselves,
 * and sees the partner's answer without being pushed by it. "Not yet" is a
 * full answer, met with ways to settle rather than a countdown.
 */
export function CalmCheck({ ruptureId, repair }: { ruptureId: string; repair: RepairView | null }) {
  const partner = usePartnerName();
  const check = useCalmCheck(ruptureId);
  const c = copy.calm;
  const notYet = repair?.iAmCalm === false;

  return (
    <Card title={c.title} className="repair-calm">
      {c.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {repair && <PartnerCalm repair={repair} partner={partner} />}
      {notYet ? (
        <>
          <Notice tone="gentle" title={c.notYetTitle}>
            <p>{c.notYetBody}</p>
          </Notice>
          <div className="stack">
            <Button onClick={() => check.mutate(true)} busy={check.isPending && check.variables === true} block>
              {c.readyNow}
            </Button>
            <ButtonLink href="~/pause" variant="secondary" block>
              {c.pauseLink}
            </ButtonLink>
          </div>
        </>
      ) : (
        <fieldset className="repair-calm-question">
          <legend className="field-label">{c.question}</legend>
          <div className="stack">
            <Button onClick={() => check.mutate(true)} busy={check.isPending && check.variables === true} block>
              {c.yes}
            </Button>
            <Button variant="secondary" onClick={() => check.mutate(false)} busy={check.isPending && check.variables === false} block>
              {c.no}
            </Button>
          </div>
        </fieldset>
      )}
      <FormError error={check.error} />
    </Card>
  );
}

/** Where the partner is, said once and kindly; never a nudge. */
export function PartnerCalm({ repair, partner }: { repair: RepairView; partner: string }) {
  const c = copy.calm;
  const text = repair.partnerIsCalm === true ? c.partnerYes({ partner: atStart(partner) }) : repair.partnerIsCalm === false ? c.partnerNo({ partner: atStart(partner) }) : c.partnerUnknown({ partner });
  return (
    <p className="repair-partner-calm" data-calm={String(repair.partnerIsCalm)}>
      {text}
    </p>
  );
}
