import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { Loading } from '../../../core/web/ui';
import { copy } from './copy';
import { MapLiveSync } from './map-live';
import { LoopScreen } from './loop-screen';
import { GuidedStartScreen } from './guided-start-screen';
import './pattern-map.css';

const ContractsScreen = lazy(() => import('./contracts-screen').then((m) => ({ default: m.ContractsScreen })));
const SaidAndMeantScreen = lazy(() => import('./said-and-meant-screen').then((m) => ({ default: m.SaidAndMeantScreen })));
const HistoryScreen = lazy(() => import('./history-screen').then((m) => ({ default: m.HistoryScreen })));
const MapsScreen = lazy(() => import('./maps-screen').then((m) => ({ default: m.MapsScreen })));
const PrintScreen = lazy(() => import('./print-screen').then((m) => ({ default: m.PrintScreen })));

/**
 * Everything under /map (nested: paths here are relative to it). The whole
 * pattern map, Yjs included, is loaded only when someone opens it. The live
 * sync is mounted for all of these screens at once.
 */
export function PatternMapRoutes() {
  return (
    <>
      <MapLiveSync />
      <Suspense fallback={<Loading label={copy.loading} />}>
        <Switch>
          <Route path="/" component={LoopScreen} />
          <Route path="/start" component={GuidedStartScreen} />
          <Route path="/contracts" component={ContractsScreen} />
          <Route path="/said-and-meant" component={SaidAndMeantScreen} />
          <Route path="/history" component={HistoryScreen} />
          <Route path="/maps" component={MapsScreen} />
          <Route path="/print" component={PrintScreen} />
          <Route>
            <Redirect to="/" replace />
          </Route>
        </Switch>
      </Suspense>
    </>
  );
}
