import { atStart } from '../../../core/web/partner-name';
import { Button, Card, FormError } from '../../../core/web/ui';
import { useSayRepaired, type Rupture } from './api';
import { copy } from './copy';
import { usePartnerName } from './fields';

/** "Does this feel repaired?": each says so for themselves; it shows as repaired once both have. */
export function RepairedCard({ rupture }: { rupture: Rupture }) {
  const partner = usePartnerName();
  const say = useSayRepaired(rupture.id);
  const r = copy.repaired;
  if (rupture.repairedAt) return null;
  return (
    <Card title={r.title} className="repair-repaired">
      <p className="muted">{r.body}</p>
      {rupture.iSayRepaired ? (
        <p role="status">{copy.status.youSayRepaired({ partner })}</p>
      ) : (
        <>
          {rupture.partnerSaysRepaired && <p>{copy.status.partnerSaysRepaired({ partner: atStart(partner) })}</p>}
          <Button variant="secondary" onClick={() => say.mutate()} busy={say.isPending} block>
            {r.sayIt}
          </Button>
        </>
      )}
      <FormError error={say.error} />
    </Card>
  );
}
