import { useState } from 'react';
import { Link } from 'wouter';
import { announce, Button, Card, classes } from '../../../core/web/ui';
import { partnerFallback, atStart } from '../../../core/web/partner-name';
import { useNow } from '../../../core/web/time';
import { useVersionedView } from '../../../core/web/versioned-view';
import type { HomeworkItem } from '../contract';
import { homeworkCopy as c } from '../copy';
import { checkinBeforeSessionSoon, dayStillAhead, dueDay } from '../gentle';
import { homeworkView } from './api';
import { HomeworkLiveSync } from './live-sync';
import { ReplyForm } from './reply-form';
import './homework.css';

/** The check-in's address (the check-in feature's own screen). */
const CHECKIN = '/check-in';

function Item({ item, partnerName, now }: { item: HomeworkItem; partnerName: string; now: Date }) {
  const [answering, setAnswering] = useState(false);
  const partner = atStart(partnerName);
  return (
    <li className="homework-item">
      <h3>{item.title}</h3>
      <p className="muted small">{item.why}</p>
      {item.note && <p className="homework-note">{item.note}</p>}
      <p className="small">{dayStillAhead(item.dueOn, now) ? c.home.suggestedFor({ day: dueDay(item.dueOn) }) : c.home.whenever}</p>
      {item.mine && (
        <p className="small">
          {item.mine.done ? c.home.mineDone : c.home.mineNotYet} {item.mine.howItWent && <q>{item.mine.howItWent}</q>}
        </p>
      )}
      {item.partner && (
        <p className="small">
          {item.partner.done ? c.home.partnerDone({ name: partner }) : c.home.partnerNotYet({ name: partner })} {item.partner.howItWent && <q>{item.partner.howItWent}</q>}
        </p>
      )}
      {answering ? (
        <ReplyForm
          item={item}
          onDone={() => {
            setAnswering(false);
            announce(c.home.saved);
          }}
        />
      ) : (
        <div className="homework-actions">
          {/* Named for its practice: a list of "Go there" links alone would not say where each goes. */}
          <Link href={item.path} className={classes('btn', 'btn-quiet')} aria-label={`${c.home.open}: ${item.title}`}>
            {c.home.open}
          </Link>
          <Button variant="secondary" onClick={() => setAnswering(true)} aria-label={`${item.mine ? c.home.change : c.home.howDidItGo} ${item.title}`}>
            {item.mine ? c.home.change : c.home.howDidItGo}
          </Button>
        </div>
      )}
    </li>
  );
}

/**
 * On home, below the way to a pause: the practices from the couple's sessions, each an invitation
 * with a suggested day (never a deadline, never red, no streaks), and each partner's own word on
 * how it went. A gentle line links to the check-in when the therapist asked for one before a
 * session that is a few days away.
 */
export function HomeworkCard({ partnerName }: { partnerName: string | null }) {
  const view = useVersionedView(homeworkView).data;
  const now = useNow(60_000);
  const checkinSoon = view ? checkinBeforeSessionSoon(view, now) : false;
  if (!view || (view.assignments.length === 0 && !checkinSoon)) return <HomeworkLiveSync />;
  return (
    <Card title={c.home.title} className="homework-card">
      <HomeworkLiveSync />
      {checkinSoon && (
        <p>
          {c.home.checkinSoon} <Link href={CHECKIN}>{c.home.checkinLink}</Link>
        </p>
      )}
      {view.assignments.length > 0 && (
        <>
          <p className="muted small">{c.home.intro}</p>
          <ul className="homework-list">
            {view.assignments.map((item) => (
              <Item key={item.id} item={item} partnerName={partnerName ?? partnerFallback()} now={now} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
