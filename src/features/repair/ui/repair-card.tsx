import { Link } from 'wouter';
import { ButtonLink, Card } from '../../../core/web/ui';
import { useRuptures } from './api';
import { copy } from './copy';
import { openCount } from './rupture-log';
import './activity-words';
import './repair-card.css';

/** The home screen's way into rupture and repair (and the private journal). Small: it loads with home. */
export function RepairCard() {
  const ruptures = useRuptures();
  const open = ruptures.data ? openCount(ruptures.data) : 0;
  const c = copy.card;
  return (
    <Card title={c.title} className="repair-card">
      <p>{c.body}</p>
      {open > 0 && <p className="muted">{c.openCount({ n: open })}</p>}
      <ButtonLink href="/repair" variant="secondary" block>
        {c.open}
      </ButtonLink>
      <p className="small repair-card-journal">
        <Link href="/journal">{c.journal}</Link>
      </p>
    </Card>
  );
}
