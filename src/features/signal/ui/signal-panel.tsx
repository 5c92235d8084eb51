import { useEffect, useId, useRef, useState } from 'react';
import { ButtonLink, FormError } from '../../../core/web/ui';
import { formatRelative, useNow } from '../../../core/web/time';
import { NEEDS } from '../copy';
import { useLoopName, useSendSignal, useSignals, type Need } from './api';
import { copy } from './copy';
import { latestOwn } from './show';
import './signal.css';

interface SignalPanelProps {
  partnerName: string | null;
  /** Opened from the installed app's shortcut: bring the button into focus, ready for one tap. */
  focus?: boolean;
}

/**
 * "We're doing the thing": one big, calm tap that reaches the partner at once.
 * What I need and a note are optional and folded away, so the tap stays one tap.
 */
export function SignalPanel({ partnerName, focus = false }: SignalPanelProps) {
  const id = useId();
  const loop = useLoopName();
  const signals = useSignals();
  const send = useSendSignal();
  const now = useNow(15_000);
  const button = useRef<HTMLButtonElement>(null);
  const [need, setNeed] = useState<Need>('pause_together');
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(focus);

  useEffect(() => {
    if (focus) button.current?.focus();
  }, [focus]);

  const label = loop.data ? copy.button.named(loop.data) : copy.button.plain;
  const mine = latestOwn(signals.data, now.getTime());
  const disabled = !partnerName;

  return (
    <section className="signal-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {copy.region}
      </h2>
      <button
        ref={button}
        type="button"
        className="signal-button"
        aria-describedby={`${id}-hint`}
        aria-busy={send.isPending || undefined}
        disabled={disabled}
        onClick={() => {
          if (!send.isPending) send.mutate({ need, note: note.trim() || null }, { onSuccess: () => setNote('') });
        }}
      >
        {send.isPending ? copy.button.sending : label}
      </button>
      <p id={`${id}-hint`} className="signal-hint">
        {partnerName ? copy.button.hint(partnerName) : copy.button.hintAlone}
      </p>
      <FormError error={send.error} />
      {mine && partnerName && (
        <div className="signal-status" role="status" data-status={mine.status}>
          <p className="signal-status-line">
            <span className={`signal-dot signal-dot-${mine.status}`} aria-hidden="true" />
            {mine.status === 'seen'
              ? copy.status.seen(partnerName)
              : mine.status === 'delivered'
                ? copy.status.delivered(partnerName)
                : copy.status.sent(partnerName)}
          </p>
          <p className="muted small">
            {copy.status.when(formatRelative(mine.createdAt, now, copy.justNow))} {copy.status.noticing}
          </p>
        </div>
      )}
      {!disabled && (
        <details className="signal-options" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{copy.options.toggle}</summary>
          <fieldset className="signal-needs">
            <legend className="field-label">{copy.options.needLegend}</legend>
            {NEEDS.map((n) => (
              <label key={n} className="signal-need">
                <input type="radio" name={`${id}-need`} value={n} checked={need === n} onChange={() => setNeed(n)} />
                <span>{copy.needs[n]}</span>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-note`} className="field-label">
              {copy.options.noteLabel}
            </label>
            <p id={`${id}-note-hint`} className="field-hint">
              {copy.options.noteHint}
            </p>
            <textarea
              id={`${id}-note`}
              className="field-input signal-note"
              rows={2}
              maxLength={280}
              value={note}
              aria-describedby={`${id}-note-hint`}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </details>
      )}
      <div className="signal-links">
        {!disabled && (
          <ButtonLink href="/pause" variant="secondary" block>
            {copy.pauseLink}
          </ButtonLink>
        )}
        <ButtonLink href="/toolkit" variant="quiet" block>
          {copy.toolkitLink}
        </ButtonLink>
      </div>
    </section>
  );
}
