import { useMe } from '../../../core/web/session';
import { ButtonLink, Card } from '../../../core/web/ui';
import { useCapacity, useSummary } from './api';
import { copy } from './copy';
import { localDay } from './dates';
import { PracticeLiveSync } from './live-sync';
import { WaitingMoments } from './moments';
import './practice.css';

/**
 * The home screen's card for daily practice: a shared moment to confirm, the
 * partner's capacity today, the week's shared moments (only when there are
 * some). No badges, nothing about what was missed. Light on purpose: the practice screens load on opening.
 */
export function PracticeCard({ partnerName }: { partnerName: string | null }) {
  const me = useMe();
  const name = partnerName ?? copy.yourPartner;
  const summary = useSummary();
  const capacity = useCapacity();
  const partner = capacity.data?.partner;
  const c = copy.capacity;
  return (
    <>
      <PracticeLiveSync myId={me.id} partnerName={name} />
      {summary.data && <WaitingMoments moments={summary.data.waitingForMe} partnerName={name} />}
      <Card title={copy.home.title} className="practice-home-card">
        {/* Only what was shared: a quiet week says nothing here. */}
        {summary.data && summary.data.momentsThisWeek > 0 && <p>{copy.today.week({ n: summary.data.momentsThisWeek })}</p>}
        {partner && partner.day >= localDay(new Date()) && <p className="muted">{c.partnerToday[partner.level]({ partner: name })}</p>}
        <ButtonLink href="/practice" variant="secondary" block>
          {copy.home.open}
        </ButtonLink>
      </Card>
    </>
  );
}
