import { Button, Card, Loading, Notice } from '../../../core/web/ui';
import { formatRelative, useNow } from '../../../core/web/time';
import type { CoupleMember } from '../contract';
import { useActivity } from './api';
import { copy } from './copy';
import { feedLines } from './names';

/** The couple's shared history, newest first; live events arrive on top (see live-sync). */
export function ActivityFeed({ members }: { members: CoupleMember[] }) {
  const activity = useActivity();
  const now = useNow();
  const items = feedLines(activity.data?.pages.flatMap((p) => p.items) ?? [], members);
  return (
    <Card title={copy.activity.title}>
      {activity.isPending && <Loading label={copy.loading} />}
      {activity.isError && <Notice tone="problem">{copy.activity.loadFailed}</Notice>}
      {activity.isSuccess && items.length === 0 && <p className="muted">{copy.activity.empty}</p>}
      {items.length > 0 && (
        <ol className="feed" aria-label={copy.activity.title}>
          {items.map(({ item, text }) => (
            <li key={item.seq} className="feed-item">
              <span className="feed-text">{text}</span>
              <time className="feed-time" dateTime={item.createdAt}>
                {formatRelative(item.createdAt, now, copy.justNow)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {activity.hasNextPage && (
        <Button variant="quiet" busy={activity.isFetchingNextPage} onClick={() => void activity.fetchNextPage()}>
          {copy.activity.more}
        </Button>
      )}
    </Card>
  );
}
