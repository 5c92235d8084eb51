import type { Queryable } from '../db/database';
import { csrfTokenFor, hashToken, randomToken } from './tokens';
import type { EventLog } from '../realtime/event-log';
import type { AppLockSettings, SessionLockFacts } from './app-lock';

export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  userId: string;
  email: string;
  displayName: string;
  coupleId: string | null;
  /** A partner (in a space or not) or a therapist (never in a space; reaches couples only through a TherapistScope). */
  kind: AccountKind;
}

export type AccountKind = 'partner' | 'therapist';

/** Creates a session and returns the raw token for the cookie; only its hash is stored. */
export async function createSession(
  db: Queryable,
  userId: string,
  opts: { days: number; userAgent: string | undefined },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  await db.query(
    `insert into sessions (id, user_id, user_agent, expires_at)
     values ($1, $2, $3, now() + make_interval(days => $4))`,
    [hashToken(token), userId, opts.userAgent?.slice(0, 300) ?? null, opts.days],
  );
  return { token, csrfToken: csrfTokenFor(token) };
}

/**
 * The signed-in person behind a session token, or null. Expiry slides: a
 * session in use is extended to `days` from now, written at most every few
 * minutes to keep reads cheap; `refreshed` tells the caller to renew the cookie.
 */
export async function findSession(
  db: Queryable,
  token: string,
  opts: { days: number },
): Promise<{ user: SessionUser; refreshed: boolean; lock: SessionLock | null } | null> {
  // The app lock rides in the same statement (a primary-key lookup): no lock, no extra cost.
  const rows = await db.query<Omit<SessionUser, 'csrfToken'> & { stale: boolean } & LockRow>(
    `select s.id as "sessionId", u.id as "userId", u.email,
            u.display_name as "displayName", m.couple_id as "coupleId", u.kind,
            s.last_seen_at < now() - interval '5 minutes' as stale,
            l.lock_after_minutes as "lockAfterMinutes", l.sign_out_after_minutes as "signOutAfterMinutes",
            s.hidden_since as "hiddenSince", s.locked_at as "lockedAt", s.unlock_failures as "unlockFailures"
       from sessions s
       join users u on u.id = s.user_id
       left join couple_members m on m.user_id = u.id
       left join app_locks l on l.user_id = u.id
      where s.id = $1 and s.expires_at > now()`,
    [hashToken(token)],
  );
  const found = rows[0];
  if (!found) return null;
  const { lockAfterMinutes, signOutAfterMinutes, hiddenSince, lockedAt, unlockFailures, ...row } = found;
  const lock: SessionLock | null =
    lockAfterMinutes === null
      ? null
      : {
          settings: { lockAfterMinutes, signOutAfterMinutes },
          facts: { hiddenSince: epoch(hiddenSince), lockedAt: epoch(lockedAt), unlockFailures: Number(unlockFailures) },
        };
  if (row.stale) {
    await db.query('update sessions set last_seen_at = now(), expires_at = now() + make_interval(days => $2) where id = $1', [
      row.sessionId,
      opts.days,
    ]);
  }
  const { stale, ...user } = row;
  return { user: { ...user, csrfToken: csrfTokenFor(token) }, refreshed: stale, lock };
}

/** A session's app lock: the person's settings and this device's state (see core/auth/app-lock.ts). */
export interface SessionLock {
  settings: AppLockSettings;
  facts: SessionLockFacts;
}

interface LockRow {
  lockAfterMinutes: number | null;
  signOutAfterMinutes: number | null;
  hiddenSince: Date | string | null;
  lockedAt: Date | string | null;
  unlockFailures: number;
}

function epoch(value: Date | string | null): number | null {
  return value === null ? null : new Date(value).getTime();
}

export async function deleteSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query('delete from sessions where id = $1', [sessionId]);
}

/** NOTIFY payloads are capped near 8 KB; 50 session ids (64 hex characters each) stay well under it. */
const REVOKE_CHUNK = 50;

/**
 * Tells every app process to close the sockets of ended sessions (`null`: all
 * of the person's). A long list goes in several messages: one oversized NOTIFY
 * would fail the whole request after the sessions were already deleted.
 */
export async function announceSessionsEnded(db: Queryable, events: EventLog, userId: string, sessionIds: string[] | null): Promise<void> {
  if (sessionIds === null) return events.publish(db, { k: 'revoke', u: userId, s: null });
  for (let i = 0; i < sessionIds.length; i += REVOKE_CHUNK) {
    await events.publish(db, { k: 'revoke', u: userId, s: sessionIds.slice(i, i + REVOKE_CHUNK) });
  }
}
