import type { Queryable } from './db/database';
import type { MediaStore } from './media-store';
import type { EventLog } from './realtime/event-log';

/** A feature's way of giving a person a copy of their own words before a space's records go. */
export type KeepOwnWords = (tx: Queryable, coupleId: string, userId: string) => Promise<void>;

export interface SpaceEnd {
  events: EventLog;
  /** Each feature's copy of a person's own words (see Feature.keepOwnWords). */
  keepOwnWords: KeepOwnWords[];
  /** Where the space's voice notes and photos are; they go with it. */
  media: MediaStore;
}

/**
 * Leaving a couple space, shared by "leave" and "delete my account". Must run in a transaction.
 *
 * A couple space is for two specific people. When either leaves, the space ends for both:
 * no one new ever joins it, and its records — the feed, the map, repairs, notes, media,
 * everything shared in it — are deleted. Before that, each person who remains a person
 * (everyone but one closing their account) gets a copy of their own words in their private
 * journal; never the other's. The one who stays is told once, kindly (`space_endings`).
 * To pair again — with someone new or the same person — they make a new, empty space.
 */
export async function leaveCouple(tx: Queryable, end: SpaceEnd, userId: string, how: 'left' | 'closed_account'): Promise<{ coupleId: string } | null> {
  const [membership] = await tx.query<{ coupleId: string }>(`select couple_id as "coupleId" from couple_members where user_id = $1`, [userId]);
  if (!membership) return null;
  const { coupleId } = membership;
  // Lock the couple so a concurrent join or leave sees a settled membership.
  await tx.query('select id from couples where id = $1 for update', [coupleId]);
  const members = await tx.query<{ userId: string; displayName: string }>(
    `select m.user_id as "userId", u.display_name as "displayName" from couple_members m join users u on u.id = m.user_id where m.couple_id = $1`,
    [coupleId],
  );
  const leaver = members.find((m) => m.userId === userId);
  for (const member of members) {
    if (member.userId === userId && how === 'closed_account') continue;
    for (const keep of end.keepOwnWords) await keep(tx, coupleId, member.userId);
  }
  for (const stayer of members.filter((m) => m.userId !== userId)) {
    await tx.query(`insert into space_endings (user_id, reason, partner_name) values ($1, $2, $3)`, [
      stayer.userId,
      how === 'left' ? 'partner_left' : 'partner_closed_account',
      how === 'left' ? (leaver?.displayName ?? null) : null,
    ]);
  }
  const files = await tx.query<{ key: string }>(`select storage_key as key from media where couple_id = $1`, [coupleId]);
  // Everything of the space goes with it (every couple table cascades from couples).
  await tx.query('delete from couples where id = $1', [coupleId]);
  for (const member of members) await end.events.publish(tx, { k: 'membership', u: member.userId, c: null });
  // The files go once the rows are gone for good; one left behind by a crash is swept later.
  tx.onCommit?.(() => {
    for (const file of files) void end.media.delete(file.key).catch(() => undefined);
  });
  return membership;
}
