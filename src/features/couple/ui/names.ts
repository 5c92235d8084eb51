import { activityWords } from '../../../core/web/activity-words';
import type { ActivityItem, CoupleMember, CoupleSnapshot } from './api';
import { copy } from './copy';

export function partnerOf(snapshot: CoupleSnapshot): CoupleMember | undefined {
  return snapshot.members.find((m) => !m.isMe);
}

/**
 * Who did it, in words: "You", the person's name, or, for someone who is no
 * longer here, a neutral "A former partner".
 */
export function actorLabel(item: ActivityItem, members: CoupleMember[]): string {
  if (item.isMe) return copy.activity.you;
  const member = members.find((m) => m.userId === item.actorId);
  if (member) return member.isMe ? copy.activity.you : member.displayName;
  if (item.actorName) return item.actorName;
  return item.actorId ? copy.activity.someone : copy.activity.formerPartner;
}

/** One feed item as a sentence. */
export function describeActivity(item: ActivityItem, members: CoupleMember[]): string {
  const who = actorLabel(item, members);
  const a = copy.activity;
  switch (item.type) {
    case 'couple.created':
      return a.created(who);
    case 'couple.renamed':
      return a.renamed(who, typeof item.payload.name === 'string' ? item.payload.name : '');
    case 'member.joined':
      return a.joined(who, item.isMe || who === a.you);
    case 'member.left':
      return a.left(who);
    case 'invite.created':
      return a.inviteCreated(who);
    case 'invite.revoked':
      return a.inviteRevoked(who);
    default:
      // Other features' events, in their own words (core/web/activity-words.ts).
      return activityWords(item.type)?.(who, item.payload) ?? a.other;
  }
}
