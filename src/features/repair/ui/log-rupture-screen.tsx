import { useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { TOPICS, type Topic } from '../../../core/topics';
import { showFlash } from '../../../core/web/flash';
import { Button, ButtonLink, ChoiceChips, FormError, Notice, Screen, TextArea } from '../../../core/web/ui';
import { useLogRupture, type HowSeen } from './api';
import { copy } from './copy';
import { PrivacyBadge } from './fields';
import { HowSeenFields, UNSURE_VIEW } from './how-seen';

/**
 * `/repair/new` (or `?pause=<id>` from a pause the two came back from): note a
 * rough moment, as I saw it. My partner can add how they saw it beside mine.
 */
export function LogRuptureScreen() {
  const search = new URLSearchParams(useSearch());
  const pauseId = search.get('pause');
  const [, navigate] = useLocation();
  const log = useLogRupture();
  const f = copy.form;
  const [topic, setTopic] = useState<Topic | null>(null);
  const [seen, setSeen] = useState<HowSeen>(UNSURE_VIEW);
  const [note, setNote] = useState('');
  const [topicMissing, setTopicMissing] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!topic) {
      setTopicMissing(true);
      return;
    }
    log.mutate(
      { topic, ...seen, note: note.trim() || null, pauseId },
      {
        onSuccess: ({ value: { id } }) => {
          showFlash(f.saved);
          navigate(`/${id}`);
        },
      },
    );
  }

  return (
    <Screen title={f.title} intro={<p>{pauseId ? `${f.fromPause} ${f.intro}` : f.intro}</p>}>
      <form className="stack" onSubmit={submit} noValidate>
        <ChoiceChips
          legend={f.topic}
          options={TOPICS.map((t) => ({ value: t, label: copy.topics[t] }))}
          value={topic}
          onChange={(t) => {
            setTopic(t);
            setTopicMissing(false);
          }}
        />
        {topicMissing && (
          <Notice tone="gentle" role="alert">
            {f.topicMissing}
          </Notice>
        )}
        <HowSeenFields value={seen} onChange={setSeen} />
        <TextArea aboutUs label={f.note} hint={f.noteHint} badge={<PrivacyBadge>{copy.note.onlyYou}</PrivacyBadge>} rows={4} value={note} maxLength={2000} onUseWords={setNote} onChange={(e) => setNote(e.target.value)} />
        <FormError error={log.error} />
        <Button type="submit" busy={log.isPending} block>
          {f.save}
        </Button>
        <ButtonLink href="/" variant="quiet">
          {f.cancel}
        </ButtonLink>
      </form>
    </Screen>
  );
}
