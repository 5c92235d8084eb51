import type { Queryable } from '../../core/db/database';

export interface PasskeyRow {
  id: string;
  userId: string;
  credentialId: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  backedUp: boolean;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const COLUMNS = `id, user_id as "userId", credential_id as "credentialId", public_key as "publicKey", counter::float8 as counter,
  transports, backed_up as "backedUp", name, created_at as "createdAt", last_used_at as "lastUsedAt"`;

/** How long a person has to answer their device's prompt. */
export const CHALLENGE_MINUTES = 5;

/** Keeps a ceremony's challenge (and drops the expired ones, so the table never grows). */
export async function saveChallenge(db: Queryable, c: { userId: string | null; purpose: 'register' | 'sign_in'; challenge: string }): Promise<string> {
  await db.query('delete from passkey_challenges where expires_at < now()');
  const [row] = await db.query<{ id: string }>(
    `insert into passkey_challenges (user_id, purpose, challenge, expires_at) values ($1, $2, $3, now() + make_interval(mins => $4)) returning id`,
    [c.userId, c.purpose, c.challenge, CHALLENGE_MINUTES],
  );
  return row!.id;
}

/** Takes a challenge for one answer: gone afterwards whatever the answer, so none is replayed. */
export async function takeChallenge(db: Queryable, id: string, purpose: 'register' | 'sign_in', userId: string | null): Promise<string | null> {
  const [row] = await db.query<{ challenge: string }>(
    `delete from passkey_challenges where id = $1 and purpose = $2 and user_id is not distinct from $3 and expires_at >= now() returning challenge`,
    [id, purpose, userId],
  );
  return row?.challenge ?? null;
}

export function passkeysOf(db: Queryable, userId: string): Promise<PasskeyRow[]> {
  return db.query<PasskeyRow>(`select ${COLUMNS} from passkeys where user_id = $1 order by created_at`, [userId]);
}

export async function passkeyByCredential(db: Queryable, credentialId: string): Promise<PasskeyRow | null> {
  const [row] = await db.query<PasskeyRow>(`select ${COLUMNS} from passkeys where credential_id = $1`, [credentialId]);
  return row ?? null;
}

/** A new passkey; null when the credential is already someone's (it never moves between accounts). */
export async function insertPasskey(
  db: Queryable,
  p: { userId: string; credentialId: string; publicKey: Uint8Array; counter: number; transports: string[]; backedUp: boolean; name: string },
): Promise<PasskeyRow | null> {
  const [row] = await db.query<PasskeyRow>(
    `insert into passkeys (user_id, credential_id, public_key, counter, transports, backed_up, name) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (credential_id) do nothing returning ${COLUMNS}`,
    [p.userId, p.credentialId, Buffer.from(p.publicKey), p.counter, p.transports, p.backedUp, p.name],
  );
  return row ?? null;
}

/** Records a sign-in with the passkey; refused (false) when the counter went backwards meanwhile. */
export async function markUsed(db: Queryable, id: string, counter: number): Promise<boolean> {
  const rows = await db.query(`update passkeys set counter = $2, last_used_at = now() where id = $1 and (counter = 0 or counter < $2) returning id`, [id, counter]);
  return rows.length > 0;
}

export async function deletePasskey(db: Queryable, userId: string, id: string): Promise<boolean> {
  const rows = await db.query('delete from passkeys where user_id = $1 and id = $2 returning id', [userId, id]);
  return rows.length > 0;
}
