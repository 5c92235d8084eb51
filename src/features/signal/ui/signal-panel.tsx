import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { BeforeSending, Button, ButtonLink, FormError } from '../../../core/web/ui';
import { formatRelative, useNow } from '../../../core/web/time';
import { NEEDS } from '../copy';
import { usePutAway, useLoopName, useSendSignal, useSignals, type Need, type SignalView } from './api';
import { copy } from './copy';
import { ownToShow } from './show';
import './signal.css';

interface SignalPanelProps {
  partnerName: string | null;
  /** Opened from the installed app's shortcut: bring the button into focus, ready for one tap. */
  focus?: boolean;
  /** A ready pause in one tap, composed in by the app shell from the pause feature. */
  pauseNow?: ReactNode;
  /** See MomentContext in show.ts. */
  pauseCoversUntil: number | null;
}

/**
 * "We're doing the thing": one big, calm tap that reaches the partner at once.
 * What I need and a note are optional and folded away, so the tap stays one tap.
 * Once sent, the button gives way to a calm state — breathe, it has reached
 * them — rather than staying ready to be tapped again and again.
 */
export function SignalPanel({ partnerName, focus = false, pauseNow, pauseCoversUntil }: SignalPanelProps) {
  const id = useId();
  const signals = useSignals();
  const now = useNow(15_000);
  const mine = partnerName ? ownToShow(signals.data, { nowMs: now.getTime(), pauseCoversUntil }) : null;
  // Answered, the moment is closed: the warm answer card (shown by the shell) takes over.
  const waiting = mine && !mine.answer ? mine : null;
  // Sent from the focused button: once it gives way to the calm state, focus goes there, not to the page's start.
  const handOver = useRef(false);

  return (
    <section className="signal-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {copy.region}
      </h2>
      {waiting && partnerName ? (
        <SentCalmly signal={waiting} partnerName={partnerName} now={now} handOver={handOver} />
      ) : (
        <SignalButton partnerName={partnerName} focus={focus} handOver={handOver} />
      )}
      {partnerName && pauseNow}
      <ButtonLink href="/toolkit" variant="quiet" block>
        {copy.toolkitLink}
      </ButtonLink>
    </section>
  );
}

function SignalButton({ partnerName, focus, handOver }: { partnerName: string | null; focus: boolean; handOver: RefObject<boolean> }) {
  const id = useId();
  const loop = useLoopName();
  const send = useSendSignal();
  const button = useRef<HTMLButtonElement>(null);
  const [need, setNeed] = useState<Need | null>(null);
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (focus) button.current?.focus();
  }, [focus]);

  const label = loop.data ? copy.button.named({ loop: loop.data }) : copy.button.plain;
  const disabled = !partnerName;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="signal-button"
        aria-describedby={`${id}-hint`}
        aria-busy={send.isPending || undefined}
        disabled={disabled}
        onClick={() => {
          handOver.current = document.activeElement === button.current;
          if (!send.isPending) send.mutate({ need, note: note.trim() || null }, { onSuccess: () => setNote('') });
        }}
      >
        {send.isPending ? copy.button.sending : label}
      </button>
      <p id={`${id}-hint`} className="signal-hint">
        {partnerName ? copy.button.hint({ partner: partnerName }) : copy.button.hintAlone}
      </p>
      <FormError error={send.error} />
      {!disabled && (
        <details className="signal-options" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{copy.options.toggle}</summary>
          <fieldset className="signal-needs">
            <legend className="field-label">{copy.options.needLegend}</legend>
            {[null, ...NEEDS].map((n) => (
              <label key={n ?? 'none'} className="signal-need">
                <input type="radio" name={`${id}-need`} value={n ?? ''} checked={need === n} onChange={() => setNeed(n)} />
                <span>{n ? copy.needs[n] : copy.options.noNeed}</span>
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
            <BeforeSending text={note} onUse={setNote} />
          </div>
        </details>
      )}
    </>
  );
}

/** After the tap: where the signal is, said so the sender can breathe; tapping again is there, but quiet. */
function SentCalmly({ signal, partnerName, now, handOver }: { signal: SignalView; partnerName: string; now: Date; handOver: RefObject<boolean> }) {
  const again = useSendSignal();
  const putAway = usePutAway();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Only when the button that sent it had focus, and that focus was lost with it.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (handOver.current && lost) box.current?.focus();
    handOver.current = false;
  }, [handOver]);
  const line =
    signal.status === 'seen' ? copy.sent.seen({ partner: partnerName }) : signal.status === 'delivered' ? copy.sent.delivered({ partner: partnerName }) : copy.sent.sent({ partner: partnerName });
  return (
    <div ref={box} className="signal-sent" role="status" data-status={signal.status} tabIndex={-1}>
      <span className="signal-breath" aria-hidden="true" />
      <p className="signal-sent-line">{line}</p>
      <p className="muted small">
        {copy.sent.when({ relative: formatRelative(signal.lastTappedAt, now, copy.justNow) })}
        {signal.taps > 1 && ` ${copy.sent.taps({ taps: signal.taps, partner: partnerName })}`}
      </p>
      <div className="signal-sent-actions">
        <Button variant="quiet" busy={again.isPending} onClick={() => again.mutate({ need: null, note: null })}>
          {copy.sent.again}
        </Button>
        <Button variant="quiet" busy={putAway.isPending} onClick={() => putAway.mutate(signal.id)}>
          {copy.sent.putAway}
        </Button>
      </div>
      <FormError error={again.error ?? putAway.error} />
    </div>
  );
}
