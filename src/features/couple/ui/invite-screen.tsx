import { ButtonLink, Button, CopyButton, FormError, Loading, Notice, Screen, TextField } from '../../../core/web/ui';
import { formatDateTime, formatRelative, useNow } from '../../../core/web/time';
import type { CreatedInvite } from '../contract';
import { useCouple, useCreateInvite, useInviteLink, useRevokeInvite } from './api';
import { copy } from './copy';
import { partnerOf } from './names';
import './couple.css';

/**
 * Making, showing, replacing and cancelling the one-time invite link. The link
 * itself exists only in this tab's memory: the server keeps a hash, so after a
 * reload the person sees that a link is open and can make a new one.
 */
export function InviteScreen() {
  const couple = useCouple();
  const link = useInviteLink();
  const create = useCreateInvite();
  const revoke = useRevokeInvite();

  const intro = copy.invite.intro.map((p) => <p key={p}>{p}</p>);
  if (couple.isPending) return <Loading label={copy.loading} />;
  const data = couple.data;
  if (!data) return <FormError error={couple.error} />;

  const partner = partnerOf(data);
  if (partner) {
    return (
      <Screen title={copy.invite.title}>
        <Notice tone="success" role="status">
          {copy.invite.joined({ name: partner.displayName })}
        </Notice>
        <ButtonLink href="/">{copy.invite.home}</ButtonLink>
      </Screen>
    );
  }

  const open = data.invite;
  const shown = link && open && link.id === open.id ? link : null;

  return (
    <Screen title={copy.invite.title} intro={intro}>
      {shown ? (
        <InviteLink invite={shown} />
      ) : open ? (
        <Notice tone="info" title={copy.invite.hiddenTitle}>
          <p>{copy.invite.hidden({ until: formatDateTime(open.expiresAt) })}</p>
        </Notice>
      ) : (
        revoke.isSuccess && (
          <Notice tone="success" role="status">
            {copy.invite.revoked}
          </Notice>
        )
      )}
      <FormError error={create.error ?? revoke.error} />
      <div className="stack">
        <Button variant={open ? 'secondary' : 'primary'} busy={create.isPending} onClick={() => create.mutate()} block>
          {open ? copy.invite.remake : copy.invite.make}
        </Button>
        {open && (
          <>
            <p className="muted small">{copy.invite.remakeHint}</p>
            <Button variant="quiet" busy={revoke.isPending} onClick={() => revoke.mutate(open.id)}>
              {shown ? copy.invite.revoke : copy.invite.revokeOpen}
            </Button>
          </>
        )}
        <ButtonLink href="/" variant="quiet">
          {copy.invite.home}
        </ButtonLink>
      </div>
    </Screen>
  );
}

function InviteLink({ invite }: { invite: CreatedInvite }) {
  const now = useNow();
  const canShare = typeof navigator.share === 'function';
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(invite.qrSvg)}`;
  return (
    <div className="card invite-card">
      {invite.reach === 'lan' && (
        <Notice tone="info" title={copy.invite.lanTitle}>
          <p>{copy.invite.lan}</p>
        </Notice>
      )}
      <TextField
        label={copy.invite.linkLabel}
        value={invite.url}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        className="invite-url"
      />
      <div className="row">
        <CopyButton text={invite.url} label={copy.invite.copyLink} />
        {canShare && (
          <Button
            variant="secondary"
            onClick={() => void navigator.share({ text: copy.invite.shareText, url: invite.url }).catch(() => {})}
          >
            {copy.invite.share}
          </Button>
        )}
      </div>
      <p className="invite-validity">
        {copy.invite.validity({ until: formatDateTime(invite.expiresAt), relative: formatRelative(invite.expiresAt, now, copy.justNow) })}
      </p>
      <figure className="qr">
        <img src={qr} alt={copy.invite.qrAlt} width="220" height="220" />
        <figcaption className="muted small">{copy.invite.qrHint}</figcaption>
      </figure>
    </div>
  );
}
