import type { Queryable } from '../../core/db/database';
import type { CoupleScope, ScopedTx } from '../../core/couple-scope';

export interface MemberRow {
  userId: string;
  displayName: string;
  joinedAt: Date;
  slot: number;
}

export interface InviteRow {
  id: string;
  coupleId: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export async function getCouple(scope: CoupleScope | ScopedTx) {
  const [couple] = await scope.query<{ id: string; name: string | null; createdAt: Date }>(
    `select id, name, created_at as "createdAt" from couples where id = $1`,
  );
  return couple ?? null;
}

export function listMembers(scope: CoupleScope | ScopedTx): Promise<MemberRow[]> {
  return scope.query<MemberRow>(
    `select m.user_id as "userId", u.display_name as "displayName", m.joined_at as "joinedAt", m.slot
       from couple_members m join users u on u.id = m.user_id
      where m.couple_id = $1 order by m.slot`,
  );
}

export async function activeInvite(scope: CoupleScope | ScopedTx): Promise<InviteRow | null> {
  const [row] = await scope.query<InviteRow>(
    `select id, couple_id as "coupleId", created_at as "createdAt", expires_at as "expiresAt", used_at as "usedAt", revoked_at as "revokedAt"
       from invites
      where couple_id = $1 and used_at is null and revoked_at is null and expires_at > now()
      order by created_at desc limit 1`,
  );
  return row ?? null;
}

export async function renameCouple(tx: ScopedTx, name: string): Promise<void> {
  await tx.query('update couples set name = $2 where id = $1', [name]);
}

/** Creates the couple and its first member; the caller has checked they are not in one. */
export async function insertCouple(tx: Queryable, name: string | null, userId: string): Promise<string> {
  const [couple] = await tx.query<{ id: string }>('insert into couples (name) values ($1) returning id', [name]);
  await tx.query('insert into couple_members (couple_id, user_id, slot) values ($1, $2, 1)', [couple!.id, userId]);
  return couple!.id;
}

/** Revokes any active invites, then stores a new one by its token's hash. */
export async function replaceInvite(tx: ScopedTx, userId: string, tokenHash: string, hours: number): Promise<InviteRow> {
  await tx.query(
    `update invites set revoked_at = now() where couple_id = $1 and used_at is null and revoked_at is null`,
  );
  const [row] = await tx.query<InviteRow>(
    `insert into invites (couple_id, token_hash, created_by, expires_at)
     values ($1, $2, $3, now() + make_interval(hours => $4))
     returning id, couple_id as "coupleId", created_at as "createdAt", expires_at as "expiresAt", used_at as "usedAt", revoked_at as "revokedAt"`,
    [tokenHash, userId, hours],
  );
  return row!;
}

export async function revokeInvite(tx: ScopedTx, inviteId: string): Promise<boolean> {
  const rows = await tx.query(
    `update invites set revoked_at = now()
      where couple_id = $1 and id = $2 and used_at is null and revoked_at is null returning id`,
    [inviteId],
  );
  return rows.length > 0;
}

export interface InviteLookup extends InviteRow {
  /** Null when nobody named the space. */
  coupleName: string | null;
  inviterName: string | null;
  createdBy: string | null;
  memberCount: number;
}

/**
 * Finds an invite by its token's hash. This is the one lookup not scoped to
 * the caller's couple: the token itself is the proof of being invited.
 */
export async function findInviteByTokenHash(db: Queryable, tokenHash: string, forUpdate = false): Promise<InviteLookup | null> {
  const [row] = await db.query<InviteLookup>(
    `select i.id, i.couple_id as "coupleId", i.created_at as "createdAt", i.expires_at as "expiresAt",
            i.used_at as "usedAt", i.revoked_at as "revokedAt", i.created_by as "createdBy",
            c.name as "coupleName", u.display_name as "inviterName",
            (select count(*)::int from couple_members m where m.couple_id = i.couple_id) as "memberCount"
       from invites i
       join couples c on c.id = i.couple_id
       left join users u on u.id = i.created_by
      where i.token_hash = $1
      ${forUpdate ? 'for update of i, c' : ''}`,
    [tokenHash],
  );
  return row ?? null;
}

export async function addMember(tx: Queryable, coupleId: string, userId: string): Promise<void> {
  await tx.query(
    `insert into couple_members (couple_id, user_id, slot)
     values ($1, $2, (select case when exists (select 1 from couple_members where couple_id = $1 and slot = 1) then 2 else 1 end))`,
    [coupleId, userId],
  );
}

export async function markInviteUsed(tx: Queryable, inviteId: string, userId: string): Promise<void> {
  await tx.query('update invites set used_at = now(), used_by = $2 where id = $1', [inviteId, userId]);
}

export async function isInCouple(db: Queryable, userId: string): Promise<boolean> {
  const rows = await db.query('select 1 from couple_members where user_id = $1', [userId]);
  return rows.length > 0;
}

export interface ActivityRow {
  seq: number;
  type: string;
  actorId: string | null;
  actorName: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/**
 * The couple's feed, newest first, with names resolved now (payloads never
 * store names). Live-sync traffic (`in_feed = false`) stays out of it.
 */
export function listActivity(scope: CoupleScope, beforeSeq: number | null, limit: number): Promise<ActivityRow[]> {
  return scope.query<ActivityRow>(
    `select e.seq, e.type, e.actor_id as "actorId", u.display_name as "actorName", e.payload, e.created_at as "createdAt"
       from couple_events e left join users u on u.id = e.actor_id
      where e.couple_id = $1 and ($2::int is null or e.seq < $2) and (e.audience is null or e.audience = $4)
        and e.in_feed
      order by e.seq desc limit $3`,
    [beforeSeq, limit, scope.userId],
  );
}

/** Whether a space this person was in ended and they have not read that yet. */
export async function hasUnreadSpaceEnding(db: Queryable, userId: string): Promise<boolean> {
  const rows = await db.query(`select 1 from space_endings where user_id = $1 and seen_at is null limit 1`, [userId]);
  return rows.length > 0;
}

export async function markSpaceEndingsRead(db: Queryable, userId: string): Promise<void> {
  await db.query(`update space_endings set seen_at = now() where user_id = $1 and seen_at is null`, [userId]);
}
