import type { ReactNode } from 'react';
import { Button, FormError } from '../../../core/web/ui';
import { usePutAway, type SignalView } from './api';
import { copy } from './copy';
import './incoming-signal.css';

/** The partner's answer to my signal, as a warm card on my screens, until I put it away. */
export function SignalAnswer({ signal, partnerName, pauseNow }: { signal: SignalView; partnerName: string; pauseNow?: ReactNode }) {
  const putAway = usePutAway();
  const answer = signal.answer;
  if (!answer) return null;
  const words = answer.kind === 'own' ? answer.text : copy.answers[answer.kind];
  return (
    <section className="incoming-signal signal-answer" aria-labelledby="signal-answer-title" role="status">
      <h2 id="signal-answer-title" className="incoming-signal-title">
        {copy.answered.title({ partner: partnerName })}
      </h2>
      <figure className="incoming-signal-note">
        {answer.kind === 'own' && <figcaption className="muted small">{copy.answered.own({ partner: partnerName })}</figcaption>}
        <blockquote>
          <p>“{words}”</p>
        </blockquote>
      </figure>
      {answer.kind === 'pause_with_me' && pauseNow && (
        <div className="incoming-signal-pause">
          <p className="muted small">{copy.answered.pauseWithMe}</p>
          {pauseNow}
        </div>
      )}
      <Button variant="quiet" onClick={() => putAway.mutate(signal.id)} busy={putAway.isPending}>
        {copy.answered.putAway}
      </Button>
      <FormError error={putAway.error} />
    </section>
  );
}
