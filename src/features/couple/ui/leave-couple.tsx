import { useState } from 'react';
import { Button, Card, ConfirmDialog, FormError } from '../../../core/web/ui';
import { showFlash } from '../../../core/web/flash';
import { useCouple, useLeaveCouple } from './api';
import { copy } from './copy';
import { partnerOf } from './names';

/** The settings section for the shared space: where you are, and a gentle, always-available way to leave. */
export function LeaveCoupleSection() {
  const couple = useCouple({ fresh: true });
  const leave = useLeaveCouple();
  const [confirming, setConfirming] = useState(false);
  const data = couple.data;
  if (!data) return null;
  const partner = partnerOf(data);
  const l = copy.leave;

  return (
    <Card title={l.title} id="space">
      <p>{partner ? l.inSpaceWith({ space: data.name, partner: partner.displayName }) : l.inSpaceAlone({ space: data.name })}</p>
      <FormError error={leave.error} />
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {l.button}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={l.confirmTitle({ space: data.name })}
        confirmLabel={l.confirm}
        cancelLabel={l.stay}
        busy={leave.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          leave.mutate(undefined, {
            onSuccess: () => showFlash(l.done),
            onSettled: () => setConfirming(false),
          })
        }
      >
        {l.confirmBody.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <p>{partner ? l.partnerKeeps({ partner: partner.displayName }) : l.closes}</p>
        <p>{l.ownWordsFirst}</p>
      </ConfirmDialog>
    </Card>
  );
}
