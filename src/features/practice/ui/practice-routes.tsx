import { lazy, Suspense, useState } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { useMe } from '../../../core/web/session';
import { Button, Loading, Notice } from '../../../core/web/ui';
import { copy } from './copy';
import { PartnerNameProvider } from './fields';
import { PracticeLiveSync } from './live-sync';
import { TodayScreen } from './today-screen';
import './practice.css';

const RitualsScreen = lazy(() => import('./rituals-screen').then((m) => ({ default: m.RitualsScreen })));
const NotesScreen = lazy(() => import('./notes-screen').then((m) => ({ default: m.NotesScreen })));
const JoyScreen = lazy(() => import('./joy-screen').then((m) => ({ default: m.JoyScreen })));
const SeasonsScreen = lazy(() => import('./seasons-screen').then((m) => ({ default: m.SeasonsScreen })));
const StretchesScreen = lazy(() => import('./stretches-screen').then((m) => ({ default: m.StretchesScreen })));

/** Each section's path and the key of its name (read when shown, in the reader's language). */
const SECTIONS = [
  ['/', 'today'],
  ['/rituals', 'rituals'],
  ['/notes', 'notes'],
  ['/joy', 'joy'],
  ['/seasons', 'seasons'],
  ['/stretches', 'stretches'],
] as const;

/** The practice sections, one tap apart; the current one is marked for assistive tech too. */
function PracticeNav() {
  const [location] = useLocation();
  return (
    <nav aria-label={copy.nav.label} className="practice-nav">
      <ul>
        {SECTIONS.map(([href, key]) => (
          <li key={href}>
            <Link href={href} aria-current={location === href ? 'page' : undefined}>
              {copy.nav[key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Everything under /practice (nested: paths here are relative to it). The
 * live sync runs while any of these screens is open. `partnerName` comes from
 * the shell, which knows the couple (null while nobody has joined).
 */
export function PracticeRoutes({ partnerName }: { partnerName: string | null }) {
  const me = useMe();
  const name = partnerName ?? copy.yourPartner;
  const [reminder, setReminder] = useState(false);
  return (
    <PartnerNameProvider value={name}>
      <PracticeLiveSync myId={me.id} partnerName={name} onReminder={() => setReminder(true)} />
      <PracticeNav />
      {reminder && (
        <Notice tone="gentle" className="practice-reminder">
          <p>{copy.reminderArrived}</p>
          <Button variant="quiet" onClick={() => setReminder(false)}>
            {copy.dismiss}
          </Button>
        </Notice>
      )}
      <Suspense fallback={<Loading label={copy.loading} />}>
        <Switch>
          <Route path="/" component={TodayScreen} />
          <Route path="/rituals" component={RitualsScreen} />
          <Route path="/notes" component={NotesScreen} />
          <Route path="/joy" component={JoyScreen} />
          <Route path="/seasons" component={SeasonsScreen} />
          <Route path="/stretches" component={StretchesScreen} />
          <Route>
            <Redirect to="/" replace />
          </Route>
        </Switch>
      </Suspense>
    </PartnerNameProvider>
  );
}
