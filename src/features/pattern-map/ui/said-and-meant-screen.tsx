import { useId, useState, type FormEvent } from 'react';
import { announce, Button, ButtonLink, ConfirmDialog, FormError, Loading, Screen, TextArea, classes } from '../../../core/web/ui';
import { atStart } from '../../../core/web/partner-name';
import { useAddSaidAndMeant, useRemoveSaidAndMeant, useSaidAndMeant, useUpdateSaidAndMeant, type SaidAndMeant } from './api';
import { copy } from './copy';
import { LoadFailed } from './loop-screen';
import { nextInRound } from './practice-round';
import { usePartner } from './use-map';

/**
 * `/map/said-and-meant`: "when I say ___, I mean ___" — the language of fear,
 * in each person's own words. Mine stay mine; each can be shared with the
 * partner. The partner's shared ones come as a practice round (read what they
 * say, guess, then see what they mean) and, for reading, all at once. The
 * one home of this feature; repair links here.
 */
export function SaidAndMeantScreen() {
  const pairs = useSaidAndMeant();
  const { partnerName, hasPartner } = usePartner();
  const s = copy.saidAndMeant;
  if (pairs.isError) return <LoadFailed retry={() => void pairs.refetch()} />;
  if (!pairs.data) return <Loading label={copy.loading} />;
  const mine = pairs.data.filter((p) => p.isMine);
  const theirs = pairs.data.filter((p) => !p.isMine);

  return (
    <Screen title={s.title} intro={<p>{s.intro}</p>} className="said-and-meant-screen">
      <AddPair partnerName={partnerName} />
      <section className="stack" aria-labelledby="said-and-meant-mine">
        <h2 id="said-and-meant-mine">{s.mine}</h2>
        {mine.length === 0 ? (
          <p className="muted">{s.empty}</p>
        ) : (
          <ul className="pair-list" aria-labelledby="said-and-meant-mine">
            {mine.map((p) => (
              <MyPair key={p.id} pair={p} partnerName={partnerName} />
            ))}
          </ul>
        )}
      </section>
      {hasPartner && (
        <section className="stack" aria-labelledby="said-and-meant-theirs">
          <h2 id="said-and-meant-theirs">{s.theirs({ name: partnerName })}</h2>
          {theirs.length === 0 ? (
            <p className="muted">{s.theirsEmpty({ name: partnerName })}</p>
          ) : (
            <>
              <Practice pairs={theirs} partnerName={partnerName} />
              <details className="pair-all">
                <summary>{s.seeAll({ name: partnerName })}</summary>
                <ul className="pair-list">
                  {theirs.map((p) => (
                    <li key={p.id} className="card pair pair-theirs">
                      <Pair pair={p} />
                    </li>
                  ))}
                </ul>
              </details>
            </>
          )}
        </section>
      )}
      <ButtonLink href="/" variant="quiet">
        {copy.print.back}
      </ButtonLink>
    </Screen>
  );
}

export function Pair({ pair }: { pair: SaidAndMeant }) {
  const s = copy.saidAndMeant;
  return (
    <dl className="pair-words">
      <div>
        <dt>{s.whenISay}</dt>
        <dd className="pair-said">{pair.said}</dd>
      </div>
      <div>
        <dt>{s.iMean}</dt>
        <dd className="pair-meant">{pair.meant}</dd>
      </div>
    </dl>
  );
}

/** One of the partner's at a time: what they say, my guess (never saved or sent), then what they mean. */
function Practice({ pairs, partnerName }: { pairs: SaidAndMeant[]; partnerName: string }) {
  const s = copy.saidAndMeant;
  const [index, setIndex] = useState(0);
  const [guess, setGuess] = useState('');
  const [revealed, setRevealed] = useState(false);
  const at = index % pairs.length;
  const pair = pairs[at]!;
  return (
    <section className="card practice" aria-labelledby="practice-title">
      <h3 id="practice-title" className="card-title">
        {s.practiceTitle}
      </h3>
      <div className="stack">
        <p className="muted">{s.practiceIntro({ name: partnerName })}</p>
        {pairs.length > 1 && <p className="muted small">{s.practiceCount({ n: at + 1, total: pairs.length })}</p>}
        <figure className="practice-said">
          <figcaption>{s.practiceSaid({ name: partnerName })}</figcaption>
          <blockquote>{pair.said}</blockquote>
        </figure>
        <TextArea label={s.practiceGuess} hint={s.practiceGuessHint} rows={3} value={guess} onChange={(e) => setGuess(e.target.value)} />
        {revealed ? (
          <div className="practice-meant" role="status">
            <p className="practice-who">{s.theyMean({ name: atStart(partnerName) })}</p>
            <p>{pair.meant}</p>
          </div>
        ) : (
          <Button onClick={() => setRevealed(true)}>{s.reveal}</Button>
        )}
        {pairs.length > 1 && (
          <Button
            variant="secondary"
            onClick={() => {
              setIndex(nextInRound(at, pairs.length));
              setGuess('');
              setRevealed(false);
            }}
          >
            {s.nextOne}
          </Button>
        )}
      </div>
    </section>
  );
}

function MyPair({ pair, partnerName }: { pair: SaidAndMeant; partnerName: string }) {
  const update = useUpdateSaidAndMeant();
  const remove = useRemoveSaidAndMeant();
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  const s = copy.saidAndMeant;
  return (
    <li className={classes('card', 'pair', pair.shared && 'pair-shared')}>
      <Pair pair={pair} />
      <div className="pair-actions">
        <label className="switch" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            role="switch"
            // The list carries the change in flight (core/web/versioned-view.ts): the switch moves in the tap's own task.
            checked={pair.shared}
            onChange={(e) => update.mutate({ id: pair.id, shared: e.target.checked })}
          />
          <span>{s.shareToggle({ name: partnerName })}</span>
        </label>
        <Button variant="quiet" onClick={() => setConfirming(true)} aria-label={s.removeLabel({ said: pair.said })}>
          {s.remove}
        </Button>
      </div>
      <FormError error={update.error ?? remove.error} />
      <ConfirmDialog
        open={confirming}
        title={s.removeTitle}
        confirmLabel={s.remove}
        cancelLabel={s.keep}
        confirmVariant="danger"
        busy={remove.isPending}
        onConfirm={() => remove.mutate(pair.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        {/* Only while asking: a closed dialog's copy of the words would sit in the page twice. */}
        {confirming && <p>“{pair.said}”</p>}
        <p>{s.removeBody}</p>
      </ConfirmDialog>
    </li>
  );
}

function AddPair({ partnerName }: { partnerName: string }) {
  const [said, setSaid] = useState('');
  const [meant, setMeant] = useState('');
  const [shared, setShared] = useState(false);
  const add = useAddSaidAndMeant();
  const id = useId();
  const s = copy.saidAndMeant;
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
          announce(s.added);
        },
      },
    );
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {s.addTitle}
      </h2>
      <TextArea label={s.said} hint={s.saidExample} rows={2} maxLength={300} required value={said} onChange={(e) => setSaid(e.target.value)} />
      <TextArea label={s.meant} hint={s.meantExample} rows={2} maxLength={300} required value={meant} onChange={(e) => setMeant(e.target.value)} />
      <label className="switch" htmlFor={`${id}-shared`}>
        <input id={`${id}-shared`} type="checkbox" role="switch" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        <span>{s.shareNew({ name: partnerName })}</span>
      </label>
      <FormError error={add.error} />
      <Button type="submit" busy={add.isPending}>
        {s.add}
      </Button>
    </form>
  );
}
