import { useId, useState } from 'react';
import { Button } from '../../../core/web/ui';
import type { WordCheckResult, WordMark } from '../contract';
import { wordsCopy as copy } from '../copy';
import type { WordMarker } from '../markers';
import './check-my-words.css';

type Engine = typeof import('../check');
let loading: Promise<Engine> | null = null;

/** The phrase lists are their own chunk, fetched on the first tap (the service worker keeps it for offline use). */
function loadEngine(): Promise<Engine> {
  loading ??= import('../check').catch((error: unknown) => {
    loading = null; // the next tap tries again
    throw error;
  });
  return loading;
}

type State = { step: 'idle' } | { step: 'reading' } | { step: 'failed' } | { step: 'kept' } | { step: 'checked'; text: string; result: WordCheckResult };

/**
 * "Check my words", beside words the partner will read: on a tap, gentle marks on what may land
 * as the loop and one softer way to say it. Nothing changes unless the person taps "Use this";
 * sending is never blocked or delayed. The check runs on this device and its answer lives only in
 * this component's state: never stored, logged or sent.
 */
export default function CheckMyWords({ text, onUse }: { text: string; onUse(words: string): void }) {
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  if (!text.trim()) return null;

  async function check() {
    setState({ step: 'reading' });
    try {
      const engine = await loadEngine();
      setState({ step: 'checked', text, result: engine.checkWords(text) });
    } catch {
      setState({ step: 'failed' });
    }
  }

  // Marks belong to the words they were found in; once the words change, the button is back.
  const checked = state.step === 'checked' && state.text === text ? state : null;
  return (
    <div className="check-words">
      {!checked && (
        <Button variant="quiet" className="check-words-button" busy={state.step === 'reading'} onClick={() => void check()}>
          {state.step === 'checked' ? copy.checkAgain : copy.check}
        </Button>
      )}
      <div className="check-words-answer" aria-live="polite">
        {state.step === 'reading' && <p className="check-words-line">{copy.loading}</p>}
        {state.step === 'failed' && <p className="check-words-line">{copy.failed}</p>}
        {state.step === 'kept' && <p className="check-words-line">{copy.kept}</p>}
        {checked && <Answer id={id} text={checked.text} result={checked.result} onUse={onUse} onKeep={() => setState({ step: 'kept' })} />}
      </div>
    </div>
  );
}

function Answer({ id, text, result, onUse, onKeep }: { id: string; text: string; result: WordCheckResult; onUse(words: string): void; onKeep(): void }) {
  if (result.markers.length === 0) {
    return (
      <section className="check-words-panel" aria-label={copy.check}>
        <p className="check-words-line">{copy.noneFound}</p>
        <p className="check-words-private">{copy.private}</p>
      </section>
    );
  }
  const kinds = [...new Set(result.markers.map((m) => m.marker))];
  return (
    <section className="check-words-panel" aria-label={copy.check}>
      <p className="check-words-line">{copy.marksIntro}</p>
      <p className="check-words-text">
        <Marked text={text} marks={result.markers} />
      </p>
      <ul className="check-words-kinds">
        {kinds.map((kind) => (
          <li key={kind}>
            <q>{firstWords(text, result.markers, kind)}</q> — {copy.markers[kind]}
          </li>
        ))}
      </ul>
      {result.suggestion && (
        <figure className="check-words-suggestion">
          <figcaption id={`${id}-suggestion`}>{copy.suggestionIntro}</figcaption>
          <blockquote>{result.suggestion}</blockquote>
          <div className="check-words-actions">
            <Button variant="secondary" aria-describedby={`${id}-suggestion`} onClick={() => onUse(result.suggestion!)}>
              {copy.use}
            </Button>
            <Button variant="quiet" onClick={onKeep}>
              {copy.keep}
            </Button>
          </div>
        </figure>
      )}
      <p className="check-words-private">{copy.private}</p>
    </section>
  );
}

/** The person's own words with the marked stretches drawn softly; the list below says what each may sound like. */
function Marked({ text, marks }: { text: string; marks: readonly WordMark[] }) {
  const parts = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(
      <mark key={mark.start} className="check-words-mark" data-marker={mark.marker}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function firstWords(text: string, marks: readonly WordMark[], kind: WordMarker): string {
  const mark = marks.find((m) => m.marker === kind)!;
  return text.slice(mark.start, mark.end);
}
