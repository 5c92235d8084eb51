import type { coupleEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const a = copy.activity;

/** How the couple space's own events read in its activity feed. */
registerActivityWords<typeof coupleEvents>({
  'couple.created': (actor) => a.created(actor),
  'couple.renamed': (actor, payload) => a.renamed({ ...actor, space: typeof payload.name === 'string' ? payload.name : '' }),
  'member.joined': (actor) => a.joined(actor),
  'invite.created': (actor) => a.inviteCreated(actor),
  'invite.revoked': (actor) => a.inviteRevoked(actor),
});
