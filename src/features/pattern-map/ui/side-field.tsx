import { useEffect, useId, useRef, type ReactNode, type Ref } from 'react';
import { classes } from '../../../core/web/ui';
import { atStart } from '../../../core/web/partner-name';
import { MAX_FIELD_LENGTH, type Field } from '../side-doc';
import { copy } from './copy';
import { awarenessSender, usePartnerField } from './side-store';
import type { SideSync } from './side-sync';
import { TextBinding } from './text-binding';

interface SideFieldProps {
  side: SideSync;
  mapId: string;
  ownerId: string;
  field: Field;
  label: ReactNode;
  hint?: ReactNode;
  /** Our example answer, shown beside the box as "For example: …" — never inside it, where it would look already filled in. */
  example?: string;
  /** Whether the partner can see this side (then my whereabouts are shared too). */
  shared: boolean;
  partnerName: string;
  /** The guided start's one question per screen: bigger, and the label is the screen's heading. */
  large?: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  children?: ReactNode;
}

/** One layer of a side as a live, shared text box, with a marker when the partner is in it. */
export function SideField({ side, mapId, ownerId, field, label, hint, example, shared, partnerName, large, headingRef, children }: SideFieldProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const partnerHere = usePartnerField(mapId, ownerId) === field;

  useEffect(() => {
    const binding = new TextBinding(ref.current!, side, field);
    return () => binding.destroy();
  }, [side, field]);

  return (
    <div className={classes('field', 'side-field', partnerHere && 'side-field-shared-focus')}>
      <div className="side-field-head">
        {large ? (
          <h2 ref={headingRef} tabIndex={-1} className="guide-question">
            <label htmlFor={id}>{label}</label>
          </h2>
        ) : (
          <label htmlFor={id} className="field-label">
            {label}
          </label>
        )}
        {partnerHere && (
          <span className="here-marker">
            <span className="here-dot" aria-hidden="true" />
            {copy.hereMarker({ name: atStart(partnerName) })}
          </span>
        )}
      </div>
      {(hint || example) && (
        <p id={`${id}-hint`} className="field-hint">
          {example && (
            <span className="field-example">
              <span className="field-example-label">{copy.forExample}</span> {example}
            </span>
          )}
          {example && hint && ' '}
          {hint}
        </p>
      )}
      <textarea
        ref={ref}
        id={id}
        className={classes('field-input', 'side-textarea', large && 'side-textarea-large')}
        rows={large ? 5 : 3}
        maxLength={MAX_FIELD_LENGTH}
        aria-describedby={hint || example ? `${id}-hint` : undefined}
        onFocus={() => shared && awarenessSender.enter(mapId, ownerId, field)}
        onBlur={() => shared && awarenessSender.leave()}
      />
      {children}
    </div>
  );
}
