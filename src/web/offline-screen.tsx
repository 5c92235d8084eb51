import { Link } from 'wouter';
import { useIsFetching } from '@tanstack/react-query';
import { refreshSession, sessionKey } from '../core/web/session';
import { Button, Screen } from '../core/web/ui';
import { copy } from './copy';
import { offlineCopy } from './offline-copy';

/**
 * Shown when the app opens without a connection (the service worker served the shell from its
 * cache): what works offline, what waits for a connection. `kept`: this phone knows who is signed
 * in (device-copies.ts), so their scripts, what helps them and their journal open too.
 */
export function OfflineScreen({ kept }: { kept: boolean }) {
  // Not useSession(): a new reader of a failed session would ask again on mount, and the app would show "Loading…" in between, again and again.
  const asking = useIsFetching({ queryKey: sessionKey }) > 0;
  const o = offlineCopy.offline;
  const needs = o.needsList;
  return (
    <Screen title={o.title} intro={<p>{o.intro}</p>}>
      <section className="card stack" aria-labelledby="offline-works">
        <h2 id="offline-works">{o.works}</h2>
        <ul className="offline-links">
          <li>
            <Link href="/pause">{o.pacer}</Link>
          </li>
          {kept && (
            <>
              <li>
                <Link href="/toolkit">{o.toolkit}</Link>
              </li>
              <li>
                <Link href="/journal">{o.journal}</Link>
              </li>
            </>
          )}
          <li>
            <Link href="/help">{o.help}</Link>
          </li>
        </ul>
      </section>
      <section className="stack" aria-labelledby="offline-needs">
        <h2 id="offline-needs">{o.needs}</h2>
        <ul className="muted offline-needs-list">
          <li>{needs.signal}</li>
          <li>{needs.pause}</li>
          <li>{needs.map}</li>
          <li>{needs.repair}</li>
          <li>{needs.practice}</li>
          <li>{needs.account}</li>
        </ul>
      </section>
      <Button onClick={() => void refreshSession()} busy={asking} block>
        {o.retry}
      </Button>
    </Screen>
  );
}

export function LoadFailedScreen({ onRetry, busy }: { onRetry(): void; busy: boolean }) {
  return (
    <Screen title={copy.loadFailed.title} intro={<p>{copy.loadFailed.body}</p>}>
      <Button onClick={onRetry} busy={busy} block>
        {copy.loadFailed.retry}
      </Button>
    </Screen>
  );
}

export function NotFoundScreen() {
  return (
    <Screen title={copy.notFound.title} intro={<p>{copy.notFound.body}</p>}>
      <a href="/" className="btn btn-primary btn-block">
        {copy.notFound.home}
      </a>
    </Screen>
  );
}
