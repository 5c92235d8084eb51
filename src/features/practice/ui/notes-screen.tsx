import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatDateTime, formatRelative, useNow } from '../../../core/web/time';
import { announce, Button, Card, FormError, Screen, TextArea, TextField } from '../../../core/web/ui';
import { mediaUrl, useAnswerNote, useDeleteNote, useEpisodes, useNotePlayed, useNotes, useSendNote, type Episode, type Note } from './api';
import { copy, formatDuration } from './copy';
import { AskFirst, Loaded, usePartnerName } from './fields';
import { VoiceRecorder } from './voice-recorder';

/** A recent signal or pause, in the picker's words or, on a note about it, `aboutEpisode`'s. */
function episodeLabel(e: Episode, words: typeof copy.notes.episode = copy.notes.episode): string {
  const when = formatDateTime(e.startedAt);
  if (e.kind === 'signal') return words.signal({ when });
  return e.minutes ? words.pauseFor({ when, minutes: e.minutes }) : words.pause({ when });
}

/** /practice/notes: a written or spoken note to my partner, optionally about a recent moment; the notes between us. */
export function NotesScreen() {
  const partnerName = usePartnerName();
  const notes = useNotes();
  const episodes = useEpisodes();
  const [episodeId, setEpisodeId] = useState<string | null>(null);
  const n = copy.notes;
  return (
    <Screen title={n.title} intro={<p>{n.intro}</p>}>
      <Card title={n.writeTitle} className="practice-compose">
        {episodes.data && episodes.data.length > 0 && <EpisodePicker episodes={episodes.data} value={episodeId} onChange={setEpisodeId} />}
        <TextNoteForm partnerName={partnerName} episodeId={episodeId} onSent={() => setEpisodeId(null)} />
      </Card>
      <Card title={copy.recorder.title} className="practice-compose-voice">
        <VoiceRecorder episodeId={episodeId} onSent={() => setEpisodeId(null)} />
      </Card>
      <section aria-labelledby="practice-notes-list" className="stack">
        <h2 id="practice-notes-list">{n.listTitle}</h2>
        <Loaded query={notes}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{n.empty}</p>
            ) : (
              <ul className="practice-list" aria-label={n.listTitle}>
                {list.map((note) => (
                  <li key={note.id}>
                    <NoteCard note={note} partnerName={partnerName} episodes={episodes.data ?? []} />
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </Screen>
  );
}

function EpisodePicker({ episodes, value, onChange }: { episodes: Episode[]; value: string | null; onChange(id: string | null): void }) {
  const id = useId();
  return (
    <div className="field practice-episode">
      <label htmlFor={id} className="field-label">
        {copy.notes.episodeLabel}
      </label>
      <select id={id} className="field-input" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{copy.notes.episodeNone}</option>
        {episodes.map((e) => (
          <option key={e.id} value={e.id}>
            {episodeLabel(e)}
          </option>
        ))}
      </select>
    </div>
  );
}

function TextNoteForm({ partnerName, episodeId, onSent }: { partnerName: string; episodeId: string | null; onSent(): void }) {
  const [text, setText] = useState('');
  const send = useSendNote();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    send.mutate(
      { text: text.trim(), episodeId },
      {
        onSuccess: () => {
          setText('');
          announce(copy.notes.sent);
          onSent();
        },
      },
    );
  };
  return (
    <form className="stack" onSubmit={submit}>
      <TextArea label={copy.notes.textLabel({ partner: partnerName })} value={text} maxLength={2000} required aboutUs onUseWords={setText} onChange={(e) => setText(e.target.value)} />
      <FormError error={send.error} />
      <Button type="submit" busy={send.isPending}>
        {copy.notes.send}
      </Button>
    </form>
  );
}

function NoteCard({ note, partnerName, episodes }: { note: Note; partnerName: string; episodes: Episode[] }) {
  const n = copy.notes;
  const now = useNow();
  const played = useNotePlayed();
  const remove = useDeleteNote();
  const heardId = useId();
  const episode = note.episodeId ? episodes.find((e) => e.id === note.episodeId) : undefined;
  const fromPartner = !note.fromMe;

  // A written note from my partner counts as read once it is on my screen.
  useEffect(() => {
    if (fromPartner && note.kind === 'text' && !note.playedAt && !played.isPending && !played.isSuccess) played.mutate(note.id);
  }, [fromPartner, note.kind, note.playedAt, note.id, played]);

  const markPlayed = () => {
    if (fromPartner && !note.playedAt && !played.isPending && !played.isSuccess) played.mutate(note.id);
  };

  return (
    <article className={`practice-note ${note.fromMe ? 'practice-note-mine' : 'practice-note-theirs'}`} aria-labelledby={heardId}>
      <p className="practice-note-head" id={heardId}>
        <span className="practice-note-from">{note.fromMe ? n.fromMe : n.from({ partner: partnerName })}</span>
        <span className="muted small">
          <time dateTime={note.createdAt} title={formatDateTime(note.createdAt)}>
            {formatRelative(note.createdAt, now, copy.justNow)}
          </time>
        </span>
      </p>
      {note.episodeId && <p className="muted small">{episode ? episodeLabel(episode, n.aboutEpisode) : n.aboutEarlier}</p>}
      {note.kind === 'text' && <p className="practice-note-text">{note.text}</p>}
      {note.kind === 'voice' && note.mediaId && (
        <div className="practice-voice">
          <p className="small muted">{n.voice({ duration: formatDuration(note.durationSeconds ?? 0) })}</p>
          <audio
            controls
            preload="metadata"
            src={mediaUrl(note.mediaId)}
            className="practice-audio"
            aria-label={note.fromMe ? n.myPlayer : n.player({ partner: partnerName })}
            onPlay={markPlayed}
          />
        </div>
      )}
      {note.fromMe && <p className="muted small practice-note-status">{note.playedAt ? n.heard({ partner: partnerName, kind: note.kind }) : n.notHeard}</p>}
      {note.reaction && (
        <blockquote className="practice-tether">
          <p className="small">{note.fromMe ? n.answered({ partner: partnerName }) : n.yourAnswer}</p>
          <p>{note.reaction}</p>
        </blockquote>
      )}
      {fromPartner && !note.reaction && <AnswerForm noteId={note.id} />}
      {note.fromMe && (
        <div className="practice-card-foot">
          <AskFirst label={n.delete} title={n.deleteTitle} body={n.deleteBody} confirm={n.deleteConfirm} busy={remove.isPending} onConfirm={() => remove.mutateAsync(note.id)} />
        </div>
      )}
      <FormError error={remove.error} />
    </article>
  );
}

function AnswerForm({ noteId }: { noteId: string }) {
  const answer = useAnswerNote();
  const [own, setOwn] = useState('');
  const n = copy.notes;
  const sendTether = (tether: string) => answer.mutate({ id: noteId, tether }, { onSuccess: () => announce(n.answerSent) });
  return (
    <details className="practice-answer">
      <summary>{n.answerTitle}</summary>
      <div className="stack">
        <p className="muted small">{n.answerHint}</p>
        <div className="practice-tethers">
          {n.tethers.map((t) => (
            <Button key={t} variant="secondary" onClick={() => sendTether(t)} busy={answer.isPending && answer.variables?.tether === t}>
              {t}
            </Button>
          ))}
        </div>
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (own.trim()) sendTether(own.trim());
          }}
        >
          <TextField label={n.ownTether} value={own} maxLength={280} onChange={(e) => setOwn(e.target.value)} />
          <Button type="submit" variant="secondary" busy={answer.isPending && answer.variables?.tether === own.trim()}>
            {n.sendAnswer}
          </Button>
        </form>
        <FormError error={answer.error} />
      </div>
    </details>
  );
}
