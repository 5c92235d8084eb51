import type { ReactNode } from 'react';
import { atStart } from '../../../core/web/partner-name';
import { Button, FormError } from '../../../core/web/ui';
import { useHearThis, type Answers, type RepairView, type Step } from './api';
import { copy } from './copy';
import { usePartnerName } from './fields';
import { formatDay } from './rupture-log';
import { revealedSteps } from './steps';

/**
 * Both sides at once, question by question, side by side: mine and my
 * partner's. Each of my partner's answers can get an "I hear this"; I see
 * which of mine they heard.
 */
export function Reveal({ repair }: { repair: RepairView }) {
  const partner = usePartnerName();
  const hear = useHearThis(repair.id);
  const theirs = repair.partners ?? {};
  const r = copy.reveal;

  return (
    <section className="card repair-reveal" aria-labelledby="reveal-title">
      <h2 id="reveal-title" className="card-title">
        {r.title}
      </h2>
      <p className="muted">{r.intro}</p>
      <ol className="repair-reveal-list">
        {revealedSteps(repair.mine, theirs).map((step) => (
          <li key={step} className="repair-reveal-step">
            <h3 id={`reveal-${step}`}>{copy.questions[step].label}</h3>
            <div className="repair-sides" role="group" aria-labelledby={`reveal-${step}`}>
              <Side who={copy.you} leftOpen={r.iLeftOpen} answers={repair.mine} step={step} className="repair-side-mine">
                {repair.partnerAcknowledged.includes(step) && <p className="repair-heard">{r.partnerHeard({ partner: atStart(partner) })}</p>}
              </Side>
              <Side who={atStart(partner)} leftOpen={r.theyLeftOpen({ partner: atStart(partner) })} answers={theirs} step={step} className="repair-side-theirs">
                {theirs[step]?.trim() &&
                  (repair.iAcknowledged.includes(step) ? (
                    <p className="repair-heard">{r.heard}</p>
                  ) : (
                    <Button variant="secondary" className="repair-hear" onClick={() => hear.mutate(step)} busy={hear.isPending && hear.variables === step} aria-label={r.hearLabel({ partner: atStart(partner), question: copy.questions[step].label })}>
                      {r.hear}
                    </Button>
                  ))}
              </Side>
            </div>
          </li>
        ))}
      </ol>
      <FormError error={hear.error} />
    </section>
  );
}

interface SideProps {
  who: string;
  /** Said, gently, when this side left the part empty and the other wrote in it. */
  leftOpen: string;
  answers: Answers;
  step: Step;
  className: string;
  children?: ReactNode;
}

function Side({ who, leftOpen, answers, step, className, children }: SideProps) {
  const text = answers[step]?.trim();
  return (
    <div className={`repair-side ${className}`}>
      <p className="repair-side-who">{who}</p>
      {text ? <p className="repair-prose">{text}</p> : <p className="muted repair-left-open">{leftOpen}</p>}
      {step === 'iWill' && answers.iWillBy && <p className="muted small">{copy.reveal.by({ date: formatDay(answers.iWillBy) })}</p>}
      {children}
    </div>
  );
}
