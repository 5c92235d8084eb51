import { useId, useState, type FormEvent } from 'react';
import { announce, Button, ButtonLink, ConfirmDialog, FormError, LoadFailed, Loading, Screen, TextArea } from '../../../core/web/ui';
import { useAddPhrase, useDeletePhrase, usePhrases, useSharePhrase, type Phrase } from './api';
import { copy } from './copy';
import { PrivacyBadge, usePartnerName } from './fields';
import { nextPractice } from './practice';

/**
 * `/repair/phrasebook`: the language of fear. My "when I say ___, I mean ___"
 * pairs (private unless shared), and a practice round with my partner's
 * shared ones: read what they say, guess what it might mean, then see.
 */
export function PhrasebookScreen() {
  const phrases = usePhrases();
  const p = copy.phrasebook;
  if (phrases.isPending) return <Loading label={copy.loading} />;
  if (phrases.isError) return <LoadFailed message={copy.loadFailed} retry={() => void phrases.refetch()} />;
  const mine = phrases.data.filter((x) => x.isMine);
  const theirs = phrases.data.filter((x) => !x.isMine);
  return (
    <Screen title={p.title} intro={<p>{p.intro}</p>}>
      <Practice phrases={theirs} />
      <section className="stack" aria-labelledby="phrases-mine-title">
        <h2 id="phrases-mine-title">{p.mine}</h2>
        {mine.length === 0 ? (
          <p className="muted">{p.mineEmpty}</p>
        ) : (
          <ul className="repair-list" aria-labelledby="phrases-mine-title">
            {mine.map((x) => (
              <MyPhrase key={x.id} phrase={x} />
            ))}
          </ul>
        )}
      </section>
      <AddPhrase />
      <ButtonLink href="/" variant="quiet">
        {copy.backToLog}
      </ButtonLink>
    </Screen>
  );
}

function Practice({ phrases }: { phrases: Phrase[] }) {
  const partner = usePartnerName();
  const p = copy.phrasebook;
  const [index, setIndex] = useState(0);
  const [guess, setGuess] = useState('');
  const [revealed, setRevealed] = useState(false);
  const phrase = phrases[index % Math.max(phrases.length, 1)];
  return (
    <section className="card repair-practice" aria-labelledby="practice-title">
      <h2 id="practice-title" className="card-title">
        {p.practiceTitle}
      </h2>
      {!phrase ? (
        <p className="muted">{p.practiceEmpty(partner)}</p>
      ) : (
        <div className="stack">
          <p className="muted">{p.practiceIntro(partner)}</p>
          <p className="muted small">{p.practiceCount((index % phrases.length) + 1, phrases.length)}</p>
          <figure className="repair-said">
            <figcaption>{p.practiceSaid(partner)}</figcaption>
            <blockquote>{phrase.said}</blockquote>
          </figure>
          <TextArea label={p.practiceGuess} hint={p.practiceGuessHint} rows={3} value={guess} onChange={(e) => setGuess(e.target.value)} />
          {revealed ? (
            <div className="repair-meant" role="status">
              <p className="repair-side-who">{p.theyMean(partner)}</p>
              <p className="repair-prose">{phrase.meant}</p>
            </div>
          ) : (
            <Button onClick={() => setRevealed(true)}>{p.reveal}</Button>
          )}
          {phrases.length > 1 && (
            <Button
              variant="secondary"
              onClick={() => {
                setIndex(nextPractice(index, phrases.length));
                setGuess('');
                setRevealed(false);
              }}
            >
              {p.nextPhrase}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

function MyPhrase({ phrase }: { phrase: Phrase }) {
  const share = useSharePhrase();
  const remove = useDeletePhrase();
  const [confirming, setConfirming] = useState(false);
  const p = copy.phrasebook;
  return (
    <li className="repair-item">
      <dl className="repair-pair">
        <dt>{p.whenISay}</dt>
        <dd>“{phrase.said}”</dd>
        <dt>{p.iMean}</dt>
        <dd>“{phrase.meant}”</dd>
      </dl>
      <PrivacyBadge shared={phrase.shared}>{phrase.shared ? p.shared : p.private}</PrivacyBadge>
      <div className="row">
        <Button variant="secondary" busy={share.isPending} onClick={() => share.mutate({ id: phrase.id, shared: !phrase.shared })}>
          {phrase.shared ? p.unshare : p.share}
        </Button>
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          {p.remove}
        </Button>
      </div>
      <FormError error={share.error ?? remove.error} />
      <ConfirmDialog
        open={confirming}
        title={p.removeTitle}
        confirmLabel={p.remove}
        cancelLabel={p.keep}
        confirmVariant="danger"
        busy={remove.isPending}
        onConfirm={() => remove.mutate(phrase.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p>{p.removeBody}</p>
      </ConfirmDialog>
    </li>
  );
}

function AddPhrase() {
  const add = useAddPhrase();
  const partner = usePartnerName();
  const p = copy.phrasebook;
  const shareId = useId();
  const [said, setSaid] = useState('');
  const [meant, setMeant] = useState('');
  const [shared, setShared] = useState(false);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!said.trim() || !meant.trim()) return;
    add.mutate(
      { said: said.trim(), meant: meant.trim(), shared },
      {
        onSuccess: () => {
          setSaid('');
          setMeant('');
          setShared(false);
          announce(p.saved);
        },
      },
    );
  }
  return (
    <section className="card" aria-labelledby="add-phrase-title">
      <h2 id="add-phrase-title" className="card-title">
        {p.add}
      </h2>
      <form className="stack" onSubmit={submit}>
        <TextArea label={p.said} hint={p.saidHint} rows={3} maxLength={300} value={said} onChange={(e) => setSaid(e.target.value)} required />
        <TextArea label={p.meant} hint={p.meantHint} rows={3} maxLength={300} value={meant} onChange={(e) => setMeant(e.target.value)} required />
        <div className="repair-check">
          <input id={shareId} type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          <label htmlFor={shareId}>{p.shareNow(partner)}</label>
        </div>
        <FormError error={add.error} />
        <Button type="submit" busy={add.isPending} block>
          {p.save}
        </Button>
      </form>
    </section>
  );
}
