import { useId, useState, type FormEvent } from 'react';
import { useSearch } from 'wouter';
import { Button, Card, ChoiceChips, FormError, Notice } from '../../../core/web/ui';
import { PAUSE_HEART_PARAM } from '../../../core/flooding';
import { FLOODING, isFlooded, suggestedMinutes } from '../flooding';
import { PAUSE_RULES, RETURN_PLANS, WHERE } from '../machine';
import { usePauseCommand, useSaveUsualPause, type ReturnPlan, type UsualPause, type Where } from './api';
import { copy } from './copy';
import { MinutesChoice, parseMinutes } from './minutes-choice';
import { SelfCheck } from './self-check';
import { TetherField, type SuggestionGroup } from './tether-field';

export const LENGTHS = [5, 10, 20, 30] as const;

/** Tether ideas: the person's own words first, then ours for stepping away and for coming back. */
export function tetherGroups(ownPhrases: readonly string[]): SuggestionGroup[] {
  const t = copy.request.tether;
  return [
    { label: t.groups.own, phrases: ownPhrases },
    { label: t.groups.leaving, phrases: t.leaving },
    { label: t.groups.comingBack, phrases: t.comingBack },
  ];
}

/** The rate a heart-rate suggestion led here with, if it is a heart's. */
export function heartFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get(PAUSE_HEART_PARAM);
  const bpm = raw !== null && /^\d{2,3}$/.test(raw) ? Number(raw) : null;
  return bpm !== null && bpm >= 30 && bpm <= 230 ? bpm : null;
}

interface RequestFormProps {
  /** The person's own phrases (from their toolkit), offered first. */
  ownPhrases: readonly string[];
  /** Starts from the person's usual pause. */
  usual: UsualPause;
}

/** Asking for a regulated pause with every detail: how long, where, a tether, and how we come back. */
export function RequestForm({ ownPhrases, usual }: RequestFormProps) {
  const id = useId();
  const send = usePauseCommand();
  const saveUsual = useSaveUsualPause();
  // Coming from the heart-rate suggestion: the rate is in the check-in and the break is long enough.
  const search = useSearch();
  const [fromHeart] = useState(() => heartFromSearch(search));
  const first = fromHeart === null ? usual.minutes : suggestedMinutes({ heartRateBpm: fromHeart }, usual.minutes);
  const [activation, setActivation] = useState<number | null>(null);
  const [heartRate, setHeartRate] = useState(fromHeart === null ? '' : String(fromHeart));
  const [length, setLength] = useState<number | 'other'>((LENGTHS as readonly number[]).includes(first) ? first : 'other');
  const [custom, setCustom] = useState((LENGTHS as readonly number[]).includes(first) ? '' : String(first));
  const [where, setWhere] = useState<Where>(usual.where);
  const [tether, setTether] = useState(usual.tether ?? '');
  const [returnPlan, setReturnPlan] = useState<ReturnPlan>(usual.returnPlan);
  const [keepUsual, setKeepUsual] = useState(false);
  const [errors, setErrors] = useState<{ minutes?: string; tether?: string }>({});

  const bpm = heartRate.trim() === '' ? null : Number(heartRate);
  const flooded = isFlooded({ activation, heartRateBpm: bpm !== null && Number.isFinite(bpm) ? bpm : null });
  const minutes = length === 'other' ? parseMinutes(custom) : length;
  const longEnough = minutes !== null && minutes >= FLOODING.suggestedMinutes;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (minutes === null) next.minutes = copy.request.customError;
    if (tether.trim().length > PAUSE_RULES.maxTetherLength) next.tether = copy.request.tether.error;
    setErrors(next);
    if (minutes === null || next.tether) return;
    const chosen = { minutes, where, tether: tether.trim() || null, returnPlan };
    send.mutate({ type: 'request', ...chosen });
    // Keeping it as the usual is a nicety beside the pause itself; a failure there is shown, not fatal.
    if (keepUsual) saveUsual.mutate(chosen);
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {copy.request.detailsTitle}
      </h2>
      <SelfCheck activation={activation} onActivation={setActivation} heartRate={heartRate} onHeartRate={setHeartRate} />
      {flooded && (
        <Notice tone="gentle" title={copy.request.selfCheck.floodedTitle} role="status">
          <p>{copy.request.selfCheck.floodedBody({ minutes: FLOODING.suggestedMinutes })}</p>
          {longEnough ? (
            <p className="muted small">{copy.request.selfCheck.longerChosen({ minutes: FLOODING.suggestedMinutes })}</p>
          ) : (
            <Button variant="secondary" onClick={() => setLength(FLOODING.suggestedMinutes)}>
              {copy.request.selfCheck.useLonger({ minutes: FLOODING.suggestedMinutes })}
            </Button>
          )}
        </Notice>
      )}
      <Card title={copy.request.formTitle}>
        <div className="stack">
          <MinutesChoice
            legend={copy.request.length}
            options={LENGTHS}
            value={length}
            onChange={setLength}
            custom={custom}
            onCustom={setCustom}
            error={errors.minutes ?? null}
          />
          <ChoiceChips
            legend={copy.request.whereLegend}
            options={WHERE.map((w) => ({ value: w, label: copy.whereOption[w] }))}
            value={where}
            onChange={setWhere}
          />
          <TetherField
            legend={copy.request.tether.legend}
            hint={copy.request.tether.hint}
            suggestionsLabel={copy.request.tether.suggestions}
            label={copy.request.tether.label}
            suggestions={tetherGroups(ownPhrases)}
            value={tether}
            onChange={setTether}
            error={errors.tether ?? null}
          />
          <ChoiceChips
            legend={copy.request.returnLegend}
            options={RETURN_PLANS.map((p) => ({ value: p, label: copy.returnOption[p] }))}
            value={returnPlan}
            onChange={setReturnPlan}
          />
          <label className="check-row">
            <input type="checkbox" checked={keepUsual} onChange={(e) => setKeepUsual(e.target.checked)} aria-describedby={`${id}-usual-hint`} />
            <span>{copy.request.keepUsual}</span>
          </label>
          <p id={`${id}-usual-hint`} className="field-hint">
            {copy.request.keepUsualHint}
          </p>
        </div>
      </Card>
      <FormError error={send.error ?? saveUsual.error} />
      <Button type="submit" block busy={send.isPending}>
        {copy.request.submit}
      </Button>
    </form>
  );
}
