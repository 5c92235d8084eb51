import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatRelative, useNow } from '../../../core/web/time';
import { announce, Button, Card, FormError, Screen } from '../../../core/web/ui';
import { practiceCopy } from '../copy';
import { mediaUrl, useDeleteJoy, useJoy, useLogJoy, useSummary, type JoyEntry } from './api';
import { BalanceView } from './balance-view';
import { copy } from './copy';
import { AskFirst, Loaded, TextArea, usePartnerName } from './fields';
import { checkPhoto } from './photo';

/** /practice/joy: an idea if you want one, our joy log (with photos), and this month's gentle balance. */
export function JoyScreen() {
  const partnerName = usePartnerName();
  const joy = useJoy();
  const summary = useSummary();
  const [text, setText] = useState('');
  const j = copy.joy;
  return (
    <Screen title={j.title} intro={<p>{j.intro}</p>}>
      {summary.data && <BalanceView balance={summary.data.balance} />}
      <JoyDeck onUse={setText} />
      <LogForm text={text} setText={setText} />
      <section aria-labelledby="practice-joy-list" className="stack">
        <h2 id="practice-joy-list">{j.listTitle}</h2>
        <Loaded query={joy}>
          {(entries) =>
            entries.length === 0 ? (
              <p className="muted">{j.empty}</p>
            ) : (
              <ul className="practice-list practice-joy-list" aria-label={j.listTitle}>
                {entries.map((e) => (
                  <li key={e.id}>
                    <JoyCard entry={e} partnerName={partnerName} />
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </Screen>
  );
}

/** One idea at a time, starting somewhere different each visit, so it never reads like a to-do list. */
function JoyDeck({ onUse }: { onUse(text: string): void }) {
  const deck = practiceCopy.joyDeck;
  const [index, setIndex] = useState(() => Math.floor(Math.random() * deck.length));
  const idea = deck[index % deck.length]!;
  return (
    <Card title={copy.joy.deckTitle} className="practice-deck">
      <p className="practice-deck-idea" aria-live="polite">
        {idea}
      </p>
      <div className="row">
        <Button variant="secondary" onClick={() => setIndex((i) => (i + 1) % deck.length)}>
          {copy.joy.another}
        </Button>
        <Button variant="quiet" onClick={() => onUse(idea)}>
          {copy.joy.useIt}
        </Button>
      </div>
    </Card>
  );
}

function LogForm({ text, setText }: { text: string; setText(text: string): void }) {
  const log = useLogJoy();
  const [photo, setPhoto] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const j = copy.joy;

  useEffect(() => {
    if (!photo) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(photo);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [photo]);

  const choose = (file: File | undefined) => {
    const problem = file ? checkPhoto(file) : null;
    setPhotoProblem(problem === 'too_large' ? j.photoTooBig : problem === 'wrong_type' ? j.photoWrongType : null);
    setPhoto(file && !problem ? file : null);
    if (problem && fileInput.current) fileInput.current.value = '';
  };

  const clearPhoto = () => {
    setPhoto(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    log.mutate(
      { text: text.trim(), photo },
      {
        onSuccess: () => {
          setText('');
          clearPhoto();
          announce(j.logged);
        },
      },
    );
  };

  return (
    <Card title={j.logTitle} className="practice-joy-log">
      <form className="stack" onSubmit={submit}>
        <TextArea label={j.textLabel} hint={j.textHint} value={text} maxLength={500} required rows={2} onChange={(e) => setText(e.target.value)} />
        <div className="field">
          <label htmlFor={fileId} className="field-label">
            {j.photo}
          </label>
          <p id={`${fileId}-hint`} className="field-hint">
            {j.photoHint}
          </p>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={`${fileId}-hint`}
            className="practice-file"
            onChange={(e) => choose(e.target.files?.[0])}
          />
          {photoProblem && <p className="field-error">{photoProblem}</p>}
        </div>
        {preview && (
          <div className="practice-photo-preview">
            <img src={preview} alt={j.preview} />
            <Button variant="quiet" onClick={clearPhoto}>
              {j.removePhoto}
            </Button>
          </div>
        )}
        <FormError error={log.error} />
        <Button type="submit" busy={log.isPending}>
          {j.log}
        </Button>
      </form>
    </Card>
  );
}

function JoyCard({ entry, partnerName }: { entry: JoyEntry; partnerName: string }) {
  const now = useNow();
  const remove = useDeleteJoy();
  const j = copy.joy;
  return (
    <article className="practice-joy" aria-label={entry.text}>
      {entry.mediaId && <img className="practice-joy-photo" src={mediaUrl(entry.mediaId)} alt={j.photoAlt(entry.text)} loading="lazy" />}
      <div className="practice-joy-body">
        <p className="practice-joy-text">{entry.text}</p>
        <p className="muted small">
          {entry.fromMe ? j.byMe : j.by(partnerName)} · <time dateTime={entry.createdAt}>{formatRelative(entry.createdAt, now, copy.justNow)}</time>
        </p>
        {entry.fromMe && (
          <AskFirst label={j.delete} title={j.deleteTitle} body={j.deleteBody} confirm={j.deleteConfirm} busy={remove.isPending} onConfirm={() => remove.mutateAsync(entry.id)} />
        )}
        <FormError error={remove.error} />
      </div>
    </article>
  );
}
