import { useRef, useState, type ReactNode } from 'react';
import { Button, FormError, TextArea } from '../../../core/web/ui';
import { formatRelative, useNow } from '../../../core/web/time';
import { PRESET_ANSWERS } from '../copy';
import { markReceived, useAnswerSignal, useLoopName, usePutAway, type SignalView } from './api';
import { copy } from './copy';
import { useLookedAt } from './looked-at';
import './incoming-signal.css';

interface IncomingSignalProps {
  signal: SignalView;
  partnerName: string;
  /** A ready pause in one tap, composed in by the app shell from the pause feature. */
  pauseNow?: ReactNode;
}

/**
 * The partner's signal, as one calm card on whatever screen this person is on:
 * repeated taps show as a count, never a stack. A one-tap answer reaches the
 * partner at once; "seen" is reported only once the card has really been looked at.
 */
export function IncomingSignal({ signal, partnerName, pauseNow }: IncomingSignalProps) {
  const now = useNow(30_000);
  const loop = useLoopName();
  const card = useRef<HTMLElement>(null);
  const putAway = usePutAway();
  useLookedAt(card, signal.status === 'seen' ? null : signal.id, () => void markReceived(signal.id, 'seen').catch(() => {}));

  const title = loop.data ? copy.incoming.titleNamed({ partner: partnerName, loop: loop.data }) : copy.incoming.title({ partner: partnerName });
  return (
    <section ref={card} className="incoming-signal" aria-labelledby="incoming-signal-title" data-signal-id={signal.id}>
      <h2 id="incoming-signal-title" className="incoming-signal-title">
        {title}
        {signal.taps > 1 && <span className="incoming-signal-again"> {copy.incoming.again({ taps: signal.taps })}</span>}
      </h2>
      <p className="muted small">{copy.incoming.when({ relative: formatRelative(signal.lastTappedAt, now, copy.justNow) })}</p>
      <p>{copy.incoming.body}</p>
      {signal.need && (
        <p className="incoming-signal-need">
          <span className="muted">{copy.incoming.need}</span> {copy.needs[signal.need]}
        </p>
      )}
      {signal.note && (
        <figure className="incoming-signal-note">
          <figcaption className="muted small">{copy.incoming.note({ partner: partnerName })}</figcaption>
          <blockquote>
            <p>{signal.note}</p>
          </blockquote>
        </figure>
      )}
      <Answer signal={signal} partnerName={partnerName} />
      {pauseNow && (
        <div className="incoming-signal-pause" role="group" aria-label={copy.incoming.pauseLegend}>
          <p className="field-label">{copy.incoming.pauseLegend}</p>
          {pauseNow}
        </div>
      )}
      <Button variant="quiet" onClick={() => putAway.mutate(signal.id)} busy={putAway.isPending}>
        {copy.incoming.putAway}
      </Button>
      <FormError error={putAway.error} />
    </section>
  );
}

/** One tap on a preset, or a few words of one's own. */
function Answer({ signal, partnerName }: { signal: SignalView; partnerName: string }) {
  const send = useAnswerSignal(signal.id);
  const [own, setOwn] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sendOwn = () => {
    const text = (own ?? '').trim();
    setError(text && text.length <= 280 ? null : copy.incoming.ownError);
    if (text && text.length <= 280) send.mutate({ kind: 'own', text });
  };
  return (
    <fieldset className="incoming-signal-answer">
      <legend className="field-label">{copy.incoming.answerLegend({ partner: partnerName })}</legend>
      <div className="incoming-signal-presets">
        {PRESET_ANSWERS.map((kind) => (
          <Button key={kind} variant="secondary" busy={send.isPending && send.variables?.kind === kind} onClick={() => send.mutate({ kind })}>
            {copy.answers[kind]}
          </Button>
        ))}
        {own === null && (
          <Button variant="secondary" onClick={() => setOwn('')}>
            {copy.incoming.ownToggle}
          </Button>
        )}
      </div>
      {own !== null && (
        <div className="stack stack-tight">
          <TextArea label={copy.incoming.ownLabel} value={own} onChange={(e) => setOwn(e.target.value)} maxLength={280} rows={2} error={error} autoFocus />
          <Button onClick={sendOwn} busy={send.isPending && send.variables?.kind === 'own'}>
            {copy.incoming.ownSend}
          </Button>
        </div>
      )}
      <FormError error={send.error} />
    </fieldset>
  );
}
