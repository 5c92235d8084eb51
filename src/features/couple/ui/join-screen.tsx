import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../../../core/web/api';
import { useSession } from '../../../core/web/session';
import { Button, ButtonLink, FormError, Loading, Notice, Screen } from '../../../core/web/ui';
import { formatDateTime } from '../../../core/web/time';
import { useAcceptInvite, useInvitePreview } from './api';
import { copy, type RefusalCode } from './copy';
import { forgetInviteToken, takeInviteToken } from './invite-token';
import './couple.css';

interface JoinScreenProps {
  /** Sign-up / log-in for someone who arrives signed out (supplied by the app shell from the accounts feature). */
  renderAuth(props: { onSignedIn(): void }): ReactNode;
  /** Logs this device out (for "Not you?"). */
  onLogOut(): void;
}

/**
 * `/join#<token>`: shows whose space the invite leads to, lets the partner
 * sign up or log in right here, then joins. Every reason an invite cannot be
 * used gets its own plain, kind explanation.
 */
export function JoinScreen({ renderAuth, onLogOut }: JoinScreenProps) {
  const [token, setToken] = useState(takeInviteToken);
  // A second link opened in this same tab changes only the #fragment: no reload, so read it again.
  useEffect(() => {
    const onHash = () => location.hash.length > 1 && setToken(takeInviteToken());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const session = useSession();
  const preview = useInvitePreview(token);
  const accept = useAcceptInvite();
  const [, navigate] = useLocation();
  const user = session.data?.user ?? null;

  function join() {
    if (!token) return;
    accept.mutate(token, {
      onSuccess: () => {
        forgetInviteToken();
        navigate('/', { replace: true });
      },
    });
  }

  if (accept.isPending || accept.isSuccess) return <Loading label={copy.join.joining} />;
  if (!token) return <Refusal code="incomplete" message={copy.join.incompleteBody} signedIn={Boolean(user)} />;
  if (preview.isPending) return <Loading label={copy.join.loading} />;
  if (preview.isError) {
    const { code, message } = refusalOf(preview.error);
    return <Refusal code={code} message={message} signedIn={Boolean(user)} onRetry={code === 'offline' ? () => void preview.refetch() : undefined} />;
  }
  if (accept.isError && accept.error instanceof ApiError && accept.error.status !== 0 && accept.error.code !== 'rate_limited') {
    const { code, message } = refusalOf(accept.error);
    return <Refusal code={code} message={message} signedIn={Boolean(user)} />;
  }
  if (user?.coupleId) return <Refusal code="already_in_couple" message={copy.join.alreadyInCoupleBody} signedIn />;

  const invite = preview.data;
  return (
    <Screen title={copy.join.title}>
      <div className="card invitation">
        <p className="invitation-lead">
          {invite.inviterName ? copy.join.invitedBy({ inviter: invite.inviterName, space: invite.coupleName }) : copy.join.invitedNoName({ space: invite.coupleName })}
        </p>
        <p>{copy.join.about}</p>
        <p className="muted small">{copy.join.openUntil({ until: formatDateTime(invite.expiresAt) })}</p>
      </div>
      {user ? (
        <div className="stack">
          <p>{copy.join.signedInAs({ name: user.displayName })}</p>
          <FormError error={accept.error} />
          <Button onClick={join} block>
            {copy.join.accept({ space: invite.coupleName })}
          </Button>
          <Button variant="quiet" onClick={onLogOut}>
            {copy.join.notYou}
          </Button>
        </div>
      ) : (
        renderAuth({ onSignedIn: join })
      )}
    </Screen>
  );
}

function refusalOf(error: unknown): { code: RefusalCode; message: string } {
  if (!(error instanceof ApiError)) return { code: 'other', message: String(error) };
  if (error.isOffline) return { code: 'offline', message: error.message };
  if (error.code === 'invalid_input') return { code: 'incomplete', message: copy.join.incompleteBody };
  const code = (Object.keys(copy.join.refusals) as RefusalCode[]).find((c) => c === error.code) ?? 'other';
  return { code, message: error.message };
}

interface RefusalProps {
  code: RefusalCode;
  message: string;
  signedIn: boolean;
  onRetry?: () => void;
}

function Refusal({ code, message, signedIn, onRetry }: RefusalProps) {
  const showReassurance = code.startsWith('invite_') || code === 'not_found' || code === 'couple_full';
  return (
    <Screen title={copy.join.refusals[code]}>
      <Notice tone="gentle" role="status">
        <p>{message}</p>
      </Notice>
      {showReassurance && <p className="muted">{copy.join.reassurance}</p>}
      <div className="stack">
        {onRetry && (
          <Button onClick={onRetry} block>
            {copy.join.retry}
          </Button>
        )}
        {code === 'already_in_couple' && (
          <ButtonLink href="/settings" variant="secondary" block>
            {copy.join.goToSettings}
          </ButtonLink>
        )}
        <ButtonLink href="/" variant={onRetry || code === 'already_in_couple' ? 'quiet' : 'primary'} block>
          {signedIn ? copy.join.goToSpace : copy.join.goHome}
        </ButtonLink>
      </div>
    </Screen>
  );
}
