import { useId, useState, type FormEvent } from 'react';
import { atStart } from '../../../core/web/partner-name';
import { announce, Button, ChoiceChips, FormError, ScaleField } from '../../../core/web/ui';
import { useSaveHowSeen, type HowSeen, type Rupture, type Who } from './api';
import { copy } from './copy';
import { usePartnerName } from './fields';
import { rolesSeenDifferently } from './rupture-log';

/** How intense it felt, who reached and who stepped back — this time, as I saw it. Used to note a rupture and to add my view to one. */
export function HowSeenFields({ value, onChange }: { value: HowSeen; onChange(next: HowSeen): void }) {
  const partner = usePartnerName();
  const f = copy.form;
  const who = [
    { value: 'me' as const, label: f.who.me },
    { value: 'partner' as const, label: atStart(partner) },
    { value: 'unsure' as const, label: f.who.unsure },
  ];
  return (
    <>
      <ScaleField label={f.intensity} hint={f.intensityHint} value={value.intensity} valueText={(n) => f.intensityValue({ n })} onChange={(intensity) => onChange({ ...value, intensity })} />
      <ChoiceChips legend={f.reached} hint={f.rolesHint} options={who} value={value.reached} onChange={(reached: Who) => onChange({ ...value, reached })} />
      <ChoiceChips legend={f.withdrew} options={who} value={value.withdrew} onChange={(withdrew: Who) => onChange({ ...value, withdrew })} />
    </>
  );
}

export const UNSURE_VIEW: HowSeen = { intensity: 5, reached: 'unsure', withdrew: 'unsure' };

/** One partner's view, in a few plain lines (roles are in the reader's words: "you" is the reader). */
export function HowSeenLines({ seen, className }: { seen: HowSeen; className?: string }) {
  const partner = usePartnerName();
  return (
    <ul className={['repair-seen-lines', className].filter(Boolean).join(' ')}>
      <li className="repair-intensity">{copy.views.intensity({ n: seen.intensity })}</li>
      <li>{copy.roles.reached({ who: seen.reached, partner: atStart(partner) })}</li>
      <li>{copy.roles.withdrew({ who: seen.withdrew, partner: atStart(partner) })}</li>
    </ul>
  );
}

/**
 * A rupture from both sides: my view and my partner's, each labelled as
 * whose it is, never merged into one "what happened". I can add mine when
 * my partner noted it, and change mine later; theirs is theirs to change.
 */
export function HowSeenCard({ rupture }: { rupture: Rupture }) {
  const partner = usePartnerName();
  const v = copy.views;
  const [editing, setEditing] = useState(false);
  const mineId = useId();
  const theirsId = useId();
  return (
    <section className="card repair-views" aria-label={copy.detail.views}>
      <div className="repair-views-sides">
        {rupture.myView && !editing && (
          <section className="repair-view repair-view-mine" aria-labelledby={mineId}>
            <h2 id={mineId} className="repair-view-who">
              {v.mine}
            </h2>
            <HowSeenLines seen={rupture.myView} />
            <Button variant="quiet" onClick={() => setEditing(true)}>
              {v.change}
            </Button>
          </section>
        )}
        {rupture.partnerView && (
          <section className="repair-view repair-view-theirs" aria-labelledby={theirsId}>
            <h2 id={theirsId} className="repair-view-who">
              {v.partners({ partner })}
            </h2>
            <HowSeenLines seen={rupture.partnerView} />
          </section>
        )}
      </div>
      {!editing && rolesSeenDifferently(rupture.myView, rupture.partnerView) && <p className="repair-views-differ">{v.differ}</p>}
      {(editing || !rupture.myView) && <AddMyView rupture={rupture} onDone={() => setEditing(false)} editing={editing} />}
    </section>
  );
}

function AddMyView({ rupture, editing, onDone }: { rupture: Rupture; editing: boolean; onDone(): void }) {
  const partner = usePartnerName();
  const save = useSaveHowSeen(rupture.id);
  const [seen, setSeen] = useState<HowSeen>(rupture.myView ?? UNSURE_VIEW);
  const v = copy.views;
  const titleId = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(seen, {
      onSuccess: () => {
        announce(v.saved);
        onDone();
      },
    });
  }
  return (
    <form className="stack repair-view-form" onSubmit={submit} aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        {v.addTitle}
      </h2>
      {!editing && rupture.partnerView && <p className="muted">{v.addIntro({ partner })}</p>}
      <HowSeenFields value={seen} onChange={setSeen} />
      <FormError error={save.error} />
      <div className="row">
        <Button type="submit" busy={save.isPending}>
          {editing ? v.save : v.add}
        </Button>
        {editing && (
          <Button variant="quiet" onClick={onDone}>
            {v.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
