import { useEffect, useState } from 'react';
import { Button, ButtonLink } from '../../../core/web/ui';
import { formatRelative, useNow } from '../../../core/web/time';
import { markReceived, useLoopName, useSignals } from './api';
import { copy } from './copy';
import { incomingToShow } from './show';
import './incoming-signal.css';

const PUT_AWAY = 'offbeat.signals.put-away';

function readPutAway(): Set<string> {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(PUT_AWAY) ?? '[]');
    return new Set(Array.isArray(ids) ? ids.filter((i): i is string => typeof i === 'string') : []);
  } catch {
    return new Set();
  }
}

function putAway(id: string): Set<string> {
  const ids = [...readPutAway(), id].slice(-30);
  try {
    localStorage.setItem(PUT_AWAY, JSON.stringify(ids));
  } catch {
    // Private mode: the card still goes away for this visit.
  }
  return new Set(ids);
}

/**
 * The partner's signal, as a kind card on whatever screen this person is on.
 * Showing it while the page is visible marks it seen, so the sender knows it landed.
 */
export function IncomingSignal({ partnerName }: { partnerName: string | null }) {
  const signals = useSignals();
  const now = useNow(30_000);
  const [dismissed, setDismissed] = useState(readPutAway);
  const signal = incomingToShow(signals.data, now.getTime(), dismissed);
  // The loop's name is only needed for a card that shows.
  const loop = useLoopName(signal !== null);
  const signalId = signal?.status === 'seen' ? null : (signal?.id ?? null);

  useEffect(() => {
    if (!signalId) return;
    let done = false;
    const markSeen = () => {
      if (done || document.visibilityState !== 'visible') return;
      done = true;
      markReceived(signalId, 'seen').catch(() => (done = false));
    };
    markSeen();
    document.addEventListener('visibilitychange', markSeen);
    return () => document.removeEventListener('visibilitychange', markSeen);
  }, [signalId]);

  if (!signal) return null;
  const partner = partnerName ?? '';
  const title = loop.data ? copy.incoming.titleNamed(partner, loop.data) : copy.incoming.title(partner);
  return (
    <section className="incoming-signal" aria-labelledby="incoming-signal-title" data-signal-id={signal.id}>
      <h2 id="incoming-signal-title" className="incoming-signal-title">
        {title}
      </h2>
      <p className="muted small">{copy.incoming.when(formatRelative(signal.createdAt, now, copy.justNow))}</p>
      <p>{copy.incoming.body}</p>
      <p className="incoming-signal-need">
        <span className="muted">{copy.incoming.need}</span> {copy.needs[signal.need]}
      </p>
      {signal.note && (
        <figure className="incoming-signal-note">
          <figcaption className="muted small">{copy.incoming.note(partner)}</figcaption>
          <blockquote>
            <p>{signal.note}</p>
          </blockquote>
        </figure>
      )}
      <div className="incoming-signal-actions">
        <ButtonLink href="/pause">{copy.incoming.pause}</ButtonLink>
        <Button variant="secondary" onClick={() => setDismissed(putAway(signal.id))}>
          {copy.incoming.dismiss}
        </Button>
      </div>
    </section>
  );
}
