import { useId, useState } from 'react';
import { Button, Card, ChoiceChips, FormError, Notice } from '../../../core/web/ui';
import { PAUSE_RULES, RETURN_PLANS } from '../machine';
import { usePauseCommand, type PauseView, type ReturnPlan } from './api';
import { copy } from './copy';
import { Tether } from './pause-details';
import { TetherField } from './tether-field';

const MORE = [5, 10, 15] as const;

/**
 * "Ready to reconnect?": how I feel now (0–10, kept private) and the next
 * step, or a little more time with a tether. Never a countdown to obey.
 */
interface ComeBackProps {
  pause: PauseView;
  partner: string;
  /** Set when the person opened the check-in early: a way back to the pause. */
  onBack?: () => void;
}

export function ComeBack({ pause, partner, onBack }: ComeBackProps) {
  const send = usePauseCommand();
  const id = useId();
  const [feeling, setFeeling] = useState(3);
  const [next, setNext] = useState<ReturnPlan>(pause.returnPlan);
  const [asking, setAsking] = useState(false);
  const [more, setMore] = useState<number>(5);
  const [tether, setTether] = useState<string>(copy.comeBack.moreTetherDefault);
  const partnerWords = pause.iAmRequester ? pause.partnerTether : pause.tether;
  const [tetherError, setTetherError] = useState<string | null>(null);

  const words = partnerWords && <Tether title={copy.comeBack.partnerWords({ partner })} text={partnerWords} />;
  if (pause.myCheckIn) {
    return (
      <Card title={copy.comeBack.meReady} className="come-back">
        <p role="status">
          {pause.partnerCheckIn
            ? copy.comeBack.partnerReady({ partner, plan: pause.partnerCheckIn.nextStep })
            : copy.comeBack.waitingForPartner({ partner })}
        </p>
        {words}
      </Card>
    );
  }

  const askMore = () => {
    const ok = tether.length <= PAUSE_RULES.maxTetherLength;
    setTetherError(ok ? null : copy.request.tether.error);
    if (ok) send.mutate({ type: 'more_time', minutes: more, tether: tether.trim() || null });
  };

  return (
    <Card title={copy.comeBack.cardTitle} className="come-back">
      <p>{copy.comeBack.intro}</p>
      {words}
      {pause.partnerCheckIn && (
        <Notice tone="gentle">{copy.comeBack.partnerReady({ partner, plan: pause.partnerCheckIn.nextStep })}</Notice>
      )}
      {asking ? (
        <div className="stack">
          <ChoiceChips
            legend={copy.comeBack.moreLegend}
            options={MORE.map((n) => ({ value: n, label: copy.minutesShort({ minutes: n }) }))}
            value={more}
            onChange={setMore}
          />
          <TetherField
            legend={copy.comeBack.moreTether}
            label={copy.request.tether.label}
            suggestions={copy.request.tether.comingBack}
            value={tether}
            onChange={setTether}
            error={tetherError}
          />
          <FormError error={send.error} />
          <Button block onClick={askMore} busy={send.isPending}>
            {copy.comeBack.moreSubmit({ minutes: more })}
          </Button>
          <Button variant="quiet" onClick={() => setAsking(false)}>
            {copy.comeBack.back}
          </Button>
        </div>
      ) : (
        <div className="stack">
          <div className="field">
            <label htmlFor={`${id}-feeling`} className="field-label">
              {copy.comeBack.feeling}
            </label>
            <p id={`${id}-feeling-hint`} className="field-hint">
              {copy.comeBack.feelingHint}
            </p>
            <div className="slider-row">
              <input
                id={`${id}-feeling`}
                type="range"
                min={0}
                max={10}
                step={1}
                className="slider"
                value={feeling}
                aria-describedby={`${id}-feeling-hint`}
                aria-valuetext={copy.request.selfCheck.activationValue({ n: feeling })}
                onChange={(e) => setFeeling(Number(e.target.value))}
              />
              <output htmlFor={`${id}-feeling`} className="slider-value" aria-hidden="true">
                {feeling}
              </output>
            </div>
          </div>
          <ChoiceChips
            legend={copy.comeBack.nextLegend}
            options={RETURN_PLANS.map((p) => ({ value: p, label: copy.returnOption[p] }))}
            value={next}
            onChange={setNext}
          />
          <FormError error={send.error} />
          <Button block onClick={() => send.mutate({ type: 'ready', feeling, nextStep: next })} busy={send.isPending}>
            {copy.comeBack.ready}
          </Button>
          {pause.status === 'returning' && (
            <Button variant="secondary" block onClick={() => setAsking(true)}>
              {copy.comeBack.moreToggle}
            </Button>
          )}
          {onBack && (
            <Button variant="quiet" onClick={onBack}>
              {copy.comeBack.backToPause}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
