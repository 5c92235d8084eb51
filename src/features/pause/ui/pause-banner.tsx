import { Link } from 'wouter';
import { isLivePause, usePause } from './api';
import { copy } from './copy';
import { formatClockTime } from './countdown';
import './pause-banner.css';

/**
 * A live pause, visible from every other screen: a pause never silently
 * disappears, so both always see that it is on and when it ends.
 */
export function PauseBanner({ partnerName }: { partnerName: string | null }) {
  const { data } = usePause();
  const pause = data?.pause;
  if (!isLivePause(pause)) return null;
  let text: string;
  let action: string = copy.banner.open;
  if (pause.status === 'requested') {
    text = pause.iAmRequester ? copy.banner.mine : copy.banner.incoming({ partner: partnerName ?? '' });
    if (!pause.iAmRequester) action = copy.banner.seeRequest;
  } else if (pause.status === 'active' && pause.endsAt) {
    text = copy.banner.active({ time: formatClockTime(pause.endsAt) });
  } else {
    text = copy.banner.returning;
  }
  return (
    <aside className="pause-banner" aria-label={copy.title}>
      <p>{text}</p>
      <Link href="/pause" className="btn btn-primary">
        {action}
      </Link>
    </aside>
  );
}
