import { useId, useState, type FormEvent } from 'react';
import { Button, ButtonLink, FormError, Loading, Screen, classes } from '../../../core/web/ui';
import { useAddPhrase, usePhrases, useRemovePhrase, useUpdatePhrase, type Phrase } from './api';
import { copy } from './copy';
import { LoadFailed } from './loop-screen';
import { usePartner } from './use-map';

/**
 * `/map/said-and-meant`: "when I say ___, I mean ___". Mine stay mine; each
 * can be shared with the partner, and theirs show when they share them.
 */
export function SaidMeantScreen() {
  const phrases = usePhrases();
  const { partnerName, hasPartner } = usePartner();
  const s = copy.saidMeant;
  if (phrases.isPending) return <Loading label={copy.loading} />;
  if (phrases.isError) return <LoadFailed retry={() => void phrases.refetch()} />;
  const mine = phrases.data.filter((p) => p.isMine);
  const theirs = phrases.data.filter((p) => !p.isMine);

  return (
    <Screen title={s.title} intro={<p>{s.intro}</p>} className="said-meant-screen">
      <AddPhrase partnerName={partnerName} />
      <section className="stack" aria-labelledby="phrases-mine">
        <h2 id="phrases-mine">{s.mine}</h2>
        {mine.length === 0 ? (
          <p className="muted">{s.empty}</p>
        ) : (
          <ul className="phrase-list">
            {mine.map((p) => (
              <MyPhrase key={p.id} phrase={p} partnerName={partnerName} />
            ))}
          </ul>
        )}
      </section>
      {hasPartner && (
        <section className="stack" aria-labelledby="phrases-theirs">
          <h2 id="phrases-theirs">{s.theirs(partnerName)}</h2>
          {theirs.length === 0 ? (
            <p className="muted">{s.theirsEmpty(partnerName)}</p>
          ) : (
            <ul className="phrase-list">
              {theirs.map((p) => (
                <li key={p.id} className="card phrase phrase-theirs">
                  <PhrasePair phrase={p} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ButtonLink href="/" variant="quiet">
        {copy.print.back}
      </ButtonLink>
    </Screen>
  );
}

export function PhrasePair({ phrase }: { phrase: Phrase }) {
  const s = copy.saidMeant;
  return (
    <dl className="phrase-pair">
      <div>
        <dt>{s.whenISay}</dt>
        <dd className="phrase-said">{phrase.said}</dd>
      </div>
      <div>
        <dt>{s.iMean}</dt>
        <dd className="phrase-meant">{phrase.meant}</dd>
      </div>
    </dl>
  );
}

function MyPhrase({ phrase, partnerName }: { phrase: Phrase; partnerName: string }) {
  const update = useUpdatePhrase();
  const remove = useRemovePhrase();
  const id = useId();
  const s = copy.saidMeant;
  return (
    <li className={classes('card', 'phrase', phrase.shared && 'phrase-shared')}>
      <PhrasePair phrase={phrase} />
      <div className="phrase-actions">
        <label className="switch" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            role="switch"
            // The choice shows at once, while the list's own optimistic update waits for fetches under way to be cancelled.
            checked={update.isPending && update.variables?.shared !== undefined ? update.variables.shared : phrase.shared}
            onChange={(e) => update.mutate({ id: phrase.id, shared: e.target.checked })}
          />
          <span>{s.shareToggle(partnerName)}</span>
        </label>
        <Button variant="quiet" busy={remove.isPending} onClick={() => remove.mutate(phrase.id)} aria-label={s.removeLabel(phrase.said)}>
          {s.remove}
        </Button>
      </div>
      <FormError error={update.error ?? remove.error} />
    </li>
  );
}

function AddPhrase({ partnerName }: { partnerName: string }) {
  const [said, setSaid] = useState('');
  const [meant, setMeant] = useState('');
  const [shared, setShared] = useState(false);
  const add = useAddPhrase();
  const id = useId();
  const s = copy.saidMeant;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!said.trim() || !meant.trim()) return;
    add.mutate(
      { said: said.trim(), meant: meant.trim(), shared },
      {
        onSuccess: () => {
          setSaid('');
          setMeant('');
          setShared(false);
        },
      },
    );
  };
  return (
    <form className="card stack" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-said`} className="field-label">
          {s.said}
        </label>
        <textarea id={`${id}-said`} className="field-input" rows={2} maxLength={300} required placeholder={s.saidPlaceholder} value={said} onChange={(e) => setSaid(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-meant`} className="field-label">
          {s.meant}
        </label>
        <textarea id={`${id}-meant`} className="field-input" rows={2} maxLength={300} required placeholder={s.meantPlaceholder} value={meant} onChange={(e) => setMeant(e.target.value)} />
      </div>
      <label className="switch" htmlFor={`${id}-shared`}>
        <input id={`${id}-shared`} type="checkbox" role="switch" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        <span>{s.shareNew(partnerName)}</span>
      </label>
      <FormError error={add.error} />
      <Button type="submit" busy={add.isPending}>
        {s.add}
      </Button>
    </form>
  );
}
