import { atStart } from '../../../core/web/partner-name';
import { formatDateTime } from '../../../core/web/time';
import { Button, FormError } from '../../../core/web/ui';
import { useActionStep, type RepairAction, type RepairView } from './api';
import { copy } from './copy';
import { usePartnerName } from './fields';
import { formatDay } from './rupture-log';

/**
 * What each of us said we would do, tracked to done: the one who took it on
 * marks it done, the other lets them know they noticed.
 */
export function ActionsCard({ repair }: { repair: RepairView }) {
  const step = useActionStep(repair.id);
  const a = copy.actions;
  const ordered = [...repair.actions].sort((x, y) => Number(y.mine) - Number(x.mine));
  return (
    <section className="card repair-actions" aria-labelledby="actions-title">
      <h2 id="actions-title" className="card-title">
        {a.title}
      </h2>
      <p className="muted">{a.intro}</p>
      {ordered.length === 0 ? (
        <p className="muted">{a.empty}</p>
      ) : (
        <ul className="repair-action-list">
          {ordered.map((action) => (
            <ActionItem
              key={action.id}
              action={action}
              busy={step.isPending && step.variables?.actionId === action.id}
              onDone={() => step.mutate({ actionId: action.id, step: 'done' })}
              onAcknowledge={() => step.mutate({ actionId: action.id, step: 'acknowledge' })}
            />
          ))}
        </ul>
      )}
      <FormError error={step.error} />
    </section>
  );
}

function ActionItem({ action, busy, onDone, onAcknowledge }: { action: RepairAction; busy: boolean; onDone(): void; onAcknowledge(): void }) {
  const partner = usePartnerName();
  const a = copy.actions;
  return (
    <li className={action.doneAt ? 'repair-action repair-action-done' : 'repair-action'}>
      <p className="repair-side-who">{action.mine ? a.yours : a.theirs({ partner: atStart(partner) })}</p>
      <p className="repair-action-text">{action.text}</p>
      <p className="muted small">{action.dueOn ? a.due({ date: formatDay(action.dueOn) }) : a.noDate}</p>
      {action.doneAt ? (
        <p className="repair-action-status">{action.mine ? a.doneOn({ date: formatDateTime(action.doneAt) }) : `${a.partnerDone({ partner: atStart(partner) })} · ${formatDateTime(action.doneAt)}`}</p>
      ) : (
        !action.mine && <p className="muted small">{a.notDoneYet}</p>
      )}
      {action.acknowledgedAt ? (
        <p className="repair-heard">{action.mine ? a.acknowledged({ partner: atStart(partner) }) : a.youAcknowledged}</p>
      ) : action.mine ? (
        action.doneAt ? (
          <p className="muted small">{a.waitingForAck({ partner: atStart(partner) })}</p>
        ) : (
          <Button onClick={onDone} busy={busy}>
            {a.markDone}
          </Button>
        )
      ) : (
        action.doneAt && (
          <Button onClick={onAcknowledge} busy={busy}>
            {a.acknowledge}
          </Button>
        )
      )}
    </li>
  );
}
