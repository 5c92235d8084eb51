import { ButtonLink, Card, Notice } from '../../../core/web/ui';
import { formatDateTime } from '../../../core/web/time';
import { useActivity, type CoupleSnapshot } from './api';
import { copy } from './copy';
import { partnerOf } from './names';
import { PresenceStatus } from './presence-status';

/** Who else is here: the partner and whether they are online, an invitation to invite, or a kind note that they left. */
export function PartnerCard({ couple }: { couple: CoupleSnapshot }) {
  const partner = partnerOf(couple);
  const activity = useActivity();

  if (partner) {
    return (
      <Card title={copy.partner.title} className="partner">
        <div className="partner-row">
          <span className="avatar" aria-hidden="true">
            {initial(partner.displayName)}
          </span>
          <div>
            <p className="partner-name">{partner.displayName}</p>
            <PresenceStatus presence={couple.presence.find((p) => p.userId === partner.userId)} />
          </div>
        </div>
      </Card>
    );
  }

  // The latest membership change in the feed tells "not joined yet" from "has left".
  const lastMembership = activity.data?.pages
    .flatMap((p) => p.items)
    .find((i) => i.type === 'member.joined' || i.type === 'member.left');
  if (lastMembership?.type === 'member.left') {
    const name = lastMembership.actorName ?? copy.partner.formerPartner;
    return (
      <section className="partner-left" aria-label={copy.partner.leftTitle(name)}>
        <Notice tone="gentle" title={copy.partner.leftTitle(name)}>
          {copy.partner.leftBody.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </Notice>
        <ButtonLink href="/invite" variant="secondary" block>
          {copy.partner.inviteAgain}
        </ButtonLink>
      </section>
    );
  }

  return (
    <Card title={copy.partner.waitingTitle}>
      <p>{copy.partner.waitingBody}</p>
      {couple.invite && <p className="muted">{copy.partner.openInvite(formatDateTime(couple.invite.expiresAt))}</p>}
      <ButtonLink href="/invite" block>
        {couple.invite ? copy.partner.seeInvite : copy.partner.inviteButton}
      </ButtonLink>
    </Card>
  );
}

function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? '·';
}
