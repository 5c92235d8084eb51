import type { Database } from '../../core/db/database';
import type { PasswordHasher } from '../../core/auth/passwords';
import type { EventLog } from '../../core/realtime/event-log';

export const DEMO_PASSWORD = 'offbeat-demo-together';
export const DEMO_PEOPLE = [
  { email: 'alex@demo.offbeat.test', displayName: 'Alex' },
  { email: 'blair@demo.offbeat.test', displayName: 'Blair' },
] as const;

/**
 * Creates (or re-creates) the demo couple: two logins and a little history,
 * so one person can open both partners in two windows and see both sides.
 * Only the two demo accounts are touched.
 */
export async function seedDemoCouple(db: Database, events: EventLog, hasher: PasswordHasher): Promise<{ coupleId: string }> {
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const emails = DEMO_PEOPLE.map((p) => p.email);
    await tx.query(
      `delete from couples where id in (select m.couple_id from couple_members m join users u on u.id = m.user_id where u.email_normalized = any($1))`,
      [emails],
    );
    await tx.query('delete from users where email_normalized = any($1)', [emails]);
    const ids: string[] = [];
    for (const person of DEMO_PEOPLE) {
      const [row] = await tx.query<{ id: string }>(
        `insert into users (email, email_normalized, display_name, password_hash, last_seen_at)
         values ($1, $1, $2, $3, now() - interval '2 hours') returning id`,
        [person.email, person.displayName, passwordHash],
      );
      ids.push(row!.id);
    }
    const [alex, blair] = ids as [string, string];
    const [couple] = await tx.query<{ id: string }>(
      `insert into couples (name, created_at) values ('Alex & Blair', now() - interval '9 days') returning id`,
    );
    const coupleId = couple!.id;
    await tx.query(
      `insert into couple_members (couple_id, user_id, slot, joined_at)
       values ($1, $2, 1, now() - interval '9 days'), ($1, $3, 2, now() - interval '8 days')`,
      [coupleId, alex, blair],
    );
    const history: Array<{ type: 'couple.created' | 'invite.created' | 'member.joined' | 'couple.renamed'; actorId: string; payload?: Record<string, unknown>; daysAgo: number }> = [
      { type: 'couple.created', actorId: alex, daysAgo: 9 },
      { type: 'invite.created', actorId: alex, daysAgo: 9 },
      { type: 'member.joined', actorId: blair, daysAgo: 8 },
      { type: 'couple.renamed', actorId: blair, payload: { name: 'Alex & Blair, calmer together' }, daysAgo: 3 },
      { type: 'couple.renamed', actorId: alex, payload: { name: 'Alex & Blair' }, daysAgo: 1 },
    ];
    for (const item of history) {
      const event = await events.append(tx, { coupleId, type: item.type, actorId: item.actorId, payload: item.payload });
      await tx.query(
        `update couple_events set created_at = now() - make_interval(days => $3) where couple_id = $1 and seq = $2`,
        [coupleId, event.seq, item.daysAgo],
      );
    }
    return { coupleId };
  });
}
