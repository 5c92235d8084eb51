import { useState, type FormEvent } from 'react';
import { Button, Card, FormError, Notice, Screen, TextField } from '../../../core/web/ui';
import { useMakeLink, useSaveProfile, useTherapistProfile } from './api';
import { AcceptLink, connectToken } from './connect-screen';
import { copy } from './copy';
import { LinkCard } from './link-card';
import './therapist.css';

const TOKEN_IN = /#([A-Za-z0-9_-]{43})\s*$/;

/** `/desk/connect`, for a therapist: a link for a couple, a couple's link to accept, their practice's details. */
export function DeskConnectScreen() {
  const make = useMakeLink('/api/therapist/link');
  // A couple's link opened before signing up waits here.
  const [token, setToken] = useState(connectToken.take);
  return (
    <Screen title={copy.desk.title} intro={<p>{copy.desk.intro}</p>}>
      <Card title={copy.desk.makeTitle}>
        <div className="stack">
          {make.data && <LinkCard link={make.data} intro={copy.desk.makeIntro} />}
          <FormError error={make.error} />
          <Button variant={make.data ? 'secondary' : 'primary'} busy={make.isPending} onClick={() => make.mutate()}>
            {make.data ? copy.desk.remake : copy.desk.make}
          </Button>
        </div>
      </Card>
      <Card title={copy.desk.openTitle}>
        {token ? <AcceptLink key={token} token={token} isTherapist /> : <PasteLink onToken={setToken} />}
      </Card>
      <ProfileCard />
    </Screen>
  );
}

function PasteLink({ onToken }: { onToken(token: string): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(e: FormEvent) {
    e.preventDefault();
    const found = TOKEN_IN.exec(text.trim());
    if (!found) return setError(copy.desk.notALink);
    onToken(found[1]!);
  }
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="muted">{copy.desk.openIntro}</p>
      <TextField label={copy.desk.paste} value={text} onChange={(e) => (setText(e.target.value), setError(null))} error={error} autoComplete="off" inputMode="url" />
      <Button type="submit" variant="secondary">
        {copy.desk.open}
      </Button>
    </form>
  );
}

function ProfileCard() {
  const profile = useTherapistProfile();
  const save = useSaveProfile();
  const [edit, setEdit] = useState<{ practice: string; contact: string } | null>(null);
  const value = edit ?? (profile.data ? { practice: profile.data.practice, contact: profile.data.contact } : null);
  if (!value) return null;
  return (
    <Card title={copy.desk.profileTitle}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ practice: value.practice.trim(), contact: value.contact.trim() }, { onSuccess: () => setEdit(null) });
        }}
      >
        <TextField label={copy.desk.practice} maxLength={120} required value={value.practice} onChange={(e) => setEdit({ ...value, practice: e.target.value })} />
        <TextField label={copy.desk.contact} maxLength={200} required value={value.contact} onChange={(e) => setEdit({ ...value, contact: e.target.value })} />
        <FormError error={save.error} />
        {save.isSuccess && !edit && (
          <Notice tone="success" role="status">
            {copy.desk.saved}
          </Notice>
        )}
        <Button type="submit" variant="secondary" busy={save.isPending}>
          {copy.desk.save}
        </Button>
      </form>
    </Card>
  );
}
