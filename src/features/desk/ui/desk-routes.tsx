import type { ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { CoupleDeskScreen } from './couple-screen';
import { DeskScreen } from './desk-screen';
import { useDeskLive } from './desk-live';
import { PrepScreen } from './prep-screen';
import './desk.css';

export interface DeskSlots {
  /** Homework's "Assign a practice" panel for one couple (mounted by the shell). */
  assignPractice?: (coupleId: string) => ReactNode;
  /** The couple's private messages to this therapist (mounted by the shell). */
  privateMessages?: (coupleId: string) => ReactNode;
}

/** The desk's screens under /desk, live to consent changes while any of them is open. */
export function DeskRoutes({ assignPractice, privateMessages }: DeskSlots) {
  useDeskLive();
  return (
    <Switch>
      <Route path="/">
        <DeskScreen />
      </Route>
      <Route path="/couples/:coupleId/prep">{({ coupleId }) => <PrepScreen coupleId={coupleId} />}</Route>
      <Route path="/couples/:coupleId">
        {({ coupleId }) => <CoupleDeskScreen key={coupleId} coupleId={coupleId} assignPractice={assignPractice?.(coupleId)} privateMessages={privateMessages?.(coupleId)} />}
      </Route>
      <Route>
        <Redirect to="/" replace />
      </Route>
    </Switch>
  );
}
