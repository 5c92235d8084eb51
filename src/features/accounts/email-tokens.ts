import type { Queryable } from '../../core/db/database';
import { hashToken, randomToken } from '../../core/auth/tokens';
import { normalizeEmail } from './queries';

/** How long each kind of link works (decision 0023). */
export const LINK_HOURS = { reset: 1, signup: 24, email_change: 24 } as const;
export type LinkPurpose = keyof typeof LINK_HOURS;

/** What a sign-up link makes into an account once opened: nothing of it exists as an account before. */
export interface PendingSignup {
  displayName: string;
  passwordHash: string;
  kind: 'partner' | 'therapist';
  therapist?: { practice: string; contact: string };
}

/** Where each link opens in the app; the token rides in the fragment, so it never reaches a server log. */
export const LINK_PATHS = { reset: '/reset-password', verify: '/verify-email' } as const;

/** A link's token in the URL: 256 random bits, base64url (`randomToken`). */
export const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Expired links are kept a day (so a late click still finds "expired", not an error), then go. */
async function sweep(db: Queryable): Promise<void> {
  await db.query(`delete from email_tokens where expires_at < now() - interval '1 day'`);
}

/**
 * A reset link for the account with this email, in one statement that writes one row whether or
 * not there is one (without an account the row names nobody and opens nothing), so asking for a
 * stranger's email does the same work as for one's own. Null: no such account.
 */
export async function issueResetLink(db: Queryable, email: string): Promise<{ token: string; email: string; displayName: string; locale: string | null } | null> {
  await sweep(db);
  const token = randomToken();
  const rows = await db.query<{ email: string; displayName: string; locale: string | null }>(
    `with made as (insert into email_tokens (token_hash, purpose, user_id, expires_at)
                   values ($1, 'reset', (select id from users where email_normalized = $2), now() + make_interval(hours => $3))
                   returning user_id)
     select u.email, u.display_name as "displayName", u.locale from made join users u on u.id = made.user_id`,
    [hashToken(token), normalizeEmail(email), LINK_HOURS.reset],
  );
  const row = rows[0];
  return row ? { token, ...row } : null;
}

export async function issueSignupLink(db: Queryable, email: string, pending: PendingSignup): Promise<string> {
  await sweep(db);
  const token = randomToken();
  await db.query(
    `insert into email_tokens (token_hash, purpose, email, pending, expires_at) values ($1, 'signup', $2, $3, now() + make_interval(hours => $4))`,
    [hashToken(token), email.trim(), JSON.stringify(pending), LINK_HOURS.signup],
  );
  return token;
}

export async function issueEmailChangeLink(db: Queryable, userId: string, email: string): Promise<string> {
  await sweep(db);
  const token = randomToken();
  await db.query(
    `insert into email_tokens (token_hash, purpose, user_id, email, expires_at) values ($1, 'email_change', $2, $3, now() + make_interval(hours => $4))`,
    [hashToken(token), userId, email.trim(), LINK_HOURS.email_change],
  );
  return token;
}

/** Whether a reset link would still work, without using it (the new password is hashed only then). */
export async function resetLinkValid(db: Queryable, token: string): Promise<boolean> {
  const rows = await db.query(`select 1 from email_tokens where token_hash = $1 and purpose = 'reset' and user_id is not null and used_at is null and expires_at > now()`, [
    hashToken(token),
  ]);
  return rows.length > 0;
}

export interface UsedLink {
  purpose: LinkPurpose;
  userId: string | null;
  email: string | null;
  pending: PendingSignup | null;
}

/**
 * Uses a link once: the update that marks it used is the check, so two clicks at the same
 * moment cannot both pass. Null when it is unknown, used, expired or of another purpose.
 */
export async function useLink(db: Queryable, token: string, purposes: LinkPurpose[]): Promise<UsedLink | null> {
  const rows = await db.query<UsedLink & { pending: PendingSignup | string | null }>(
    `update email_tokens set used_at = now()
      where token_hash = $1 and purpose = any($2::text[]) and used_at is null and expires_at > now()
      returning purpose, user_id as "userId", email, pending`,
    [hashToken(token), purposes],
  );
  const row = rows[0];
  if (!row) return null;
  return { ...row, pending: typeof row.pending === 'string' ? (JSON.parse(row.pending) as PendingSignup) : row.pending };
}

/** After a reset, the account's other reset links stop working too. */
export async function retireResetLinks(db: Queryable, userId: string): Promise<void> {
  await db.query(`update email_tokens set used_at = now() where user_id = $1 and purpose = 'reset' and used_at is null`, [userId]);
}
