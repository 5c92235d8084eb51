import { ButtonLink, Card } from '../../../core/web/ui';
import { useVersionedView } from '../../../core/web/versioned-view';
import { checkinCopy as c } from '../copy';
import { weekView } from './api';
import { CheckinLiveSync } from './live-sync';

import { CHECKIN_PATH } from './path';

/**
 * On home: on the couple's check-in day while I have not checked in this week, an invitation
 * (never a nudge about my partner); with no day chosen yet, a quiet offer to pick one.
 */
export function CheckinCard() {
  const week = useVersionedView(weekView);
  const view = week.data;
  if (!view || view.mine) return <CheckinLiveSync />;
  if (view.day === null)
    return (
      <Card title={c.home.chooseTitle} className="checkin-card">
        <CheckinLiveSync />
        <p>{c.home.chooseDay}</p>
        <ButtonLink href={CHECKIN_PATH} variant="secondary">
          {c.home.choose}
        </ButtonLink>
      </Card>
    );
  if (view.day !== view.today) return <CheckinLiveSync />;
  return (
    <Card title={c.home.title} className="checkin-card">
      <CheckinLiveSync />
      <p>{c.home.body}</p>
      <ButtonLink href={CHECKIN_PATH} variant="secondary">
        {c.home.open}
      </ButtonLink>
    </Card>
  );
}
