import { useIsFetching, useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

/** A query still on its first answer (a refetch of data already shown does not count). */
const firstAnswer = (query: Query) => query.state.status === 'pending';

/** Long enough for a slow phone's first answers; short enough that one slow card never hides the rest for long. */
export const ARRIVE_TOGETHER_AT_MOST_MS = 2500;

/**
 * Shows its children once no request on the page is still on its first answer (theirs among them:
 * react-query's cache cannot tell whose), all at once, rather than each part as its own answer arrives: a card appearing late would push what is below it — under a
 * thumb about to tap — down the screen. Held at most ARRIVE_TOGETHER_AT_MOST_MS; once shown,
 * it stays shown. While held, the children are mounted (so their requests start together) but
 * not drawn.
 */
export function ArriveTogether({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const waiting = useIsFetching({ predicate: firstAnswer });
  const [shown, setShown] = useState(false);
  // The children's requests start in their own effects, which run before these.
  useEffect(() => {
    if (!shown && client.isFetching({ predicate: firstAnswer }) === 0) setShown(true);
  }, [client, shown, waiting]);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), ARRIVE_TOGETHER_AT_MOST_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div hidden={!shown} className="arrive-together">
      {children}
    </div>
  );
}
