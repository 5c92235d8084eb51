import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { Button, Loading, Notice, Screen } from '../../../core/web/ui';
import { refreshSession } from '../../../core/web/session';
import { ArriveTogether } from '../../../core/web/arrive-together';
import { useCouple } from './api';
import { ActivityFeed } from './activity-feed';
import { RenameCoupleForm } from './couple-name';
import { copy } from './copy';
import { PartnerCard } from './partner-card';
import './couple.css';

/**
 * The couple's home: the space's name, the partner's presence, and what has
 * happened, all kept live. `moment`: what a flooded person needs first (the
 * signal), shown at once; `children`: cards from other features, which arrive
 * together with what has happened. Both composed by the shell
 * (src/web/pages/home-page.tsx).
 */
export function HomeScreen({ moment, children }: { moment?: ReactNode; children?: ReactNode }) {
  const couple = useCouple();
  const [renaming, setRenaming] = useState(false);

  // The space ended while this tab was away (e.g. left on another device): follow the session.
  useEffect(() => {
    if (couple.isSuccess && couple.data === null) void refreshSession();
  }, [couple.isSuccess, couple.data]);

  if (couple.isPending) return <Loading label={copy.loading} />;
  if (couple.isError) {
    return (
      <div className="stack">
        <Notice tone="problem" role="alert">
          {copy.home.loadFailed}
        </Notice>
        <Button variant="secondary" onClick={() => void couple.refetch()}>
          {copy.home.retry}
        </Button>
      </div>
    );
  }

  const data = couple.data;
  if (!data) return <Loading label={copy.loading} />;
  return (
    <Screen
      title={data.name}
      titleAction={
        !renaming && (
          <Button variant="quiet" onClick={() => setRenaming(true)} aria-label={copy.home.renameNamed({ name: data.name })}>
            {copy.home.rename}
          </Button>
        )
      }
    >
      {renaming && <RenameCoupleForm current={data.named ? data.name : ''} onDone={() => setRenaming(false)} />}
      <PartnerCard couple={data} />
      {moment}
      <ArriveTogether>
        {children}
        <ActivityFeed members={data.members} />
        <p className="muted small">
          {copy.home.settingsHint} <Link href="/settings">{copy.home.settingsLink}</Link>
        </p>
      </ArriveTogether>
    </Screen>
  );
}
