import { useState, type FormEvent } from 'react';
import { Button, FormError, TextArea } from '../../../core/web/ui';
import type { HomeworkItem } from '../contract';
import { homeworkCopy as c } from '../copy';
import { useReply } from './api';

/** "How did it go?": did I try it, and a few optional words my partner and our therapist will see. */
export function ReplyForm({ item, onDone }: { item: HomeworkItem; onDone(): void }) {
  const [done, setDone] = useState(item.mine?.done ?? true);
  const [words, setWords] = useState(item.mine?.howItWent ?? '');
  const reply = useReply();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await reply.mutateAsync({ id: item.id, reply: { done, howItWent: words.trim() || null } });
    onDone();
  };
  return (
    <form className="homework-form" onSubmit={(e) => void submit(e).catch(() => undefined)} aria-label={`${c.home.howDidItGo} ${item.title}`}>
      <label className="homework-check">
        <input type="checkbox" checked={done} onChange={(e) => setDone(e.target.checked)} />
        <span>{c.home.iDidIt}</span>
      </label>
      <p className="field-hint">{c.home.iDidItHint}</p>
      <TextArea label={c.home.words} hint={c.home.wordsHint} value={words} maxLength={1000} onChange={(e) => setWords(e.target.value)} aboutUs />
      <FormError error={reply.error} />
      <div className="homework-actions">
        <Button type="submit" busy={reply.isPending}>
          {c.home.save}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {c.home.cancel}
        </Button>
      </div>
    </form>
  );
}
