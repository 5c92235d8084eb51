import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSearch } from 'wouter';
import { Button, ButtonLink, Card, Loading, Notice, Screen } from '../../../core/web/ui';
import { isLivePause, usePause, useUsualPause } from './api';
import { CUES, buzz } from './body-cues';
import { ComeBack } from './come-back';
import { copy } from './copy';
import { remainingMs } from './countdown';
import { DuringPause } from './during';
import { EndedNote, Reconnected } from './ended';
import { QuickPause } from './quick-pause';
import { RequestForm } from './request-form';
import { CountdownClock } from './countdown-clock';
import { IncomingRequest, WaitingForAnswer } from './requested';
import { useServerNow } from './server-clock';
import './pause.css';

/** How long a request that was taken back or closed unanswered is still mentioned. */
const RECENT_MS = 60 * 60 * 1000;

export interface PauseScreenProps {
  /** The partner's name (null while nobody has joined the space). */
  partnerName: string | null;
  /** The person's own phrases, offered first as tethers. */
  ownPhrases: readonly string[];
  playlistUrl: string | null;
  /** The "what helps me" lists, composed in by the app shell from the toolkit. */
  helps?: ReactNode;
  /** Beside the pacer during a pause: the person's own heart rate, composed in by the shell. */
  body?: (pause: { id: string; startedAt: string }) => ReactNode;
}

/** The regulated pause, from asking to coming back, on both screens from the same server state. */
export function PauseScreen({ partnerName, ownPhrases, playlistUrl, helps, body }: PauseScreenProps) {
  const query = usePause();
  const now = useServerNow();
  const search = useSearch();
  const [details, setDetails] = useState(() => new URLSearchParams(search).get('details') === '1');
  const [readyEarly, setReadyEarly] = useState<string | null>(null);
  const [timeUpFor, setTimeUpFor] = useState<string | null>(null);
  // The pause this screen saw live: only that one's ending is shown here. Opened afresh, the
  // screen is for a new pause, never the last one's.
  const [watched, setWatched] = useState<string | null>(null);

  const pause = query.data?.pause ?? null;
  const live = isLivePause(pause);
  const key = pause ? `${pause.id}:${pause.endsAt}` : null;
  const timeUp = pause?.status === 'active' && pause.endsAt !== null && remainingMs(pause.endsAt, now) === 0;
  useEffect(() => {
    if (live && pause) setWatched(pause.id);
  }, [live, pause?.id]);
  // Once this end time is reached on this screen, the check-in stays, even if a later clock sample
  // nudges the estimate back; the body feels it too.
  useEffect(() => {
    if (timeUp && key && timeUpFor !== key) {
      setTimeUpFor(key);
      buzz(CUES.timeUp);
    }
  }, [timeUp, key, timeUpFor]);

  const view = !pause ? 'ask' : pause.status === 'reconnected' && watched === pause.id ? 'reconnected' : !live ? 'ask' : pause.status;
  // Every pause screen opens at the top, where the time is.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const at = `${view}:${pause?.id ?? ''}`;
    if (shown.current !== null && shown.current !== at) window.scrollTo({ top: 0 });
    shown.current = at;
  }, [view, pause?.id]);

  if (query.isPending) return <Loading label={copy.loading} />;
  if (query.isError) {
    return (
      <Screen title={copy.title}>
        <Notice tone="problem" role="alert">
          {copy.loadFailed}
        </Notice>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {copy.retry}
        </Button>
      </Screen>
    );
  }
  const partner = partnerName ?? '';
  if (!partnerName) {
    return (
      <Screen title={copy.title}>
        <Notice tone="info">{copy.noPartner}</Notice>
        <ButtonLink href="/">{copy.home}</ButtonLink>
      </Screen>
    );
  }

  if (!isLivePause(pause)) {
    if (pause && view === 'reconnected') {
      return (
        <Screen title={copy.reconnected.title} className="pause-screen">
          <Reconnected pause={pause} partner={partner} onAnother={() => {
              setWatched(null);
              setDetails(false);
            }} />
        </Screen>
      );
    }
    const recentlyClosed = pause && pause.status !== 'reconnected' && pause.endedAt && now - Date.parse(pause.endedAt) < RECENT_MS;
    return (
      <Screen title={copy.title} intro={<p>{copy.request.intro}</p>} className="pause-screen">
        {recentlyClosed && <EndedNote pause={pause} />}
        <Card title={copy.quick.title}>
          <QuickPause onDetails={details ? null : () => setDetails(true)} />
        </Card>
        {details && <Details ownPhrases={ownPhrases} onHide={() => setDetails(false)} />}
      </Screen>
    );
  }

  if (pause.status === 'requested') {
    return pause.iAmRequester ? (
      <Screen title={copy.waiting.title} className="pause-screen">
        <WaitingForAnswer pause={pause} partner={partner} />
      </Screen>
    ) : (
      <Screen title={copy.incoming.title({ partner })} className="pause-screen">
        <IncomingRequest pause={pause} partner={partner} />
      </Screen>
    );
  }

  const comingBack = pause.status === 'returning' || timeUpFor === key || readyEarly === key || pause.myCheckIn !== null;
  return (
    <Screen title={comingBack ? copy.comeBack.title : copy.active.title} className="pause-screen">
      {comingBack ? (
        <div className="stack">
          {pause.status === 'active' && pause.endsAt && (
            <section className="pause-hero" aria-labelledby="countdown-label">
              <CountdownClock endsAt={pause.endsAt} />
            </section>
          )}
          <ComeBack
            pause={pause}
            partner={partner}
            onBack={readyEarly === key && timeUpFor !== key && pause.status === 'active' ? () => setReadyEarly(null) : undefined}
          />
        </div>
      ) : (
        <DuringPause pause={pause} partner={partner} playlistUrl={playlistUrl} helps={helps} body={body} onReadyEarly={() => setReadyEarly(key)} />
      )}
    </Screen>
  );
}

/** The full form, one tap from the ready pause, starting from the person's usual choices. */
function Details({ ownPhrases, onHide }: { ownPhrases: readonly string[]; onHide(): void }) {
  const usual = useUsualPause();
  if (!usual.data) return <Loading label={copy.loading} />;
  return (
    <section className="stack" aria-label={copy.request.detailsTitle}>
      <RequestForm ownPhrases={ownPhrases} usual={usual.data} />
      <Button variant="quiet" onClick={onHide}>
        {copy.request.hideDetails}
      </Button>
    </section>
  );
}
