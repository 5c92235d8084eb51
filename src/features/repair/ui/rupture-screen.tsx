import { useParams } from 'wouter';
import { atStart } from '../../../core/web/partner-name';
import { formatDateTime } from '../../../core/web/time';
import { ButtonLink, Card, LoadFailed, Loading, Notice, Screen } from '../../../core/web/ui';
import { useRuptureWithRepair, type RepairView, type Rupture } from './api';
import { ActionsCard } from './actions-card';
import { CalmCheck, PartnerCalm } from './calm-check';
import { copy } from './copy';
import { usePartnerName } from './fields';
import { HowSeenCard } from './how-seen';
import { NoteCard } from './note-card';
import { RepairedCard } from './repaired-card';
import { Reveal } from './reveal';

/**
 * `/repair/:ruptureId`: one rough moment — how each of us saw it, side by
 * side — and where its repair stands: the calm check, then (once I have written) the wait, the reveal of both sides,
 * the actions, and "does this feel repaired?".
 */
export function RuptureScreen() {
  const { ruptureId } = useParams<{ ruptureId: string }>();
  const { ruptures, rupture, repair, pending } = useRuptureWithRepair(ruptureId);

  if (pending) return <Loading label={copy.loading} />;
  if (ruptures.isError) return <LoadFailed message={copy.loadFailed} retry={() => void ruptures.refetch()} />;
  if (!rupture) return <NotFound />;
  if (repair.isError) return <LoadFailed message={copy.loadFailed} retry={() => void repair.refetch()} />;
  return <RuptureDetail rupture={rupture} repair={repair.data ?? null} />;
}

function RuptureDetail({ rupture, repair }: { rupture: Rupture; repair: RepairView | null }) {
  const topic = copy.topics[rupture.topic];
  const calm = !repair || repair.iAmCalm !== true;
  const revealed = repair?.status === 'revealed';
  return (
    <Screen title={copy.detail.title({ topic })} className={revealed ? 'screen-wide repair-moment' : 'repair-moment'}>
      {rupture.repairedAt && (
        <Notice tone="success" role="status">
          <p>{copy.repaired.done}</p>
        </Notice>
      )}
      <p className="muted repair-when">
        {copy.detail.logged({ when: formatDateTime(rupture.createdAt) })}
        {rupture.fromPause && ` · ${copy.detail.fromPause}`}
      </p>
      <HowSeenCard rupture={rupture} />
      {revealed ? (
        <>
          <Reveal repair={repair} />
          <ActionsCard repair={repair} />
        </>
      ) : !rupture.repairedAt && calm ? (
        <CalmCheck ruptureId={rupture.id} repair={repair} />
      ) : repair && !rupture.repairedAt ? (
        <Writing repair={repair} ruptureId={rupture.id} />
      ) : null}
      <NoteCard rupture={rupture} />
      {(repair?.status === 'revealed' || rupture.iSayRepaired || rupture.partnerSaysRepaired) && <RepairedCard rupture={rupture} />}
      <ButtonLink href="/" variant="quiet">
        {copy.backToLog}
      </ButtonLink>
    </Screen>
  );
}

/** My side of the conversation before the reveal: start or continue writing, or wait — without hurry. */
function Writing({ repair, ruptureId }: { repair: RepairView; ruptureId: string }) {
  const partner = usePartnerName();
  const w = copy.waiting;
  if (repair.mySubmitted) {
    return (
      <Card title={w.title} className="repair-waiting">
        <p role="status">{repair.partnerIsCalm === true ? w.body({ partner: atStart(partner) }) : w.bodyNotStarted({ partner })}</p>
        {repair.partnerIsCalm !== true && <PartnerCalm repair={repair} partner={partner} />}
        <p className="muted">{w.editable}</p>
        <ButtonLink href={`/${ruptureId}/write`} variant="secondary">
          {w.edit}
        </ButtonLink>
      </Card>
    );
  }
  const started = Object.values(repair.mine).some((v) => typeof v === 'string' && v.trim());
  return (
    <Card title={copy.calm.readyTitle}>
      <p className="muted">{copy.steps.privateNote}</p>
      <PartnerCalm repair={repair} partner={partner} />
      {repair.partnerSubmitted && <p>{w.partnerDone({ partner: atStart(partner) })}</p>}
      <ButtonLink href={`/${ruptureId}/write`} block>
        {started ? copy.calm.continue : copy.calm.begin}
      </ButtonLink>
    </Card>
  );
}

function NotFound() {
  return (
    <Screen title={copy.detail.notFound}>
      <ButtonLink href="/" variant="secondary">
        {copy.backToLog}
      </ButtonLink>
    </Screen>
  );
}
