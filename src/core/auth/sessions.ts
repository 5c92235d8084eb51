import type { Queryable } from '../db/database';
import { hashToken, randomToken } from './tokens';

export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  userId: string;
  email: string;
  displayName: string;
  coupleId: string | null;
}

/** Creates a session and returns the raw token for the cookie; only its hash is stored. */
export async function createSession(
  db: Queryable,
  userId: string,
  opts: { days: number; userAgent: string | undefined },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  await db.query(
    `insert into sessions (id, user_id, csrf_token, user_agent, expires_at)
     values ($1, $2, $3, $4, now() + make_interval(days => $5))`,
    [hashToken(token), userId, csrfToken, opts.userAgent?.slice(0, 300) ?? null, opts.days],
  );
  return { token, csrfToken };
}

export async function findSession(db: Queryable, token: string): Promise<SessionUser | null> {
  const rows = await db.query<SessionUser & { stale: boolean }>(
    `select s.id as "sessionId", s.csrf_token as "csrfToken", u.id as "userId", u.email,
            u.display_name as "displayName", m.couple_id as "coupleId",
            s.last_seen_at < now() - interval '5 minutes' as stale
       from sessions s
       join users u on u.id = s.user_id
       left join couple_members m on m.user_id = u.id
      where s.id = $1 and s.expires_at > now()`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return null;
  // Sliding expiry, written at most every few minutes to keep reads cheap.
  if (row.stale) await db.query('update sessions set last_seen_at = now() where id = $1', [row.sessionId]);
  const { stale: _stale, ...session } = row;
  return session;
}

export async function deleteSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query('delete from sessions where id = $1', [sessionId]);
}
