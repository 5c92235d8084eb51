import { activityWords } from '../../../core/web/activity-words';
import './activity-words';
import type { ActivityItem, CoupleMember, CoupleSnapshot } from '../contract';
import { copy } from './copy';

export function partnerOf(snapshot: CoupleSnapshot): CoupleMember | undefined {
  return snapshot.members.find((m) => !m.isMe);
}

/**
 * Who did it, in words: "You", the person's name, or, for someone who is no
 * longer here, a neutral "A former partner".
 */
export function actorLabel(item: ActivityItem, members: CoupleMember[]): string {
  if (isMine(item, members)) return copy.activity.you;
  const member = members.find((m) => m.userId === item.actorId);
  if (member) return member.displayName;
  if (item.actorName) return item.actorName;
  return item.actorId ? copy.activity.someone : copy.activity.formerPartner;
}

/**
 * One feed item as a sentence, in the words of the feature whose event it is
 * (core/web/activity-words.ts). Null for an event nobody described: the feed
 * leaves it out rather than show a vague line that could only worry ("what
 * changed?"). Every type the server puts in the feed has words (checked by
 * src/web/activity-words.test.ts), so this only happens when an older app
 * meets a newer server.
 */
export function describeActivity(item: ActivityItem, members: CoupleMember[]): string | null {
  const words = activityWords(item.type);
  if (!words) return null;
  return words({ who: isMine(item, members) ? 'you' : 'other', name: actorLabel(item, members) }, item.payload);
}

/** The feed's lines, newest first as given: each item with its sentence, leaving out those without words. */
export function feedLines(items: ActivityItem[], members: CoupleMember[]): Array<{ item: ActivityItem; text: string }> {
  return items.flatMap((item) => {
    const text = describeActivity(item, members);
    return text === null ? [] : [{ item, text }];
  });
}

function isMine(item: ActivityItem, members: CoupleMember[]): boolean {
  return item.isMe || members.some((m) => m.isMe && m.userId === item.actorId);
}
