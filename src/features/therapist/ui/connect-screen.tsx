import { useEffect, useState, type ReactNode } from 'react';
import { linkToken } from '../../../core/web/link-token';
import { useSession } from '../../../core/web/session';
import { Button, ButtonLink, FormError, Loading, Notice, Screen } from '../../../core/web/ui';
import { formatDateTime } from '../../../core/web/time';
import { useAcceptConnect, useConnectPreview } from './api';
import { copy } from './copy';
import './therapist.css';

/** The connect link's token, kept in this tab through a detour via sign-up or log-in. */
export const connectToken = linkToken('offbeat.connect-token');

interface ConnectScreenProps {
  /** Log-in / sign-up for a partner who arrives signed out (the shell passes the accounts feature's), with these button labels. */
  renderAuth(labels: { signUp: string; logIn: string }): ReactNode;
}

/**
 * `/connect#<token>`: a link from either side. A therapist's link shows a partner who would like
 * to connect; a partner's shows their therapist whose space it is. One button accepts.
 */
export function ConnectScreen({ renderAuth }: ConnectScreenProps) {
  const [token, setToken] = useState(connectToken.take);
  useEffect(() => {
    const onHash = () => location.hash.length > 1 && setToken(connectToken.take());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const user = useSession().data?.user ?? null;
  if (!token) {
    return (
      <Screen title={copy.connect.title}>
        <Notice tone="info">
          <p>{copy.connect.incomplete}</p>
        </Notice>
        <ButtonLink href="/" variant="secondary">
          {copy.connect.home}
        </ButtonLink>
      </Screen>
    );
  }
  if (!user) {
    return (
      <Screen title={copy.connect.title} intro={<p>{copy.connect.signedOut}</p>}>
        {renderAuth({ signUp: copy.connect.signUpAndGoOn, logIn: copy.connect.logInAndGoOn })}
        <ButtonLink href="/signup/therapist?next=connect" variant="quiet">
          {copy.connect.therapistWayIn}
        </ButtonLink>
      </Screen>
    );
  }
  return (
    <Screen title={copy.connect.title}>
      <AcceptLink token={token} isTherapist={user.kind === 'therapist'} />
    </Screen>
  );
}

/** Who made the link, and the one button that accepts it (also used on the therapist's connect page). */
export function AcceptLink({ token, isTherapist }: { token: string; isTherapist: boolean }) {
  const preview = useConnectPreview(token);
  const accept = useAcceptConnect();
  if (accept.isSuccess) {
    return (
      <div className="stack">
        <Notice tone="success" role="status">
          {copy.connect.connected}
        </Notice>
        <ButtonLink href={isTherapist ? '/' : '/settings#therapist'}>{isTherapist ? copy.connect.home : copy.connect.chooseNow}</ButtonLink>
      </div>
    );
  }
  if (preview.isPending) return <Loading label={copy.connect.loading} />;
  if (preview.isError) {
    return (
      <div className="stack">
        <FormError error={preview.error} />
        <ButtonLink href="/" variant="secondary">
          {copy.connect.home}
        </ButtonLink>
      </div>
    );
  }
  const p = preview.data;
  const fromTherapist = p.from === 'therapist';
  return (
    <div className="stack">
      <div className="card therapist-invitation">
        <p className="therapist-name">{fromTherapist ? p.practice ? copy.connect.fromTherapistAt({ name: p.name, practice: p.practice }) : copy.connect.fromTherapist({ name: p.name }) : copy.connect.fromPartner({ name: p.name })}</p>
        <p>{fromTherapist ? copy.connect.fromTherapistAbout : copy.connect.fromPartnerAbout}</p>
        <p className="muted small">{copy.connect.openUntil({ until: formatDateTime(p.expiresAt) })}</p>
      </div>
      <FormError error={accept.error} />
      <Button block busy={accept.isPending} onClick={() => accept.mutate(token, { onSuccess: () => connectToken.forget() })}>
        {fromTherapist ? copy.connect.acceptTherapist({ name: p.name }) : copy.connect.acceptPartner({ name: p.name })}
      </Button>
    </div>
  );
}
