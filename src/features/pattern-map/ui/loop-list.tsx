import { useId } from 'react';
import { classes } from '../../../core/web/ui';
import { copy } from './copy';
import type { LoopStep } from './loop-steps';

/**
 * The loop in words, in order: the accessible version of the diagram (and
 * the one a screen reader user gets). An ordered list of steps, each with
 * its own heading and what lies underneath it.
 */
export function LoopList({ steps, name, headingLevel = 2 }: { steps: LoopStep[]; name: string; headingLevel?: 2 | 3 }) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const StepHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="loop-list-section" aria-labelledby={headingId}>
      <Heading id={headingId} className="loop-list-title">
        {copy.loop.listTitle}: {name}
      </Heading>
      <p className="muted">{copy.loop.listIntro}</p>
      <ol className="loop-list">
        {steps.map((step) => (
          <li key={step.id} className={classes('loop-step', `loop-step-${step.tone}`)}>
            <StepHeading className="loop-step-title">{step.title}</StepHeading>
            <p className={classes('loop-step-text', !step.text && 'muted')}>{step.text || step.placeholder}</p>
            {step.details.length > 0 && (
              <dl className="loop-step-details">
                {step.details.map((d) => (
                  <div key={d.label} className="loop-step-detail">
                    <dt>{d.label}</dt>
                    <dd>{d.text}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
      <p className="loop-list-end">
        <span aria-hidden="true">↺ </span>
        {copy.loop.backToStart}
      </p>
    </section>
  );
}
