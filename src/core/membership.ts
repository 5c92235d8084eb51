import type { Queryable } from './db/database';
import type { EventLog } from './realtime/event-log';

/**
 * Leaving a couple space, shared by "leave" and "delete my account". Either
 * partner may leave at any time. The one who stays sees a kind note in their
 * feed; the space ends when its last partner leaves. Must run in a transaction.
 * `keepOwnWords` copies the leaver's own entries out first (account deletion passes none).
 */
export async function leaveCouple(
  tx: Queryable,
  events: EventLog,
  userId: string,
  keepOwnWords: Array<(tx: Queryable, coupleId: string, userId: string) => Promise<void>> = [],
): Promise<{ coupleId: string } | null> {
  const [membership] = await tx.query<{ coupleId: string }>(
    `select couple_id as "coupleId" from couple_members where user_id = $1`,
    [userId],
  );
  if (!membership) return null;
  // Lock the couple so a concurrent join or leave sees a settled membership.
  await tx.query('select id from couples where id = $1 for update', [membership.coupleId]);
  // The leaver keeps a copy of their own words before losing access to the couple's records.
  for (const keep of keepOwnWords) await keep(tx, membership.coupleId, userId);
  await tx.query('delete from couple_members where couple_id = $1 and user_id = $2', [membership.coupleId, userId]);
  const [remaining] = await tx.query<{ n: number }>(
    'select count(*)::int as n from couple_members where couple_id = $1',
    [membership.coupleId],
  );
  if (Number(remaining?.n ?? 0) === 0) {
    await tx.query('delete from couples where id = $1', [membership.coupleId]);
  } else {
    await events.append(tx, { coupleId: membership.coupleId, type: 'member.left', actorId: userId });
  }
  await events.publish(tx, { k: 'membership', u: userId, c: null });
  return membership;
}
