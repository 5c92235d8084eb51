import { useEffect, useId, useRef, useState } from 'react';
import { announce, Button } from '../../../core/web/ui';
import { copy } from './copy';
import { checkPhoto } from './photo';

/**
 * The joy photo: a real button opens the system's picker (the file input
 * itself stays hidden, so no browser's "Choose File / No file chosen" shows),
 * and the chosen photo appears as a preview with its name and a way to
 * remove it. Choosing and removing are announced; after removing, focus goes
 * back to the button.
 */
export function PhotoPicker({ photo, onChange }: { photo: File | null; onChange(photo: File | null): void }) {
  const j = copy.joy;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const preview = usePreviewUrl(photo);

  const choose = (file: File | undefined) => {
    // The same file can be chosen again after removing it.
    if (input.current) input.current.value = '';
    if (!file) return;
    const refusal = checkPhoto(file);
    setProblem(refusal === 'too_large' ? j.photoTooBig : refusal === 'wrong_type' ? j.photoWrongType : null);
    if (refusal) return;
    onChange(file);
    announce(j.photoChosen({ name: file.name }));
  };

  const remove = () => {
    onChange(null);
    announce(j.photoRemoved);
    chooseRef.current?.querySelector('button')?.focus();
  };

  return (
    <div className="field practice-photo" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="field-label">
        {j.photo}
      </p>
      <p id={`${id}-hint`} className="field-hint">
        {j.photoHint}
      </p>
      {photo && preview && (
        <figure className="practice-photo-preview">
          <img src={preview} alt={j.preview} />
          <figcaption className="muted small">{photo.name}</figcaption>
        </figure>
      )}
      <div className="row" ref={chooseRef}>
        <Button variant="secondary" aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`} onClick={() => input.current?.click()}>
          {photo ? j.changePhoto : j.choosePhoto}
        </Button>
        {photo && (
          <Button variant="quiet" onClick={remove}>
            {j.removePhoto}
          </Button>
        )}
      </div>
      <input ref={input} type="file" accept="image/jpeg,image/png,image/webp" hidden onChange={(e) => choose(e.target.files?.[0])} />
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** An object URL for the chosen file while it is chosen, released afterwards. */
function usePreviewUrl(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setUrl(null);
      return;
    }
    const made = URL.createObjectURL(file);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return url;
}
