import { ButtonLink, Card } from '../../../core/web/ui';
import { formatDateTime } from '../../../core/web/time';
import type { CoupleSnapshot } from '../contract';
import { copy } from './copy';
import { partnerOf } from './names';
import { PresenceStatus } from './presence-status';

/** Who else is here: the partner and whether they are online, or an invitation to invite. (When a partner leaves, the space ends: see CreateCoupleScreen.) */
export function PartnerCard({ couple }: { couple: CoupleSnapshot }) {
  const partner = partnerOf(couple);

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

  return (
    <Card title={copy.partner.waitingTitle}>
      <p>{copy.partner.waitingBody}</p>
      {couple.invite && <p className="muted">{copy.partner.openInvite({ until: formatDateTime(couple.invite.expiresAt) })}</p>}
      <ButtonLink href="/invite" block>
        {couple.invite ? copy.partner.seeInvite : copy.partner.inviteButton}
      </ButtonLink>
    </Card>
  );
}

function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? '·';
}
