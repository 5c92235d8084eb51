import { useId, useState, type FormEvent } from 'react';
import { announce, Button, FormError } from '../../../core/web/ui';
import { useUpdateMap, type MapSummary } from './api';
import { copy } from './copy';
import { mapCopy } from '../copy';

/** Naming the loop: a free text with a few light suggestions to tap. */
export function NameForm({ map, onDone }: { map: MapSummary; onDone(): void }) {
  const [name, setName] = useState(map.name ?? '');
  const update = useUpdateMap();
  const id = useId();

  const save = (e: FormEvent) => {
    e.preventDefault();
    const next = name.trim() || null;
    update.mutate(
      { id: map.id, name: next },
      {
        onSuccess: () => {
          if (next) announce(copy.name.saved({ loop: next }));
          onDone();
        },
      },
    );
  };

  return (
    <form className="card name-form stack" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {copy.name.title}
      </h2>
      <p className="muted">{copy.name.intro}</p>
      <div className="field">
        <label htmlFor={id} className="field-label">
          {copy.name.label}
        </label>
        <input id={id} className="field-input" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </div>
      <div role="group" aria-label={copy.name.suggestions}>
        <p className="field-label" aria-hidden="true">
          {copy.name.suggestions}
        </p>
        <div className="chips">
          {mapCopy.nameSuggestions.map((s) => (
            <button key={s} type="button" className="chip" aria-pressed={name === s} onClick={() => setName(s)}>
              {s}
            </button>
          ))}
        </div>
      </div>
      <FormError error={update.error} />
      <div className="row">
        <Button type="submit" busy={update.isPending}>
          {copy.name.save}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {copy.name.cancel}
        </Button>
      </div>
    </form>
  );
}
