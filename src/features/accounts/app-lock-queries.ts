import type { Queryable } from '../../core/db/database';
import type { AppLockSettings } from '../../core/auth/app-lock';

/** The person's app lock with its PIN hash, or null when they set none. */
export async function findAppLock(db: Queryable, userId: string): Promise<(AppLockSettings & { pinHash: string }) | null> {
  const [row] = await db.query<AppLockSettings & { pinHash: string }>(
    `select pin_hash as "pinHash", lock_after_minutes as "lockAfterMinutes", sign_out_after_minutes as "signOutAfterMinutes"
       from app_locks where user_id = $1`,
    [userId],
  );
  return row ?? null;
}

export async function upsertAppLock(db: Queryable, userId: string, lock: AppLockSettings & { pinHash: string }): Promise<void> {
  await db.query(
    `insert into app_locks (user_id, pin_hash, lock_after_minutes, sign_out_after_minutes) values ($1, $2, $3, $4)
     on conflict (user_id) do update
       set pin_hash = excluded.pin_hash, lock_after_minutes = excluded.lock_after_minutes,
           sign_out_after_minutes = excluded.sign_out_after_minutes, updated_at = now()`,
    [userId, lock.pinHash, lock.lockAfterMinutes, lock.signOutAfterMinutes],
  );
}

/** Removes the lock and every device's lock state with it. */
export async function deleteAppLock(db: Queryable, userId: string): Promise<void> {
  await db.query('delete from app_locks where user_id = $1', [userId]);
  await db.query('update sessions set hidden_since = null, locked_at = null, unlock_failures = 0 where user_id = $1', [userId]);
}

/** The page went out of sight (kept from the first time: a second "hidden" does not restart the count). Returns since when. */
export async function markHidden(db: Queryable, sessionId: string, at: Date): Promise<Date> {
  const [row] = await db.query<{ hiddenSince: Date | string }>(
    'update sessions set hidden_since = coalesce(hidden_since, $2) where id = $1 returning hidden_since as "hiddenSince"',
    [sessionId, at],
  );
  return new Date(row!.hiddenSince);
}

export async function markVisible(db: Queryable, sessionId: string): Promise<void> {
  await db.query('update sessions set hidden_since = null where id = $1 and hidden_since is not null', [sessionId]);
}

/** Counts a PIN attempt before checking it, so tries sent at once cannot slip past the limit. Returns the count. */
export async function countUnlockAttempt(db: Queryable, sessionId: string): Promise<number> {
  const [row] = await db.query<{ failures: number }>(
    'update sessions set unlock_failures = unlock_failures + 1 where id = $1 returning unlock_failures as failures',
    [sessionId],
  );
  return Number(row?.failures ?? Infinity);
}

/** The right PIN: this device is open again and its count of tries starts over. */
export async function unlockSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query('update sessions set locked_at = null, hidden_since = null, unlock_failures = 0 where id = $1', [sessionId]);
}
