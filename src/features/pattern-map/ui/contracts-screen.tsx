import { useId, useState, type FormEvent } from 'react';
import { announce, Button, ButtonLink, FormError, Loading, Screen, TextArea, classes } from '../../../core/web/ui';
import { atStart } from '../../../core/web/partner-name';
import { useContracts, useMarkContract, useProposeContract, type Contract, type Decision } from './api';
import { copy } from './copy';
import { LoadFailed } from './loop-screen';
import { usePartner } from './use-map';

const DECISIONS: Decision[] = ['keep', 'renegotiate', 'retire'];

/**
 * `/map/contracts`: the unspoken roles that hold the loop up. Either partner
 * names one; each decides keep / talk it over / let go, with a note. Let-go
 * ones stay listed, as a record of how things changed.
 */
export function ContractsScreen() {
  const contracts = useContracts();
  const model = usePartner();
  const c = copy.contracts;

  if (contracts.isPending) return <Loading label={copy.loading} />;
  if (contracts.isError) return <LoadFailed retry={() => void contracts.refetch()} />;
  const active = contracts.data.filter((x) => x.status !== 'retired');
  const retired = contracts.data.filter((x) => x.status === 'retired');

  return (
    <Screen title={c.title} intro={c.intro.map((p) => <p key={p}>{p}</p>)} className="contracts-screen">
      <ProposeForm />
      <section className="stack" aria-labelledby="contracts-active">
        <h2 id="contracts-active">{c.active}</h2>
        {active.length === 0 ? (
          <p className="muted">{c.empty}</p>
        ) : (
          <ul className="contract-list">
            {active.map((x) => (
              <ContractItem key={x.id} contract={x} partnerName={model.partnerName} hasPartner={model.hasPartner} />
            ))}
          </ul>
        )}
      </section>
      {retired.length > 0 && (
        <section className="stack retired" aria-labelledby="contracts-retired">
          <h2 id="contracts-retired">{c.retired}</h2>
          <p className="muted">{c.retiredIntro}</p>
          <ul className="contract-list">
            {retired.map((x) => (
              <ContractItem key={x.id} contract={x} partnerName={model.partnerName} hasPartner={model.hasPartner} />
            ))}
          </ul>
        </section>
      )}
      <ButtonLink href="/" variant="quiet">
        {copy.print.back}
      </ButtonLink>
    </Screen>
  );
}

function ProposeForm() {
  const [text, setText] = useState('');
  const propose = useProposeContract();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim().length < 3) return;
    propose.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <form className="card stack" onSubmit={submit}>
      <TextArea label={copy.contracts.proposeLabel} hint={copy.contracts.proposeExample} rows={3} minLength={3} maxLength={200} value={text} onChange={(e) => setText(e.target.value)} />
      <FormError error={propose.error} />
      <Button type="submit" busy={propose.isPending}>
        {copy.contracts.propose}
      </Button>
    </form>
  );
}

function ContractItem({ contract, partnerName, hasPartner }: { contract: Contract; partnerName: string; hasPartner: boolean }) {
  const c = copy.contracts;
  const headingId = useId();
  const [editing, setEditing] = useState(!contract.myMark);
  return (
    <li className={classes('card', 'contract', `contract-${contract.status}`)}>
      <div className="contract-head">
        <h3 id={headingId} className="contract-text">
          {contract.text}
        </h3>
        <span className={classes('badge', `badge-${contract.status}`)}>{c.status[contract.status]}</span>
      </div>
      <p className="muted small">{contract.proposedByMe ? c.proposedByMe : c.proposedBy({ name: atStart(partnerName) })}</p>
      <dl className="marks">
        <div className="mark">
          <dt>{c.myChoice}</dt>
          <dd>
            {contract.myMark ? c.decisions[contract.myMark.decision] : c.noChoice}
            {contract.myMark?.note && <span className="mark-note">“{contract.myMark.note}”</span>}
          </dd>
        </div>
        {hasPartner && (
          <div className="mark">
            <dt>{c.partnerChoice({ name: atStart(partnerName) })}</dt>
            <dd>
              {contract.partnerMark ? c.decisions[contract.partnerMark.decision] : c.noChoice}
              {contract.partnerMark?.note && <span className="mark-note">“{contract.partnerMark.note}”</span>}
            </dd>
          </div>
        )}
      </dl>
      {editing ? (
        <MarkForm contract={contract} onDone={() => setEditing(false)} />
      ) : (
        <Button variant="quiet" onClick={() => setEditing(true)}>
          {c.change}
        </Button>
      )}
    </li>
  );
}

function MarkForm({ contract, onDone }: { contract: Contract; onDone(): void }) {
  const c = copy.contracts;
  const [decision, setDecision] = useState<Decision | null>(contract.myMark?.decision ?? null);
  const [note, setNote] = useState(contract.myMark?.note ?? '');
  const mark = useMarkContract();
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!decision) return;
    mark.mutate(
      { id: contract.id, decision, note },
      {
        onSuccess: () => {
          announce(c.saved);
          onDone();
        },
      },
    );
  };
  return (
    <form className="mark-form stack" onSubmit={submit}>
      <fieldset className="decision">
        <legend className="field-label">{c.myChoice}</legend>
        <div className="decision-options">
          {DECISIONS.map((d) => (
            <label key={d} className="decision-option">
              <input type="radio" name={`${id}-decision`} value={d} checked={decision === d} onChange={() => setDecision(d)} />
              <span>{c.decisions[d]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`} className="field-label">
          {c.note}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {c.noteHint}
        </p>
        <textarea id={`${id}-note`} className="field-input" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${id}-hint`} />
      </div>
      <FormError error={mark.error} />
      <Button type="submit" variant="secondary" busy={mark.isPending} disabled={!decision}>
        {c.save}
      </Button>
    </form>
  );
}
