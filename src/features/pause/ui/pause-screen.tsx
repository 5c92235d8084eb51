import { useEffect, useState, type ReactNode } from 'react';
import { Button, ButtonLink, Loading, Notice, Screen } from '../../../core/web/ui';
import { isLivePause, usePause } from './api';
import { ComeBack } from './come-back';
import { copy } from './copy';
import { remainingMs } from './countdown';
import { DuringPause } from './during';
import { EndedNote, Reconnected } from './ended';
import { RequestForm } from './request-form';
import { CountdownClock } from './countdown-clock';
import { IncomingRequest, WaitingForAnswer } from './requested';
import { useServerNow } from './server-clock';
import './pause.css';

/** How long a finished pause is still shown when someone opens this screen. */
const RECENT_MS = 60 * 60 * 1000;

export interface PauseScreenProps {
  /** The partner's name (null while nobody has joined the space). */
  partnerName: string | null;
  /** Phrases to offer as tethers: the person's own scripts first, then our suggestions. */
  tetherSuggestions: readonly string[];
  playlistUrl: string | null;
  /** The "what helps me" lists, composed in by the app shell from the toolkit. */
  helps?: ReactNode;
}

/** The regulated pause, from asking to coming back, on both screens from the same server state. */
export function PauseScreen({ partnerName, tetherSuggestions, playlistUrl, helps }: PauseScreenProps) {
  const query = usePause();
  const now = useServerNow();
  const [fresh, setFresh] = useState(false);
  const [readyEarly, setReadyEarly] = useState<string | null>(null);
  const [timeUpFor, setTimeUpFor] = useState<string | null>(null);

  const pause = query.data?.pause ?? null;
  const key = pause ? `${pause.id}:${pause.endsAt}` : null;
  const timeUp = pause?.status === 'active' && pause.endsAt !== null && remainingMs(pause.endsAt, now) === 0;
  // Once this end time is reached on this screen, the check-in stays, even if a later clock sample nudges the estimate back.
  useEffect(() => {
    if (timeUp && key) setTimeUpFor(key);
  }, [timeUp, key]);

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
    const recent = pause?.endedAt && now - Date.parse(pause.endedAt) < RECENT_MS && !fresh;
    if (pause && recent && pause.status === 'reconnected') {
      return (
        <Screen title={copy.reconnected.title} className="pause-screen">
          <Reconnected pause={pause} partner={partner} onAnother={() => setFresh(true)} />
        </Screen>
      );
    }
    return (
      <Screen title={copy.request.title} intro={<p>{copy.request.intro}</p>} className="pause-screen">
        {pause && recent && <EndedNote pause={pause} />}
        <RequestForm tetherSuggestions={tetherSuggestions} />
      </Screen>
    );
  }

  if (pause.status === 'requested') {
    return pause.iAmRequester ? (
      <Screen title={copy.waiting.title} className="pause-screen">
        <WaitingForAnswer pause={pause} partner={partner} />
      </Screen>
    ) : (
      <Screen title={copy.incoming.title(partner)} className="pause-screen">
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
            tetherSuggestions={tetherSuggestions}
            onBack={readyEarly === key && timeUpFor !== key && pause.status === 'active' ? () => setReadyEarly(null) : undefined}
          />
        </div>
      ) : (
        <DuringPause pause={pause} partner={partner} playlistUrl={playlistUrl} helps={helps} onReadyEarly={() => setReadyEarly(key)} />
      )}
    </Screen>
  );
}
