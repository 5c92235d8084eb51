import type { coupleEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const a = copy.activity;

/** How the couple space's own events read in its activity feed. */
registerActivityWords<typeof coupleEvents>({
  'couple.created': (who) => a.created(who),
  'couple.renamed': (who, payload) => a.renamed(who, typeof payload.name === 'string' ? payload.name : ''),
  'member.joined': (who, _payload, mine) => a.joined(who, mine),
  'invite.created': (who) => a.inviteCreated(who),
  'invite.revoked': (who) => a.inviteRevoked(who),
});
