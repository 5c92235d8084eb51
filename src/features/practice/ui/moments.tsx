import { useState } from 'react';
import { announce, Button, Card, FormError } from '../../../core/web/ui';
import { useConfirmMoment, type Summary, type WaitingMoment } from './api';
import { copy } from './copy';

/**
 * "Sam enjoyed a moment with you": an invitation to keep a moment one of us
 * marked "together" as shared (it joins the week's shared moments once the
 * other says yes), never a check on whether it happened. "Not now" just puts
 * the card away on this device: nobody is told, and it lapses after a few days.
 */
export function WaitingMoments({ moments, partnerName }: { moments: WaitingMoment[]; partnerName: string }) {
  const [dismissed, setDismissed] = useState<string[]>([]);
  const shown = moments.filter((m) => !dismissed.includes(m.id));
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((m) => (
        <ConfirmCard key={m.id} moment={m} partnerName={partnerName} onDismiss={() => setDismissed((d) => [...d, m.id])} />
      ))}
    </>
  );
}

function ConfirmCard({ moment, partnerName, onDismiss }: { moment: WaitingMoment; partnerName: string; onDismiss(): void }) {
  const confirm = useConfirmMoment();
  return (
    <Card title={copy.confirm.title({ partner: partnerName })} className="practice-confirm">
      <p className="practice-confirm-what">{copy.confirm.what({ title: moment.title })}</p>
      <p>{copy.confirm.ask}</p>
      <FormError error={confirm.error} />
      <div className="row">
        <Button busy={confirm.isPending} onClick={() => confirm.mutate(moment.id, { onSuccess: () => announce(copy.confirm.counted) })}>
          {copy.confirm.yes}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            onDismiss();
            announce(copy.confirm.dismissed);
          }}
        >
          {copy.confirm.notNow}
        </Button>
      </div>
    </Card>
  );
}

/** The week's shared moments: only what was shared, never what was missed, and no number at all in a quiet week. */
export function WeekCount({ summary }: { summary: Summary }) {
  return (
    <Card title={copy.today.weekTitle} className="practice-week">
      <p className={summary.momentsThisWeek > 0 ? 'practice-week-count' : undefined}>{copy.today.week({ n: summary.momentsThisWeek })}</p>
      <p className="muted small">{copy.today.weekNote}</p>
    </Card>
  );
}
