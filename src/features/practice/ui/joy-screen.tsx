import { useEffect, useState, type FormEvent } from 'react';
import { formatRelative, useNow } from '../../../core/web/time';
import { announce, Button, Card, FormError, Screen, TextArea, TextField } from '../../../core/web/ui';
import { practiceCopy } from '../copy';
import { mediaUrl, useAddJoyIdea, useDeleteJoy, useDeleteJoyIdea, useJoy, useJoyIdeas, useLogJoy, useSummary, type JoyEntry, type JoyIdea } from './api';
import { BalanceView } from './balance-view';
import { copy } from './copy';
import { AskFirst, Loaded, usePartnerName } from './fields';
import { PhotoPicker } from './photo-picker';

/**
 * /practice/joy opens on joy itself: an idea if you want one (ours or the
 * couple's own), a good moment to add, and the log you share. The month's
 * balance comes last, folded away: a gentle look, not the first thing seen.
 */
export function JoyScreen() {
  const partnerName = usePartnerName();
  const joy = useJoy();
  const summary = useSummary();
  const [text, setText] = useState('');
  const j = copy.joy;
  return (
    <Screen title={j.title} intro={<p>{j.intro}</p>}>
      <JoyDeck onUse={setText} partnerName={partnerName} />
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
      {summary.data && <BalanceView balance={summary.data.balance} />}
    </Screen>
  );
}

/** A card in the deck: one of ours, or one of the couple's own. */
type DeckIdea = { text: string; own: JoyIdea | null };

/**
 * One idea at a time, starting somewhere different each visit, so it never
 * reads like a to-do list. The deck is ours plus the couple's own ideas;
 * their own can be added here and removed by whoever added them.
 */
function JoyDeck({ onUse, partnerName }: { onUse(text: string): void; partnerName: string }) {
  const ideas = useJoyIdeas();
  const remove = useDeleteJoyIdea();
  const deck: DeckIdea[] = [...practiceCopy.joyDeck.map((text) => ({ text, own: null })), ...(ideas.data ?? []).map((own) => ({ text: own.text, own }))];
  const [index, setIndex] = useState(() => Math.floor(Math.random() * practiceCopy.joyDeck.length));
  // After adding an idea, show it once it is in the deck.
  const [showId, setShowId] = useState<string | null>(null);
  useEffect(() => {
    if (!showId) return;
    const at = deck.findIndex((d) => d.own?.id === showId);
    if (at >= 0) {
      setIndex(at);
      setShowId(null);
    }
  }, [showId, deck]);
  const idea = deck[index % deck.length]!;
  const j = copy.joy;
  return (
    <Card title={j.deckTitle} className="practice-deck">
      <div aria-live="polite">
        <p className="practice-deck-idea">{idea.text}</p>
        {idea.own && <p className="muted small">{idea.own.fromMe ? j.ownByMe : j.ownBy({ partner: partnerName })}</p>}
      </div>
      <div className="row">
        <Button variant="secondary" onClick={() => setIndex((i) => (i + 1) % deck.length)}>
          {j.another}
        </Button>
        <Button variant="quiet" onClick={() => onUse(idea.text)}>
          {j.useIt}
        </Button>
        {idea.own?.fromMe && (
          <AskFirst
            label={j.ownRemove}
            title={j.ownRemoveTitle}
            body={j.ownRemoveBody}
            confirm={j.ownRemoveConfirm}
            busy={remove.isPending}
            onConfirm={() => remove.mutateAsync(idea.own!.id)}
          />
        )}
      </div>
      <FormError error={remove.error} />
      <OwnIdeaForm onAdded={setShowId} />
    </Card>
  );
}

function OwnIdeaForm({ onAdded }: { onAdded(id: string): void }) {
  const add = useAddJoyIdea();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const j = copy.joy;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const words = text.trim();
    if (words.length < 3) {
      setProblem(j.ownTooShort);
      return;
    }
    setProblem(null);
    add.mutate(words, {
      onSuccess: ({ value }) => {
        setText('');
        onAdded(value.id);
        announce(j.ownAdded);
      },
    });
  };
  return (
    <form className="stack practice-own-idea" onSubmit={submit} aria-label={j.ownTitle}>
      <h3 className="practice-own-idea-title">{j.ownTitle}</h3>
      <TextField label={j.ownLabel} hint={j.ownHint} error={problem} value={text} maxLength={200} required onChange={(e) => setText(e.target.value)} />
      <FormError error={add.error} />
      <Button type="submit" variant="secondary" busy={add.isPending}>
        {j.ownAdd}
      </Button>
    </form>
  );
}

function LogForm({ text, setText }: { text: string; setText(text: string): void }) {
  const log = useLogJoy();
  const [photo, setPhoto] = useState<File | null>(null);
  const j = copy.joy;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    log.mutate(
      { text: text.trim(), photo },
      {
        onSuccess: () => {
          setText('');
          setPhoto(null);
          announce(j.logged);
        },
      },
    );
  };

  return (
    <Card title={j.logTitle} className="practice-joy-log">
      <form className="stack" onSubmit={submit}>
        <TextArea label={j.textLabel} hint={j.textHint} value={text} maxLength={500} required rows={2} onChange={(e) => setText(e.target.value)} />
        <PhotoPicker photo={photo} onChange={setPhoto} />
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
      {entry.mediaId && <img className="practice-joy-photo" src={mediaUrl(entry.mediaId)} alt={j.photoAlt({ text: entry.text })} loading="lazy" />}
      <div className="practice-joy-body">
        <p className="practice-joy-text">{entry.text}</p>
        <p className="muted small">
          {entry.fromMe ? j.byMe : j.by({ partner: partnerName })} · <time dateTime={entry.createdAt}>{formatRelative(entry.createdAt, now, copy.justNow)}</time>
        </p>
        {entry.fromMe && (
          <AskFirst label={j.delete} title={j.deleteTitle} body={j.deleteBody} confirm={j.deleteConfirm} busy={remove.isPending} onConfirm={() => remove.mutateAsync(entry.id)} />
        )}
        <FormError error={remove.error} />
      </div>
    </article>
  );
}
