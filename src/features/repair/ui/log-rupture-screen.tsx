import { useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { showFlash } from '../../../core/web/flash';
import { Button, ButtonLink, ChoiceChips, FormError, Notice, ScaleField, Screen, TextArea } from '../../../core/web/ui';
import { TOPICS, useLogRupture, type Topic, type Who } from './api';
import { copy } from './copy';
import { PrivacyBadge, usePartnerName } from './fields';

/** `/repair/new` (or `?pause=<id>` from a pause the two came back from): note a rough moment. */
export function LogRuptureScreen() {
  const search = new URLSearchParams(useSearch());
  const pauseId = search.get('pause');
  const [, navigate] = useLocation();
  const partner = usePartnerName();
  const log = useLogRupture();
  const f = copy.form;
  const [topic, setTopic] = useState<Topic | null>(null);
  const [intensity, setIntensity] = useState(5);
  const [reached, setReached] = useState<Who>('unsure');
  const [withdrew, setWithdrew] = useState<Who>('unsure');
  const [note, setNote] = useState('');
  const [topicMissing, setTopicMissing] = useState(false);

  const who = [
    { value: 'me' as const, label: f.who.me },
    { value: 'partner' as const, label: f.who.partner(partner) },
    { value: 'unsure' as const, label: f.who.unsure },
  ];

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!topic) {
      setTopicMissing(true);
      return;
    }
    log.mutate(
      { topic, intensity, reached, withdrew, note: note.trim() || null, pauseId },
      {
        onSuccess: ({ id }) => {
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
        <ScaleField label={f.intensity} hint={f.intensityHint} value={intensity} valueText={f.intensityValue} onChange={setIntensity} />
        <ChoiceChips legend={f.reached} hint={f.rolesHint} options={who} value={reached} onChange={setReached} />
        <ChoiceChips legend={f.withdrew} options={who} value={withdrew} onChange={setWithdrew} />
        <TextArea label={f.note} hint={f.noteHint} badge={<PrivacyBadge>{copy.note.onlyYou}</PrivacyBadge>} rows={4} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
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
