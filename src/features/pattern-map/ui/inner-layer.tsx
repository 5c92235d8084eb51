import { useId, useState, type FormEvent } from 'react';
import { Button, FormError, classes } from '../../../core/web/ui';
import { atStart } from '../../../core/web/partner-name';
import { useAddComment, useRemoveComment, type InnerField, type MapComment, type Reaction } from './api';
import { copy } from './copy';
import { ReactionIcon } from './reaction-icon';
import { usePartnerField, useSideTexts } from './side-store';
import type { SideSync } from './side-sync';

const REACTIONS: Reaction[] = ['heart', 'hug', 'same', 'thank_you'];

interface PartnerInnerProps {
  side: SideSync;
  mapId: string;
  ownerId: string;
  field: InnerField;
  label: string;
  partnerName: string;
  comments: MapComment[];
}

/**
 * One of the partner's inner layers (feeling, fear, longing): theirs alone to
 * write, so here it is plain text, with a way to answer kindly.
 */
export function PartnerInnerLayer({ side, mapId, ownerId, field, label, partnerName, comments }: PartnerInnerProps) {
  const texts = useSideTexts(side);
  const text = texts.fields[field].trim();
  const headingId = useId();
  const partnerHere = usePartnerField(mapId, ownerId) === field;
  const [open, setOpen] = useState(false);
  const add = useAddComment(mapId);
  const remove = useRemoveComment(mapId);
  const [note, setNote] = useState('');
  const noteId = useId();
  const mine = comments.filter((c) => c.isMine && c.field === field);

  const react = (reaction: Reaction) => {
    const existing = mine.find((c) => c.reaction === reaction && !c.text);
    if (existing) remove.mutate(existing.id);
    else add.mutate({ sideOwnerId: ownerId, field, reaction });
  };
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return;
    add.mutate({ sideOwnerId: ownerId, field, text: note.trim() }, { onSuccess: () => setNote('') });
  };

  return (
    <section className={classes('inner-layer', partnerHere && 'side-field-shared-focus')} aria-labelledby={headingId}>
      <div className="side-field-head">
        <h3 id={headingId} className="inner-label">
          {label}
        </h3>
        {partnerHere && (
          <span className="here-marker">
            <span className="here-dot" aria-hidden="true" />
            {copy.hereMarker({ name: atStart(partnerName) })}
          </span>
        )}
      </div>
      <p className={classes('inner-text', !text && 'muted')}>{text || copy.emptyInner({ name: partnerName })}</p>
      {text && <p className="field-hint">{copy.innerTheirs({ name: atStart(partnerName) })}</p>}
      <CommentList comments={mine.filter((c) => c.text)} partnerName={partnerName} onRemove={(id) => remove.mutate(id)} />
      {text && (
        <div className="respond">
          <div className="reactions" role="group" aria-label={copy.comments.reactionsLabel({ field: label })}>
            {REACTIONS.map((r) => (
              <button
                key={r}
                type="button"
                className="reaction"
                aria-pressed={mine.some((c) => c.reaction === r && !c.text)}
                disabled={add.isPending || remove.isPending}
                onClick={() => react(r)}
              >
                <ReactionIcon reaction={r} />
                {copy.comments.reactions[r]}
              </button>
            ))}
          </div>
          {open ? (
            <form className="comment-form" onSubmit={send}>
              <label htmlFor={noteId} className="field-label">
                {copy.comments.commentLabel}
              </label>
              <p className="field-hint" id={`${noteId}-hint`}>
                {copy.comments.commentHint}
              </p>
              <textarea id={noteId} className="field-input" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${noteId}-hint`} />
              <div className="row">
                <Button type="submit" variant="secondary" busy={add.isPending}>
                  {copy.comments.send}
                </Button>
                <Button variant="quiet" onClick={() => setOpen(false)}>
                  {copy.name.cancel}
                </Button>
              </div>
            </form>
          ) : (
            <Button variant="quiet" onClick={() => setOpen(true)}>
              {copy.comments.respond}
            </Button>
          )}
          <FormError error={add.error ?? remove.error} />
        </div>
      )}
    </section>
  );
}

/** Kind words on one layer: the partner's on my side, or mine on theirs. */
export function CommentList({ comments, partnerName, onRemove }: { comments: MapComment[]; partnerName: string; onRemove?: (id: string) => void }) {
  if (!comments.length) return null;
  return (
    <ul className="comments">
      {comments.map((c) => {
        const what = c.text ?? (c.reaction ? copy.comments.reactions[c.reaction] : '');
        return (
          <li key={c.id} className="comment">
            <span className="comment-from">{c.isMine ? copy.comments.fromMe : copy.comments.fromPartner({ name: partnerName })}:</span>{' '}
            {c.reaction && <ReactionIcon reaction={c.reaction} />}
            <span>{what}</span>
            {c.isMine && onRemove && (
              <Button variant="quiet" className="comment-remove" onClick={() => onRemove(c.id)} aria-label={copy.comments.removeLabel({ what })}>
                {copy.comments.remove}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
