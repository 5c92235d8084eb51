import { Link } from 'wouter';
import { Button, Screen } from '../core/web/ui';
import { copy } from './copy';

/** Shown when the app opens without a connection (the service worker served the shell from its cache). */
export function OfflineScreen({ onRetry, busy }: { onRetry(): void; busy: boolean }) {
  return (
    <Screen title={copy.offline.title} intro={copy.offline.body.map((p) => <p key={p}>{p}</p>)}>
      <Button onClick={onRetry} busy={busy} block>
        {copy.offline.retry}
      </Button>
      <p className="muted small">
        {copy.offline.help} <Link href="/help">{copy.offline.helpLink}</Link>
      </p>
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
