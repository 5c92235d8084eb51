import type { Database, Queryable } from './db/database';
import type { MediaStore } from './media-store';
import type { EventLog } from './realtime/event-log';
import { scopedQuery } from './couple-scope';
import { announceAccessChanged, currentLinkOf } from './therapist-scope';

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
  await endSpace(tx, end, membership.coupleId, { userId, how });
  return membership;
}

/** Who made a space end: a member leaving or closing their account, or (`departed`) one who left under the earlier rule. */
type Ending = { userId: string; how: 'left' | 'closed_account' } | 'departed';

async function endSpace(tx: Queryable, end: SpaceEnd, coupleId: string, ending: Ending): Promise<void> {
  // Lock the couple so a concurrent join or leave sees a settled membership; gone means it already ended.
  const [space] = await tx.query('select id from couples where id = $1 for update', [coupleId]);
  if (!space) return;
  const members = await tx.query<{ userId: string; displayName: string }>(
    `select m.user_id as "userId", u.display_name as "displayName" from couple_members m join users u on u.id = m.user_id where m.couple_id = $1`,
    [coupleId],
  );
  const leaverId = ending === 'departed' ? null : ending.userId;
  const closing = ending !== 'departed' && ending.how === 'closed_account';
  for (const member of members) {
    if (member.userId === leaverId && closing) continue;
    for (const keep of end.keepOwnWords) await keep(tx, coupleId, member.userId);
  }
  // The one who stays learns only *that* the space ended: not who, why or when (leaving can be quiet).
  for (const stayer of members.filter((m) => m.userId !== leaverId)) {
    await tx.query(`insert into space_endings (user_id) values ($1)`, [stayer.userId]);
  }
  const files = await tx.query<{ key: string }>(`select storage_key as key from media where couple_id = $1`, [coupleId]);
  // A connected therapist's open screens learn at once that this couple is gone from their desk.
  const therapist = await currentLinkOf({ query: (sql, params = []) => scopedQuery(tx, coupleId, sql, params) });
  // Everything of the space goes with it (every couple table cascades from couples).
  await tx.query('delete from couples where id = $1', [coupleId]);
  for (const member of members) await end.events.publish(tx, { k: 'membership', u: member.userId, c: null });
  if (therapist) await announceAccessChanged(tx, end.events, therapist.therapistId, coupleId);
  // The files go once the rows are gone for good; one left behind by a crash is swept later.
  tx.onCommit?.(() => {
    for (const file of files) void end.media.delete(file.key).catch(() => undefined);
  });
}

/**
 * Before spaces ended with a leaving partner, the one who stayed kept the space, and with it
 * what the other had shared there. Such a space (one member left, with a partner's leaving in
 * its log) ends now as it would today: the one who stayed keeps their own words and is told
 * once. A space where a new partner has since joined is left as it is: both in it now chose it.
 * Safe to run on every start, from any number of processes at once.
 */
export async function endSpacesLeftUnderEarlierRule(db: Database, end: SpaceEnd): Promise<number> {
  const spaces = await db.query<{ coupleId: string }>(
    `select c.id as "coupleId"
       from couples c
      where (select count(*) from couple_members m where m.couple_id = c.id) = 1
        and exists (select 1 from couple_events e where e.couple_id = c.id and e.type = 'member.left')`,
  );
  for (const space of spaces) {
    await db.transaction((tx) => endSpace(tx, end, space.coupleId, 'departed'));
  }
  return spaces.length;
}
