import { useEffect, useId, useState, type FormEvent } from 'react';
import { coreCopy } from '../../../core/web/copy';
import { Button, Card, FormError, Loading, Notice, Screen, TextArea } from '../../../core/web/ui';
import { formatDateTime } from '../../../core/web/time';
import { tellCopy as c } from '../copy';
import { useSend, useTellView } from './api';
import { SafetyAnswers } from './safety-answers';
import './tell-therapist.css';

/**
 * "Tell <therapist> privately": a few words and, if I answered it, my safety check, to our
 * therapist alone. The tab's title stays neutral: the browser's history is someone else's window too.
 */
export function TellTherapistScreen() {
  const view = useTellView();
  const send = useSend();
  const hintId = useId();
  const [text, setText] = useState('');
  const [includeSafety, setIncludeSafety] = useState(false);
  const [sent, setSent] = useState(false);
  useEffect(() => void (document.title = coreCopy.appName), []);

  if (!view.data) return view.isError ? <FormError error={view.error} /> : <Loading label={coreCopy.appName} />;
  const therapist = view.data.therapist;
  if (!therapist)
    return (
      <Screen title={<>{coreCopy.appName}</>}>
        <p>{c.noTherapist}</p>
      </Screen>
    );
  const name = therapist.name;
  const nothing = !text.trim() && !includeSafety;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (nothing) return;
    await send.mutateAsync({ text: text.trim() || undefined, includeSafetyCheck: includeSafety });
    setText('');
    setIncludeSafety(false);
    setSent(true);
  };
  return (
    <Screen title={<>{c.title({ name })}</>} intro={<p>{c.intro({ name })}</p>} className="tell-therapist">
      {sent && (
        <Notice tone="success" role="status" title={c.sentTitle}>
          {c.sent({ name })}
        </Notice>
      )}
      <form className="tell-form" onSubmit={(e) => void submit(e).catch(() => undefined)}>
        <TextArea label={c.text} hint={c.textHint} value={text} rows={5} maxLength={4000} onChange={(e) => (setText(e.target.value), setSent(false))} />
        {view.data.safetyCheckAnswered && (
          <>
            <label className="tell-check">
              <input type="checkbox" checked={includeSafety} onChange={(e) => setIncludeSafety(e.target.checked)} aria-describedby={hintId} />
              <span>{c.includeSafety}</span>
            </label>
            <p id={hintId} className="field-hint">
              {c.includeSafetyHint}
            </p>
          </>
        )}
        <FormError error={send.error} />
        <Button type="submit" busy={send.isPending} disabled={nothing}>
          {c.send}
        </Button>
        <p className="muted small">{c.goneWhenEnded}</p>
      </form>
      {view.data.sent.length > 0 && (
        <Card title={c.mineTitle}>
          <ul className="tell-list">
            {view.data.sent.map((m) => (
              <li key={m.id}>
                <p className="muted small">{formatDateTime(m.createdAt)}</p>
                {m.text && <p className="tell-text">{m.text}</p>}
                {m.safetyAnswers && <SafetyAnswers title={c.safetyAnswers} answers={m.safetyAnswers} />}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </Screen>
  );
}
