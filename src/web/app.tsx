import { Suspense, lazy, useEffect, useState } from 'react';
import { wordsFor } from '../core/web/language';
import { Link, Route, Switch, useLocation } from 'wouter';
import { ApiError } from '../core/web/api';
import { LiveProvider, useLiveStatus } from '../core/web/live/live-provider';
import { useSession } from '../core/web/session';
import { Announcer, Loading, Notice, showBeforeSending, showBesideWordsAboutUs, showInEveryDialog } from '../core/web/ui';
import { AppLockAway } from '../features/accounts/ui/app-lock-away';
import { CoupleLiveSync, coupleCursor } from '../features/couple/ui';
import { DevicePushSync } from '../features/notifications/ui';
import { QuickExitButton, SafetyHint, useShiftThreeTimesToLeave } from '../features/safety/ui';
import '../features/safety/ui/quick-exit.css';
import { copy } from './copy';
import { ErrorBoundary } from './error-boundary';
import { FlashNotice } from './flash-notice';
import { HelpPage } from './help-page';
import { LoadFailedScreen } from './offline-screen';
import { InTheMoment } from './pages/in-the-moment';
import { AppRoutes, OfflineRoutes } from './routes';

// "Check my words" loads with the first field that has it, and its phrase lists only on the first tap.
const CheckMyWords = lazy(() => import('../features/words/ui/check-my-words').then(wordsFor));
// Sending journal entries written offline: only for someone signed in, so not in the first screen's scripts.
const JournalOutboxSync = lazy(() => import('../features/repair/ui/journal-outbox').then((m) => ({ default: m.JournalOutboxSync })));
// Only a device whose app lock came on needs the lock screen: it loads then.
const AppLockScreen = lazy(() => import('../features/accounts/ui/app-lock-screen').then(wordsFor).then((m) => ({ default: m.AppLockScreen })));

// A modal dialog puts the header out of reach; the quick exit must never be.
showInEveryDialog(() => <QuickExitButton />);
// Beside words about the relationship: a quiet offer of help when they suggest harm or fear (on the device only).
showBesideWordsAboutUs((text) => <SafetyHint text={text} />);
// Beside words the partner will read: an optional check before sending, on the device only.
showBeforeSending((text, use) => (
  <Suspense fallback={null}>
    <CheckMyWords text={text} onUse={use} />
  </Suspense>
));

const noCursor = async () => null;

/** The frame every screen sits in: skip link, header, one main landmark, footer, live region. */
export function App() {
  useShiftThreeTimesToLeave();
  const session = useSession();
  const [location] = useLocation();
  const user = session.data?.user ?? null;
  const appLock = session.data?.appLock;
  // Opened without a connection, as the person this phone last knew: only the calm tools, nothing that needs the server.
  const offline = session.data?.offline === true;
  // A therapist is in no space: their socket follows no couple's events, only what they may see.
  const partner = user?.kind === 'partner' && !offline ? user : null;
  useEffect(() => {
    if (!offline && !session.isError) return;
    // Back online: the real session, and with it the whole app (and the journal's outbox sends).
    const again = () => void session.refetch();
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [offline, session.isError]);
  // A new screen opens at its top (wouter keeps the old scroll): what matters is there.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location]);

  let content;
  if (session.isPending) content = <Loading label={copy.loading} />;
  else if (session.isError && !session.data) {
    const retry = () => void session.refetch();
    // Help needs no connection, so it stays reachable even when nothing else is.
    content =
      session.error instanceof ApiError && session.error.isOffline ? (
        <OfflineRoutes kept={false} />
      ) : (
        <Switch>
          <Route path="/help" component={HelpPage} />
          <Route>
            <LoadFailedScreen onRetry={retry} busy={session.isFetching} />
          </Route>
        </Switch>
      );
  } else if (offline) content = <OfflineRoutes kept />;
  else if (session.data?.locked) {
    // Locked: nothing of the person's is on screen or in the cache; help and the quick exit stay.
    content = (
      <Switch>
        <Route path="/help" component={HelpPage} />
        <Route>
          <Suspense fallback={<Loading label={copy.loading} />}>
            <AppLockScreen />
          </Suspense>
        </Route>
      </Switch>
    );
  } else content = <AppRoutes user={user} />;

  return (
    <LiveProvider userId={offline ? null : (user?.id ?? null)} cursor={partner ? coupleCursor : noCursor}>
      {partner && <CoupleLiveSync />}
      {partner && <DevicePushSync userId={partner.id} />}
      {partner && (
        <Suspense fallback={null}>
          <JournalOutboxSync userId={partner.id} />
        </Suspense>
      )}
      {user && appLock && <AppLockAway lockAfterMinutes={appLock.lockAfterMinutes} />}
      <a className="skip-link" href="#main">
        {copy.skipToContent}
      </a>
      <Header settings={Boolean(user) && !offline} />
      <main id="main" className="site-main" tabIndex={-1}>
        {user && <ConnectionBanner />}
        <FlashNotice />
        {user?.coupleId && !offline && <InTheMoment myId={user.id} />}
        <ErrorBoundary key={location}>{content}</ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{copy.footer.note}</p>
        <p>
          <Link href="/help">{copy.footer.help}</Link>
        </p>
      </footer>
      <Announcer />
    </LiveProvider>
  );
}

function Header({ settings }: { settings: boolean }) {
  const [location] = useLocation();
  return (
    <header className="site-header">
      <Link href="/" className="brand" aria-label={copy.homeLink}>
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>{copy.brand}</span>
      </Link>
      <nav aria-label={copy.nav} className="header-nav">
        <Link href="/help" className="header-link help-link" aria-current={location === '/help' ? 'page' : undefined}>
          {copy.needHelp}
        </Link>
        {settings && (
          <Link href="/settings" className="header-link" aria-current={location === '/settings' ? 'page' : undefined}>
            {copy.settings}
          </Link>
        )}
      </nav>
      <QuickExitButton />
    </header>
  );
}

/**
 * Says so when live updates are paused: offline, or the socket is
 * reconnecting for more than a moment (short blips are not worth a message).
 */
function ConnectionBanner() {
  const status = useLiveStatus();
  const online = useOnline();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (status === 'open') {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  if (online && !slow) return null;
  return (
    <Notice tone="info" role="status" className="connection-banner">
      {online ? copy.connection.reconnecting : copy.connection.offline}
    </Notice>
  );
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
