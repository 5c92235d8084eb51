import type { Queryable } from './db/database';

/**
 * What each person lets their partner see of them, and their "quiet for a while"
 * (migration 0024). Core owns the table because core enforces it: the live hub
 * (presence), the push dispatcher (quiet) and the signal receipts all read it here.
 * Defaults are the app's behaviour before these choices existed.
 */
export interface SharingPrefs {
  seenReceipts: boolean;
  presenceVisible: boolean;
  /** No push reaches this person until then; null when not quiet. */
  quietUntil: Date | null;
}

export const DEFAULT_SHARING: SharingPrefs = { seenReceipts: true, presenceVisible: true, quietUntil: null };

export const SHARING_COLUMNS = `seen_receipts as "seenReceipts", presence_visible as "presenceVisible", quiet_until as "quietUntil"`;

export async function sharingPrefsOf(db: Queryable, userId: string): Promise<SharingPrefs> {
  const [row] = await db.query<SharingPrefs>(`select ${SHARING_COLUMNS} from sharing_prefs where user_id = $1`, [userId]);
  return row ? { ...row, quietUntil: row.quietUntil ? new Date(row.quietUntil) : null } : DEFAULT_SHARING;
}

/** Saves all three choices at once; answers with what is now stored. */
export async function saveSharingPrefs(db: Queryable, userId: string, prefs: SharingPrefs): Promise<SharingPrefs> {
  const [row] = await db.query<SharingPrefs>(
    `insert into sharing_prefs (user_id, seen_receipts, presence_visible, quiet_until) values ($1, $2, $3, $4)
     on conflict (user_id) do update set seen_receipts = $2, presence_visible = $3, quiet_until = $4, updated_at = now()
     returning ${SHARING_COLUMNS}`,
    [userId, prefs.seenReceipts, prefs.presenceVisible, prefs.quietUntil],
  );
  return { ...row!, quietUntil: row!.quietUntil ? new Date(row!.quietUntil) : null };
}
