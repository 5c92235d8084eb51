import { atStart } from '../../../core/web/partner-name';
import { useId, useState, type FormEvent } from 'react';
import { Button, ButtonLink, ConfirmDialog, FormError, LoadFailed, Loading, Screen, TextField } from '../../../core/web/ui';
import { useAddReflection, useContracts, useDeleteReflection, useReflections, type Contract, type Reflection } from './api';
import { copy } from './copy';
import { PrivacyBadge, usePartnerName } from './fields';

/**
 * `/repair/roles`: stepping out of roles. A role I am ready to put down and
 * what I want instead, optionally tied to one of our unspoken agreements from
 * the pattern map. Mine stay mine unless I share them.
 */
export function RolesScreen() {
  const reflections = useReflections();
  const contracts = useContracts();
  const partner = usePartnerName();
  const r = copy.reflections;
  if (reflections.isPending) return <Loading label={copy.loading} />;
  if (reflections.isError || !reflections.data) return <LoadFailed message={copy.loadFailed} retry={() => void reflections.refetch()} />;
  const list = contracts.data ?? [];
  const mine = reflections.data.filter((x) => x.mine);
  const theirs = reflections.data.filter((x) => !x.mine);
  return (
    <Screen title={r.title} intro={<p>{r.intro}</p>}>
      <AddReflection contracts={list} />
      <section className="stack" aria-labelledby="reflections-mine-title">
        <h2 id="reflections-mine-title">{r.mine}</h2>
        {mine.length === 0 ? (
          <p className="muted">{r.empty}</p>
        ) : (
          <ul className="repair-list" aria-labelledby="reflections-mine-title">
            {mine.map((x) => (
              <ReflectionItem key={x.id} reflection={x} contracts={list} />
            ))}
          </ul>
        )}
      </section>
      {theirs.length > 0 && (
        <section className="stack" aria-labelledby="reflections-theirs-title">
          <h2 id="reflections-theirs-title">{r.theirs({ partner: atStart(partner) })}</h2>
          <ul className="repair-list" aria-labelledby="reflections-theirs-title">
            {theirs.map((x) => (
              <ReflectionItem key={x.id} reflection={x} contracts={list} />
            ))}
          </ul>
        </section>
      )}
      <ButtonLink href="~/map/contracts" variant="quiet">
        {r.mapLink}
      </ButtonLink>
      <ButtonLink href="/" variant="quiet">
        {copy.backToLog}
      </ButtonLink>
    </Screen>
  );
}

function AddReflection({ contracts }: { contracts: Contract[] }) {
  const add = useAddReflection();
  const partner = usePartnerName();
  const r = copy.reflections;
  const [lettingGo, setLettingGo] = useState('');
  const [instead, setInstead] = useState('');
  const [contractId, setContractId] = useState('');
  const [shared, setShared] = useState(false);
  const selectId = useId();
  const shareId = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!lettingGo.trim() || !instead.trim()) return;
    add.mutate(
      { lettingGo: lettingGo.trim(), instead: instead.trim(), contractId: contractId || null, shared },
      {
        onSuccess: () => {
          setLettingGo('');
          setInstead('');
          setContractId('');
          setShared(false);
        },
      },
    );
  }
  return (
    <form className="card stack" onSubmit={submit} aria-label={r.formLabel}>
      <TextField label={r.lettingGo} hint={r.lettingGoHint} value={lettingGo} maxLength={300} onChange={(e) => setLettingGo(e.target.value)} required />
      <TextField label={r.instead} hint={r.insteadHint} value={instead} maxLength={300} onChange={(e) => setInstead(e.target.value)} required />
      {contracts.length > 0 && (
        <div className="field">
          <label htmlFor={selectId} className="field-label">
            {r.contract}
          </label>
          <p id={`${selectId}-hint`} className="field-hint">
            {r.contractHint}
          </p>
          <select id={selectId} className="field-input" aria-describedby={`${selectId}-hint`} value={contractId} onChange={(e) => setContractId(e.target.value)}>
            <option value="">{r.noContract}</option>
            {contracts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="repair-check">
        <input id={shareId} type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        <label htmlFor={shareId}>{r.share({ partner })}</label>
      </div>
      <FormError error={add.error} />
      <Button type="submit" busy={add.isPending} block>
        {r.save}
      </Button>
    </form>
  );
}

function ReflectionItem({ reflection: x, contracts }: { reflection: Reflection; contracts: Contract[] }) {
  const remove = useDeleteReflection();
  const partner = usePartnerName();
  const [confirming, setConfirming] = useState(false);
  const r = copy.reflections;
  const contract = contracts.find((c) => c.id === x.contractId);
  return (
    <li className="repair-item">
      <dl className="repair-pair">
        <dt>{r.lettingGoLabel}</dt>
        <dd>{x.lettingGo}</dd>
        <dt>{r.insteadLabel}</dt>
        <dd>{x.instead}</dd>
      </dl>
      {contract && <p className="muted small">{r.linked({ text: contract.text })}</p>}
      {x.mine && (
        <>
          <PrivacyBadge shared={x.shared}>{x.shared ? r.shared({ partner }) : r.private}</PrivacyBadge>
          <Button variant="quiet" onClick={() => setConfirming(true)}>
            {r.remove}
          </Button>
          <FormError error={remove.error} />
          <ConfirmDialog
            open={confirming}
            title={r.removeTitle}
            confirmLabel={r.remove}
            cancelLabel={r.keep}
            confirmVariant="danger"
            busy={remove.isPending}
            onConfirm={() => remove.mutate(x.id, { onSuccess: () => setConfirming(false) })}
            onCancel={() => setConfirming(false)}
          >
            <p>{r.removeBody}</p>
          </ConfirmDialog>
        </>
      )}
    </li>
  );
}
