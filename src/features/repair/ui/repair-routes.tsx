import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { partnerFallback } from '../../../core/web/partner-name';
import { useMe } from '../../../core/web/session';
import { Loading } from '../../../core/web/ui';
import { copy } from './copy';
import type { LatestPause } from './api';
import { PartnerNameProvider } from './fields';
import { RepairLiveSync } from './live-sync';
import { RuptureLogScreen } from './rupture-log-screen';
import './activity-words';
import './repair.css';

const LogRuptureScreen = lazy(() => import('./log-rupture-screen').then((m) => ({ default: m.LogRuptureScreen })));
const RuptureScreen = lazy(() => import('./rupture-screen').then((m) => ({ default: m.RuptureScreen })));
const WriteScreen = lazy(() => import('./write-screen').then((m) => ({ default: m.WriteScreen })));
const RolesScreen = lazy(() => import('./roles-screen').then((m) => ({ default: m.RolesScreen })));

/**
 * Everything under /repair (nested: paths here are relative to it). The live
 * sync runs while any of these screens is open. `partnerName` comes from the
 * shell, which knows the couple (null while nobody has joined); so does the
 * latest pause, which the pause feature keeps (one cache entry, its own live sync).
 */
export function RepairRoutes({ partnerName, latestPause }: { partnerName: string | null; latestPause: LatestPause | null | undefined }) {
  const me = useMe();
  const name = partnerName ?? partnerFallback();
  return (
    <PartnerNameProvider value={name}>
      <RepairLiveSync myId={me.id} partnerName={name} />
      <Suspense fallback={<Loading label={copy.loading} />}>
        <Switch>
          <Route path="/">
            <RuptureLogScreen latestPause={latestPause} />
          </Route>
          <Route path="/new" component={LogRuptureScreen} />
          {/* Said and meant lives with the pattern map now; an old link still finds it. */}
          <Route path="/phrasebook">
            <Redirect to="~/map/said-and-meant" replace />
          </Route>
          <Route path="/roles" component={RolesScreen} />
          <Route path="/:ruptureId/write" component={WriteScreen} />
          <Route path="/:ruptureId" component={RuptureScreen} />
          <Route>
            <Redirect to="/" replace />
          </Route>
        </Switch>
      </Suspense>
    </PartnerNameProvider>
  );
}
