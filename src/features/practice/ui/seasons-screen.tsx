import { useRef, useState, type FormEvent } from 'react';
import { useSearch } from 'wouter';
import { announce, Button, Card, ChoiceChips, FormError, Screen, TextArea, TextField } from '../../../core/web/ui';
import { useProposeSeason, useSeasons, useSeasonStep, type Season } from './api';
import { copy } from './copy';
import { formatDay, isReviewDateAllowed, reviewDateLimits } from './dates';
import { AskFirst, Loaded, usePartnerName } from './fields';

type Carrier = 'me' | 'partner';
interface Draft {
  carrier: Carrier | null;
  what: string;
  why: string;
  /** The season this one replaces ("change it"): ended once the new one is proposed. */
  replaces: string | null;
}

/** /practice/seasons: propose who carries more for a while; accept; renew, change or end at review; the record. */
export function SeasonsScreen() {
  const seasons = useSeasons();
  const search = useSearch();
  const suggested = new URLSearchParams(search).get('carrier');
  const [draft, setDraft] = useState<Draft>({ carrier: suggested === 'me' || suggested === 'partner' ? suggested : null, what: '', why: '', replaces: null });
  const [formKey, setFormKey] = useState(0);
  const [asked, setAsked] = useState(suggested !== null);
  const formRef = useRef<HTMLDivElement>(null);
  const s = copy.seasons;

  const adjust = (season: Season) => {
    setDraft({ carrier: season.carrier, what: season.what, why: season.why, replaces: season.id });
    setFormKey((k) => k + 1);
    setAsked(true);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('textarea')?.focus());
  };

  return (
    <Screen title={s.title} intro={<p>{s.intro}</p>}>
      <Loaded query={seasons}>
        {(list) => {
          const open = list.filter((x) => x.status !== 'ended');
          const ended = list.filter((x) => x.status === 'ended');
          return (
            <>
              {open.map((season) => (
                <SeasonCard key={season.id} season={season} onAdjust={() => adjust(season)} />
              ))}
              {list.length === 0 && <p className="muted">{s.empty}</p>}
              <div ref={formRef}>
                {open.length === 0 || asked ? (
                  <ProposeForm
                    key={formKey}
                    draft={draft}
                    onDone={() => {
                      setDraft({ carrier: null, what: '', why: '', replaces: null });
                      setAsked(false);
                    }}
                  />
                ) : (
                  <Button variant="secondary" block onClick={() => setAsked(true)}>
                    {s.another}
                  </Button>
                )}
              </div>
              {ended.length > 0 && (
                <section aria-labelledby="practice-season-record" className="stack">
                  <h2 id="practice-season-record">{s.record}</h2>
                  <p className="muted small">{s.recordNote}</p>
                  <ul className="practice-list" aria-label={s.record}>
                    {ended.map((season) => (
                      <li key={season.id}>
                        <SeasonCard season={season} />
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          );
        }}
      </Loaded>
    </Screen>
  );
}

function carrierText(season: Season, partnerName: string): string {
  const c = copy.seasons.carrier;
  return season.carrier === 'me' ? c.me : season.carrier === 'partner' ? c.partner({ partner: partnerName }) : c.gone;
}

function SeasonCard({ season, onAdjust }: { season: Season; onAdjust?: () => void }) {
  const partnerName = usePartnerName();
  const step = useSeasonStep();
  const s = copy.seasons;
  const ended = season.status === 'ended';
  return (
    <Card title={carrierText(season, partnerName)} className={`practice-season practice-season-${season.status}`}>
      <dl className="practice-season-terms">
        <dt>{s.what}</dt>
        <dd>{season.what}</dd>
        <dt>{s.why}</dt>
        <dd>{season.why}</dd>
      </dl>
      <p className="muted small">{ended && season.endedAt ? s.endedOn({ date: formatDay(season.endedAt.slice(0, 10)) }) : s.reviewOn({ date: formatDay(season.reviewOn) })}</p>
      {!ended && (
        <p className="practice-season-status">
          {season.status === 'active' ? s.status.active : season.iAccepted ? s.status.waitingForPartner({ partner: partnerName }) : s.status.waitingForMe({ partner: partnerName })}
        </p>
      )}
      {!ended && !season.iAccepted && (
        <Button busy={step.isPending && step.variables?.step === 'accept'} onClick={() => step.mutate({ id: season.id, step: 'accept' }, { onSuccess: () => announce(s.accepted) })}>
          {s.accept}
        </Button>
      )}
      {season.dueForReview && <p className="notice notice-gentle">{s.due}</p>}
      {season.status === 'active' && <Review season={season} onAdjust={onAdjust} />}
      {!ended && (
        <div className="practice-card-foot">
          <AskFirst
            label={s.end}
            title={s.endTitle}
            body={s.endBody}
            confirm={s.endConfirm}
            busy={step.isPending && step.variables?.step === 'end'}
            onConfirm={() => step.mutateAsync({ id: season.id, step: 'end' }).then(() => announce(s.ended))}
          />
        </div>
      )}
      <FormError error={step.error} />
    </Card>
  );
}

/** Keep going (a new review date, which both agree to again) or change it; shown open when the review is due. */
function Review({ season, onAdjust }: { season: Season; onAdjust?: () => void }) {
  const partnerName = usePartnerName();
  const step = useSeasonStep();
  const limits = reviewDateLimits(new Date());
  const [reviewOn, setReviewOn] = useState(limits.suggested);
  const s = copy.seasons;
  const renew = (e: FormEvent) => {
    e.preventDefault();
    if (!isReviewDateAllowed(reviewOn, new Date())) return;
    step.mutate({ id: season.id, step: 'renew', reviewOn }, { onSuccess: () => announce(s.renewed({ partner: partnerName })) });
  };
  return (
    <details className="practice-review" open={season.dueForReview}>
      <summary>{s.review}</summary>
      <form className="stack" onSubmit={renew}>
        <TextField label={s.renewLabel} hint={s.reviewHint} type="date" required min={limits.min} max={limits.max} value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} />
        <FormError error={step.error} />
        <Button type="submit" variant="secondary" busy={step.isPending}>
          {s.renew}
        </Button>
      </form>
      {onAdjust && (
        <div className="stack practice-adjust">
          <p className="muted small">{s.adjustNote}</p>
          <Button variant="quiet" onClick={onAdjust}>
            {s.adjust}
          </Button>
        </div>
      )}
    </details>
  );
}

function ProposeForm({ draft, onDone }: { draft: Draft; onDone(): void }) {
  const partnerName = usePartnerName();
  const propose = useProposeSeason();
  const endOld = useSeasonStep();
  const limits = reviewDateLimits(new Date());
  const [carrier, setCarrier] = useState<Carrier | null>(draft.carrier);
  const [what, setWhat] = useState(draft.what);
  const [why, setWhy] = useState(draft.why);
  const [reviewOn, setReviewOn] = useState(limits.suggested);
  const s = copy.seasons;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!carrier || what.trim().length < 3 || why.trim().length < 3 || !isReviewDateAllowed(reviewOn, new Date())) return;
    try {
      await propose.mutateAsync({ carrier, what: what.trim(), why: why.trim(), reviewOn });
      if (draft.replaces) await endOld.mutateAsync({ id: draft.replaces, step: 'end' });
      announce(s.proposed({ partner: partnerName }));
      setWhat('');
      setWhy('');
      setCarrier(null);
      onDone();
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <Card title={s.newTitle} className="practice-propose">
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <ChoiceChips
          legend={s.carrierLegend}
          options={[
            { value: 'me', label: s.carrierMe },
            { value: 'partner', label: partnerName },
          ]}
          value={carrier}
          onChange={setCarrier}
        />
        <TextArea label={s.whatLabel} hint={s.whatHint} value={what} minLength={3} maxLength={500} required onChange={(e) => setWhat(e.target.value)} />
        <TextArea label={s.whyLabel} hint={s.whyHint} value={why} minLength={3} maxLength={500} required onChange={(e) => setWhy(e.target.value)} />
        <TextField label={s.reviewLabel} hint={s.reviewHint} type="date" required min={limits.min} max={limits.max} value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} />
        {draft.replaces && <p className="muted small">{s.adjustNote}</p>}
        <FormError error={propose.error ?? endOld.error} />
        <Button type="submit" busy={propose.isPending || endOld.isPending} disabled={!carrier}>
          {s.propose}
        </Button>
      </form>
    </Card>
  );
}
