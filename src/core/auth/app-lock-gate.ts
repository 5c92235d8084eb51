import type { Queryable } from '../db/database';
import type { EventLog } from '../realtime/event-log';
import { lockStateAt, type LockState } from './app-lock';
import { announceSessionsEnded, type SessionLock, type SessionUser } from './sessions';

/**
 * Applies a session's app lock at `now`: a session past its sign-out time (or out of PIN
 * tries) is ended; one past its lock time is marked locked (written once) and its sockets
 * close. Called only for people who set a lock.
 */
export async function applyAppLock(
  db: Queryable,
  events: EventLog,
  session: SessionUser,
  lock: SessionLock,
  now: number,
  minuteMs: number,
): Promise<LockState> {
  const state = lockStateAt(lock.settings, lock.facts, now, minuteMs);
  if (state === 'signed_out') {
    await db.query('delete from sessions where id = $1', [session.sessionId]);
    await announceSessionsEnded(db, events, session.userId, [session.sessionId]);
  } else if (state === 'locked' && lock.facts.lockedAt === null) {
    await db.query('update sessions set locked_at = $2 where id = $1 and locked_at is null', [session.sessionId, new Date(now)]);
    // `at: 0`: at once, whatever another process's clock says.
    await events.publish(db, { k: 'lock', u: session.userId, s: session.sessionId, at: 0 });
  }
  return state;
}
