import type { coupleEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

const a = copy.activity;

/** How the couple space's own events read in its activity feed. */
registerActivityWords<typeof coupleEvents>({
  'couple.created': (_who, _payload, _mine, actor) => a.created(actor),
  'couple.renamed': (_who, payload, _mine, actor) => a.renamed({ ...actor, space: typeof payload.name === 'string' ? payload.name : '' }),
  'member.joined': (_who, _payload, _mine, actor) => a.joined(actor),
  'invite.created': (_who, _payload, _mine, actor) => a.inviteCreated(actor),
  'invite.revoked': (_who, _payload, _mine, actor) => a.inviteRevoked(actor),
});
