import { useState, type FormEvent } from 'react';
import { Button, Card, ChoiceChips, FormError, Notice } from '../../../core/web/ui';
import { FLOODING, isFlooded } from '../flooding';
import { PAUSE_RULES, RETURN_PLANS, WHERE } from '../machine';
import { usePauseCommand, type ReturnPlan, type Where } from './api';
import { copy } from './copy';
import { MinutesChoice, parseMinutes } from './minutes-choice';
import { SelfCheck } from './self-check';
import { TetherField } from './tether-field';

export const LENGTHS = [5, 10, 20, 30] as const;

/** Asking for a regulated pause: how long, where, a tether, and how we come back. */
export function RequestForm({ tetherSuggestions }: { tetherSuggestions: readonly string[] }) {
  const send = usePauseCommand();
  const [activation, setActivation] = useState<number | null>(null);
  const [heartRate, setHeartRate] = useState('');
  const [length, setLength] = useState<number | 'other'>(10);
  const [custom, setCustom] = useState('');
  const [where, setWhere] = useState<Where>('same_room');
  const [tether, setTether] = useState('');
  const [returnPlan, setReturnPlan] = useState<ReturnPlan>('check_in');
  const [errors, setErrors] = useState<{ minutes?: string; tether?: string }>({});

  const bpm = heartRate.trim() === '' ? null : Number(heartRate);
  const flooded = isFlooded({ activation, heartRateBpm: bpm !== null && Number.isFinite(bpm) ? bpm : null });
  const minutes = length === 'other' ? parseMinutes(custom) : length;
  const longEnough = minutes !== null && minutes >= FLOODING.suggestedMinutes;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (minutes === null) next.minutes = copy.request.customError;
    if (!tether.trim() || tether.length > PAUSE_RULES.maxTetherLength) next.tether = copy.request.tether.error;
    setErrors(next);
    if (minutes === null || next.tether) return;
    send.mutate({ type: 'request', minutes, where, tether: tether.trim(), returnPlan });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="pause-request-title">
      <h2 id="pause-request-title" className="visually-hidden">
        {copy.request.title}
      </h2>
      <SelfCheck activation={activation} onActivation={setActivation} heartRate={heartRate} onHeartRate={setHeartRate} />
      {flooded && (
        <Notice tone="gentle" title={copy.request.selfCheck.floodedTitle} role="status">
          <p>{copy.request.selfCheck.floodedBody}</p>
          {longEnough ? (
            <p className="muted small">{copy.request.selfCheck.longerChosen}</p>
          ) : (
            <Button variant="secondary" onClick={() => setLength(FLOODING.suggestedMinutes)}>
              {copy.request.selfCheck.useLonger}
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
            suggestions={tetherSuggestions}
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
        </div>
      </Card>
      <FormError error={send.error} />
      <Button type="submit" block busy={send.isPending}>
        {copy.request.submit}
      </Button>
    </form>
  );
}
