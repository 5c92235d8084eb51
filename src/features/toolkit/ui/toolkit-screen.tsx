import { useId, useState, type FormEvent } from 'react';
import { Button, Card, FormError, Loading, Notice, Screen, TextArea, TextField } from '../../../core/web/ui';
import {
  useAddHelp,
  useAddScript,
  useEditScript,
  useRemoveHelp,
  useRemoveScript,
  useSetPlaylist,
  useShareHelps,
  useToolkit,
  type Script,
  type Toolkit,
} from './api';
import { copy } from './copy';
import { PartnerHelps } from './partner-helps';
import { HELP_SUGGESTIONS, isHttpsUrl, SCRIPT_SUGGESTIONS } from './suggestions';
import './toolkit.css';

const MAX = 280;

/** Scripts and helps: gathered when calm, ready when the loop shows up. */
export function ToolkitScreen({ partnerName }: { partnerName: string | null }) {
  const toolkit = useToolkit();
  const data = toolkit.data;
  if (toolkit.isError) {
    return (
      <Screen title={copy.title}>
        <Notice tone="problem" role="alert">
          {copy.loadFailed}
        </Notice>
        <Button variant="secondary" onClick={() => void toolkit.refetch()}>
          {copy.retry}
        </Button>
      </Screen>
    );
  }
  if (!data) return <Loading label={copy.loading} />;
  return (
    <Screen title={copy.title} intro={<p>{copy.intro}</p>} className="toolkit">
      <Scripts scripts={data.scripts} />
      <Ideas scripts={data.scripts} />
      <Helps toolkit={data} partnerName={partnerName} />
      {data.partnerHelps && partnerName && <PartnerHelps helps={data.partnerHelps} partnerName={partnerName} />}
      <Playlist url={data.playlistUrl} />
    </Screen>
  );
}

function Scripts({ scripts }: { scripts: Script[] }) {
  const add = useAddScript();
  const [situation, setSituation] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = text.trim().length > 0 && text.length <= MAX;
    setError(ok ? null : copy.scripts.textError);
    if (!ok) return;
    add.mutate(
      { situation: situation.trim() || null, text: text.trim() },
      {
        onSuccess: () => {
          setSituation('');
          setText('');
        },
      },
    );
  };

  return (
    <Card title={copy.scripts.title}>
      <p className="muted">{copy.scripts.intro}</p>
      {scripts.length ? (
        <ul className="scripts-list" aria-label={copy.scripts.title}>
          {scripts.map((s) => (
            <ScriptItem key={s.id} script={s} />
          ))}
        </ul>
      ) : (
        <p className="muted small">{copy.scripts.empty}</p>
      )}
      <form className="stack script-form" onSubmit={submit} noValidate>
        <TextField label={copy.scripts.situation} hint={copy.scripts.situationHint} value={situation} maxLength={120} onChange={(e) => setSituation(e.target.value)} />
        <TextArea label={copy.scripts.text} maxLength={MAX} value={text} onChange={(e) => setText(e.target.value)} error={error} />
        <FormError error={add.error} />
        <Button type="submit" variant="secondary" busy={add.isPending}>
          {copy.scripts.add}
        </Button>
      </form>
    </Card>
  );
}

function ScriptItem({ script }: { script: Script }) {
  const edit = useEditScript();
  const remove = useRemoveScript();
  const [editing, setEditing] = useState(false);
  const [situation, setSituation] = useState(script.situation ?? '');
  const [text, setText] = useState(script.text);

  if (editing) {
    const save = (e: FormEvent) => {
      e.preventDefault();
      if (!text.trim()) return;
      edit.mutate({ id: script.id, situation: situation.trim() || null, text: text.trim() }, { onSuccess: () => setEditing(false) });
    };
    return (
      <li className="script-item">
        <form className="stack" onSubmit={save} noValidate>
          <TextField label={copy.scripts.situation} value={situation} maxLength={120} onChange={(e) => setSituation(e.target.value)} />
          <TextArea label={copy.scripts.text} maxLength={MAX} value={text} onChange={(e) => setText(e.target.value)} />
          <FormError error={edit.error} />
          <div className="row">
            <Button type="submit" busy={edit.isPending}>
              {copy.scripts.save}
            </Button>
            <Button variant="quiet" onClick={() => setEditing(false)}>
              {copy.scripts.cancel}
            </Button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="script-item">
      {script.situation && <p className="script-situation">{script.situation}</p>}
      <p className="script-text">{script.text}</p>
      <div className="row">
        <Button variant="quiet" aria-label={copy.scripts.editLabel({ text: script.text })} onClick={() => setEditing(true)}>
          {copy.scripts.edit}
        </Button>
        <Button variant="quiet" aria-label={copy.scripts.removeLabel({ text: script.text })} busy={remove.isPending} onClick={() => remove.mutate(script.id)}>
          {copy.scripts.remove}
        </Button>
      </div>
      <FormError error={remove.error} />
    </li>
  );
}

/** Our suggestions, grouped by the moment rather than by a label for the person. */
function Ideas({ scripts }: { scripts: Script[] }) {
  const add = useAddScript();
  const have = new Set(scripts.map((s) => s.text.trim()));
  const groups = [
    { title: copy.ideas.reaching, items: SCRIPT_SUGGESTIONS.pursuer },
    { title: copy.ideas.stepping, items: SCRIPT_SUGGESTIONS.distancer },
  ];
  return (
    <Card title={copy.ideas.title}>
      <p className="muted">{copy.ideas.intro}</p>
      {groups.map((g) => {
        const items = g.items.filter((i) => !have.has(i.text));
        if (!items.length) return null;
        return (
          <section key={g.title} className="ideas-group" aria-label={g.title}>
            <h3>{g.title}</h3>
            <ul className="ideas-list">
              {items.map((i) => (
                <li key={i.text} className="idea">
                  <p className="script-situation">{i.situation}</p>
                  <p className="script-text">{i.text}</p>
                  <Button
                    variant="secondary"
                    aria-label={copy.ideas.useLabel({ text: i.text })}
                    busy={add.isPending && add.variables?.text === i.text}
                    onClick={() => add.mutate({ situation: i.situation, text: i.text })}
                  >
                    {copy.ideas.use}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <FormError error={add.error} />
    </Card>
  );
}

function Helps({ toolkit, partnerName }: { toolkit: Toolkit; partnerName: string | null }) {
  const add = useAddHelp();
  const remove = useRemoveHelp();
  const share = useShareHelps();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shareId = useId();
  const have = new Set(toolkit.helps.map((h) => h.text.trim()));
  const ideas = HELP_SUGGESTIONS.filter((i) => !have.has(i));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = text.trim().length > 0 && text.length <= MAX;
    setError(ok ? null : copy.helps.textError);
    if (ok) add.mutate(text.trim(), { onSuccess: () => setText('') });
  };

  return (
    <Card title={copy.helps.title}>
      <p className="muted">{copy.helps.intro}</p>
      {toolkit.helps.length ? (
        <ul className="helps-edit" aria-label={copy.helps.title}>
          {toolkit.helps.map((h) => (
            <li key={h.id}>
              <span>{h.text}</span>
              <Button variant="quiet" aria-label={copy.helps.removeLabel({ text: h.text })} onClick={() => remove.mutate(h.id)}>
                {copy.helps.remove}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{copy.helps.empty}</p>
      )}
      <form className="help-form" onSubmit={submit} noValidate>
        <TextField label={copy.helps.label} value={text} maxLength={MAX} error={error} onChange={(e) => setText(e.target.value)} />
        <Button type="submit" variant="secondary" busy={add.isPending}>
          {copy.helps.add}
        </Button>
      </form>
      {ideas.length > 0 && (
        <div className="help-ideas" role="group" aria-label={copy.helps.ideas}>
          <p className="field-label">{copy.helps.ideas}</p>
          <div className="help-ideas-row">
            {ideas.map((i) => (
              <button key={i} type="button" className="idea-chip" aria-label={copy.helps.ideaLabel({ text: i })} onClick={() => add.mutate(i)}>
                + {i}
              </button>
            ))}
          </div>
        </div>
      )}
      <FormError error={add.error ?? remove.error} />
      <div className="share-toggle">
        <input
          id={shareId}
          type="checkbox"
          className="switch"
          // My own setting: the change lies on top of the toolkit until its answer is in (versioned-view.ts), so a refetch in flight cannot flip it back.
          checked={toolkit.helpsShared}
          aria-describedby={`${shareId}-hint`}
          onChange={(e) => share.mutate(e.target.checked)}
        />
        <label htmlFor={shareId}>{partnerName ? copy.helps.share({ partner: partnerName }) : copy.helps.shareAlone}</label>
        <p id={`${shareId}-hint`} className="field-hint">
          {copy.helps.shareHint}
        </p>
      </div>
      <FormError error={share.error} />
    </Card>
  );
}

function Playlist({ url }: { url: string | null }) {
  const set = useSetPlaylist();
  const [value, setValue] = useState(url ?? '');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = isHttpsUrl(value);
    setError(ok ? null : copy.playlist.error);
    setDone(null);
    if (ok) set.mutate(value.trim(), { onSuccess: () => setDone(copy.playlist.saved) });
  };

  return (
    <Card title={copy.playlist.title}>
      <p className="muted">{copy.playlist.intro}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={copy.playlist.label}
          hint={copy.playlist.hint}
          type="url"
          inputMode="url"
          autoComplete="url"
          value={value}
          error={error}
          onChange={(e) => setValue(e.target.value)}
        />
        <FormError error={set.error} />
        <div className="row">
          <Button type="submit" variant="secondary" busy={set.isPending && set.variables !== null}>
            {copy.playlist.save}
          </Button>
          {url && (
            <Button
              variant="quiet"
              busy={set.isPending && set.variables === null}
              onClick={() =>
                set.mutate(null, {
                  onSuccess: () => {
                    setValue('');
                    setDone(copy.playlist.cleared);
                  },
                })
              }
            >
              {copy.playlist.clear}
            </Button>
          )}
        </div>
        {url && (
          <p className="small">
            <a href={url} target="_blank" rel="noopener noreferrer">
              {copy.playlist.open} <span className="visually-hidden">{copy.playlist.newTab}</span>
            </a>
          </p>
        )}
        <p role="status" className="small playlist-status">
          {done}
        </p>
      </form>
    </Card>
  );
}
