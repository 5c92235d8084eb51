import type { Queryable } from '../../core/db/database';
import type { Locale } from '../../core/i18n/locales';

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  kind: 'partner' | 'therapist';
  /** The language they last used or chose (null: not known yet). */
  locale: string | null;
}

const USER_COLUMNS = `id, email, display_name as "displayName", password_hash as "passwordHash", kind, locale`;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Inserts a user, or returns null when the email is taken. */
export async function insertUser(
  db: Queryable,
  user: { email: string; displayName: string; passwordHash: string; kind?: 'partner' | 'therapist'; emailVerified?: boolean },
): Promise<UserRow | null> {
  const rows = await db.query<UserRow>(
    `insert into users (email, email_normalized, display_name, password_hash, kind, email_verified_at)
     values ($1, $2, $3, $4, $5, case when $6 then now() end)
     on conflict (email_normalized) do nothing
     returning ${USER_COLUMNS}`,
    [user.email.trim(), normalizeEmail(user.email), user.displayName, user.passwordHash, user.kind ?? 'partner', user.emailVerified ?? false],
  );
  return rows[0] ?? null;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const rows = await db.query<UserRow>(`select ${USER_COLUMNS} from users where email_normalized = $1`, [normalizeEmail(email)]);
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const rows = await db.query<UserRow>(`select ${USER_COLUMNS} from users where id = $1`, [id]);
  return rows[0] ?? null;
}

export async function updatePasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await db.query('update users set password_hash = $2 where id = $1', [userId, passwordHash]);
}

/**
 * Gives the account a new email (verified when it came through a link sent to it); false when
 * another account has it.
 */
export async function updateEmail(db: Queryable, userId: string, email: string, verified: boolean): Promise<boolean> {
  const rows = await db.query(
    `update users set email = $2, email_normalized = $3, email_verified_at = case when $4 then now() end
      where id = $1 and not exists (select 1 from users other where other.email_normalized = $3 and other.id <> $1)
      returning id`,
    [userId, email.trim(), normalizeEmail(email), verified],
  );
  return rows.length > 0;
}

/** The language words for this person are written in when they are not the one asking (pushes, reminders, mails). */
export async function rememberLocale(db: Queryable, userId: string, locale: Locale): Promise<void> {
  await db.query('update users set locale = $2 where id = $1 and locale is distinct from $2', [userId, locale]);
}


export async function updateDisplayName(db: Queryable, userId: string, displayName: string): Promise<void> {
  await db.query('update users set display_name = $2 where id = $1', [userId, displayName]);
}

export interface SessionListRow {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

export function listSessions(db: Queryable, userId: string): Promise<SessionListRow[]> {
  return db.query<SessionListRow>(
    `select id, user_agent as "userAgent", created_at as "createdAt", last_seen_at as "lastSeenAt"
       from sessions where user_id = $1 and expires_at > now() order by last_seen_at desc`,
    [userId],
  );
}

/** Deletes one of the user's own sessions; false when it is not theirs or already gone. */
export async function deleteOwnSession(db: Queryable, userId: string, sessionId: string): Promise<boolean> {
  const rows = await db.query('delete from sessions where id = $1 and user_id = $2 returning id', [sessionId, userId]);
  return rows.length > 0;
}

/** Deletes all of a user's sessions, except `keep` when given; returns the ids ended. */
export async function deleteSessions(db: Queryable, userId: string, keep: string | null): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    'delete from sessions where user_id = $1 and ($2::text is null or id <> $2) returning id',
    [userId, keep],
  );
  return rows.map((r) => r.id);
}

/**
 * Ending a session removes its device's push subscriptions with it (the foreign key
 * cascades). Subscriptions saved before they knew their session cannot be told
 * apart, so logging out everywhere removes them too; a device still signed in
 * gives its own back at its next start.
 */
export async function forgetPushOfUnknownDevices(db: Queryable, userId: string): Promise<void> {
  await db.query('delete from push_subscriptions where user_id = $1 and session_id is null', [userId]);
}

export async function deleteUser(db: Queryable, userId: string): Promise<void> {
  await db.query('delete from users where id = $1', [userId]);
}
