import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { wordsFor } from '../core/web/language';
import { Redirect, Route, Switch } from 'wouter';
import type { Me } from '../core/web/api';
import { Loading } from '../core/web/ui';
import { copy } from './copy';
import { HelpPage } from './help-page';
import { SAFETY_CHECK_PATH } from '../features/safety/ui';
import { CHECKIN_PATH } from '../features/checkin/ui/path';
import { TELL_THERAPIST_PATH } from '../features/tell-therapist/ui/path';
import { HEART_PATH } from '../features/heart/ui/path';
import { NotFoundScreen, OfflineScreen } from './offline-screen';
// The first screen of a first visit comes with the entry script instead of as a chunk of its own,
// so a phone on mobile data does not wait one more round trip before it sees anything.
import { WelcomeScreen } from '../features/accounts/ui/welcome-screen';

/**
 * Each screen is its own chunk, so the first screen loads only what it needs.
 * A chunk that fails to load usually means a new version was deployed while
 * this tab was open (old chunk names are gone): reload once to pick it up.
 */
function screen<T extends Record<string, unknown>, K extends keyof T>(load: () => Promise<T>, name: K) {
  return lazy(async () => {
    try {
      const module = await wordsFor(await load());
      sessionStorage.removeItem(RELOADED);
      return { default: module[name] as ComponentType };
    } catch (error) {
      if (navigator.onLine && !sessionStorage.getItem(RELOADED)) {
        sessionStorage.setItem(RELOADED, '1');
        location.reload();
        return new Promise<never>(() => {});
      }
      throw error;
    }
  });
}
const RELOADED = 'offbeat.reloaded-for-new-version';

const SignupScreen = screen(() => import('../features/accounts/ui/signup-screen'), 'SignupScreen');
const LoginScreen = screen(() => import('../features/accounts/ui/login-screen'), 'LoginScreen');
const ForgotPasswordScreen = screen(() => import('../features/accounts/ui/password-reset-screens'), 'ForgotPasswordScreen');
const ResetPasswordScreen = screen(() => import('../features/accounts/ui/password-reset-screens'), 'ResetPasswordScreen');
const VerifyEmailScreen = screen(() => import('../features/accounts/ui/verify-email-screen'), 'VerifyEmailScreen');
const loadSettings = () => import('./pages/settings-page');
const SettingsPage = screen(loadSettings, 'SettingsPage');
const CreateCoupleScreen = screen(() => import('../features/couple/ui/create-couple-screen'), 'CreateCoupleScreen');
const HomePage = screen(() => import('./pages/home-page'), 'HomePage');
const InviteScreen = screen(() => import('../features/couple/ui/invite-screen'), 'InviteScreen');
const JoinPage = screen(() => import('./pages/join-page'), 'JoinPage');
const loadPause = () => import('./pages/pause-page');
const PausePage = screen(loadPause, 'PausePage');
const loadToolkit = () => import('./pages/toolkit-page');
const ToolkitPage = screen(loadToolkit, 'ToolkitPage');
const loadMap = () => import('../features/pattern-map/ui/map-routes');
const PatternMapRoutes = screen(loadMap, 'PatternMapRoutes');
const loadRepair = () => import('./pages/repair-page');
const RepairPage = screen(loadRepair, 'RepairPage');
const loadJournal = () => import('./pages/journal-page');
const JournalPage = screen(loadJournal, 'JournalPage');
const loadPractice = () => import('./pages/practice-page');
const PracticePage = screen(loadPractice, 'PracticePage');
const loadCheckin = () => import('./pages/checkin-page');
const CheckinPage = screen(loadCheckin, 'CheckinPage');
const loadInsights = () => import('./pages/insights-page');
const InsightsPage = screen(loadInsights, 'InsightsPage');
const TellTherapistScreen = screen(() => import('../features/tell-therapist/ui/tell-therapist-screen'), 'TellTherapistScreen');
const TherapistSignupScreen = screen(() => import('../features/accounts/ui/therapist-signup-screen'), 'TherapistSignupScreen');
const ConnectPage = screen(() => import('./pages/connect-page'), 'ConnectPage');
const DeskConnectScreen = screen(() => import('../features/therapist/ui/desk-connect-screen'), 'DeskConnectScreen');
const SafetyCheckScreen = screen(() => import('../features/safety/ui/safety-check-screen'), 'SafetyCheckScreen');
const HeartScreen = screen(() => import('../features/heart/ui/heart-screen'), 'HeartScreen');
const DeskPage = screen(() => import('./pages/desk-page'), 'DeskPage');
const SoloPausePage = screen(() => import('./pages/solo-pause-page'), 'SoloPausePage');

/** Addresses that open one screen for a signed-in partner, with that screen's code. */
const SCREENS_BY_ADDRESS: Array<[prefix: string, load: () => Promise<unknown>]> = [
  ['/map', loadMap],
  ['/pause', loadPause],
  ['/repair', loadRepair],
  ['/practice', loadPractice],
  ['/insights', loadInsights],
  ['/journal', loadJournal],
  ['/toolkit', loadToolkit],
  ['/settings', loadSettings],
  [CHECKIN_PATH, loadCheckin],
];

/**
 * Asks for the code of the screen `pathname` opens while the session is still being asked for,
 * rather than once it has answered: on mobile data that is a round trip less before the screen.
 * (Home's address is also the welcome screen's, so it waits for the session.)
 */
export function startLoadingScreenFor(pathname: string): void {
  const found = SCREENS_BY_ADDRESS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  // A failure shows when the screen itself loads (and reloads once, above); here it is only early.
  found?.[1]().catch(() => {});
}

/**
 * Without a connection only the calm tools open (their chunks are precached): the pacer and
 * help always; scripts, what helps me and the journal when this phone kept the person's copies
 * (`kept`). Every other address says what works offline and what waits for a connection.
 */
export function OfflineRoutes({ kept }: { kept: boolean }) {
  return (
    <Suspense fallback={<Loading label={copy.loading} />}>
      <Switch>
        <Route path="/help" component={HelpPage} />
        <Route path="/pause" component={SoloPausePage} />
        <Route path="/toolkit">{kept ? <ToolkitPage /> : <OfflineScreen kept={false} />}</Route>
        <Route path="/journal">{kept ? <JournalPage /> : <OfflineScreen kept={false} />}</Route>
        <Route>
          <OfflineScreen kept={kept} />
        </Route>
      </Switch>
    </Suspense>
  );
}

/** Which screen each address shows, for someone signed out, signed in alone, or in a couple space. */
export function AppRoutes({ user }: { user: Me | null }) {
  const signedIn = (node: ReactNode) => (user ? node : <Redirect to="/" replace />);
  const signedOut = (node: ReactNode) => (user ? <Redirect to="/" replace /> : node);
  // A therapist's app is their desk: no partner screen ever shows for them.
  if (user?.kind === 'therapist') {
    return (
      <Suspense fallback={<Loading label={copy.loading} />}>
        <Switch>
          <Route path="/help" component={HelpPage} />
          {/* A couple's link to connect, from either side; and the therapist's own page to make one. */}
          <Route path="/connect" component={ConnectPage} />
          <Route path="/desk/connect" component={DeskConnectScreen} />
          {/* Their own account: name, sessions, app lock, password, closing it. */}
          <Route path="/settings" component={SettingsPage} />
          <Route path="/reset-password" component={ResetPasswordScreen} />
          <Route path="/verify-email" component={VerifyEmailScreen} />
          <Route path="/desk" nest>
            <DeskPage />
          </Route>
          <Route>
            <Redirect to="/desk" replace />
          </Route>
        </Switch>
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Loading label={copy.loading} />}>
      <Switch>
        <Route path="/help" component={HelpPage} />
        <Route path="/join" component={JoinPage} />
        <Route path="/signup/therapist" component={TherapistSignupScreen} />
        <Route path="/signup">{signedOut(<SignupScreen />)}</Route>
        <Route path="/connect" component={ConnectPage} />
        <Route path="/login">{signedOut(<LoginScreen />)}</Route>
        <Route path="/forgot-password">{signedOut(<ForgotPasswordScreen />)}</Route>
        {/* Open whoever is signed in here: the link is the mailbox's, and a reset ends every session anyway. */}
        <Route path="/reset-password" component={ResetPasswordScreen} />
        <Route path="/verify-email" component={VerifyEmailScreen} />
        <Route path="/settings">{signedIn(<SettingsPage />)}</Route>
        <Route path="/invite">{signedIn(user?.coupleId ? <InviteScreen /> : <Redirect to="/" replace />)}</Route>
        <Route path="/pause">{signedIn(user?.coupleId ? <PausePage /> : <Redirect to="/" replace />)}</Route>
        <Route path="/toolkit">{signedIn(<ToolkitPage />)}</Route>
        <Route path="/map" nest>{user?.coupleId ? <PatternMapRoutes /> : <Redirect to="~/" replace />}</Route>
        <Route path="/repair" nest>{user?.coupleId ? <RepairPage /> : <Redirect to="~/" replace />}</Route>
        <Route path={CHECKIN_PATH}>{user?.coupleId ? <CheckinPage /> : <Redirect to="/" replace />}</Route>
        <Route path={TELL_THERAPIST_PATH}>{user?.coupleId ? <TellTherapistScreen /> : <Redirect to="/" replace />}</Route>
        <Route path={SAFETY_CHECK_PATH}>{signedIn(<SafetyCheckScreen />)}</Route>
        <Route path={HEART_PATH}>{user?.coupleId ? <HeartScreen /> : <Redirect to="/" replace />}</Route>
        <Route path="/journal">{signedIn(<JournalPage />)}</Route>
        <Route path="/insights">{user?.coupleId ? <InsightsPage /> : <Redirect to="/" replace />}</Route>
        <Route path="/practice" nest>{user?.coupleId ? <PracticePage /> : <Redirect to="~/" replace />}</Route>
        <Route path="/">{!user ? <WelcomeScreen /> : user.coupleId ? <HomePage /> : <CreateCoupleScreen />}</Route>
        <Route component={NotFoundScreen} />
      </Switch>
    </Suspense>
  );
}
