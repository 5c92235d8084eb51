import type { Queryable } from '../../core/db/database';
import type { CoupleQueries } from '../../core/couple-scope';

export interface ProfileRow {
  displayName: string;
  email: string;
  practice: string;
  contact: string;
}

export async function getProfile(db: Queryable, userId: string): Promise<ProfileRow | null> {
  const [row] = await db.query<ProfileRow>(
    `select u.display_name as "displayName", u.email, p.practice, p.contact
       from therapist_profiles p join users u on u.id = p.user_id where p.user_id = $1`,
    [userId],
  );
  return row ?? null;
}

export async function updateProfile(db: Queryable, userId: string, change: { practice?: string; contact?: string }): Promise<boolean> {
  const rows = await db.query(
    `update therapist_profiles set practice = coalesce($2, practice), contact = coalesce($3, contact), updated_at = now()
      where user_id = $1 returning user_id`,
    [userId, change.practice ?? null, change.contact ?? null],
  );
  return rows.length > 0;
}

/** A therapist's link for a couple to accept (any couple: the token is the invitation). */
export async function insertTherapistInvite(db: Queryable, therapistId: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.query(`insert into therapist_invites (token_hash, created_by, expires_at) values ($1, $2, $3)`, [tokenHash, therapistId, expiresAt]);
}

/** A partner's link for their therapist, replacing the space's earlier unused one (one open at a time). */
export async function replacePartnerInvite(scope: CoupleQueries, partnerId: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await scope.query(`delete from therapist_invites where couple_id = $1 and used_at is null`);
  await scope.query(`insert into therapist_invites (couple_id, token_hash, created_by, expires_at) values ($1, $2, $3, $4)`, [tokenHash, partnerId, expiresAt]);
}

export interface InviteLookup {
  id: string;
  createdBy: string;
  /** Null: a therapist's link (a couple accepts it); set: a partner's link for this space. */
  coupleId: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  creatorName: string;
  practice: string | null;
}

/**
 * The one lookup by token, not scoped to the caller's couple: the token itself is the proof of
 * being invited. `forUpdate` locks it, so two accepts of one link cannot both pass.
 */
export async function findInvite(db: Queryable, tokenHash: string, forUpdate = false): Promise<InviteLookup | null> {
  const [row] = await db.query<InviteLookup>(
    `select i.id, i.created_by as "createdBy", i.couple_id as "coupleId", i.expires_at as "expiresAt", i.used_at as "usedAt",
            u.display_name as "creatorName", p.practice
       from therapist_invites i join users u on u.id = i.created_by left join therapist_profiles p on p.user_id = i.created_by
      where i.token_hash = $1 ${forUpdate ? 'for update of i' : ''}`,
    [tokenHash],
  );
  return row ?? null;
}

export async function markInviteUsed(db: Queryable, inviteId: string, userId: string): Promise<void> {
  await db.query(`update therapist_invites set used_at = now(), used_by = $2 where id = $1`, [inviteId, userId]);
}

/** Connects; a second connection of a space meets the partial unique index (the caller answers 409). */
export async function insertLink(db: Queryable, coupleId: string, therapistId: string): Promise<string> {
  const [row] = await db.query<{ id: string }>(`insert into therapist_links (couple_id, therapist_id) values ($1, $2) returning id`, [coupleId, therapistId]);
  return row!.id;
}

export interface CurrentLink {
  id: string;
  therapistId: string;
  therapistName: string;
  practice: string;
  contact: string;
  startedAt: Date;
}

/** The space's connected therapist now, if any. */
export async function currentLink(scope: CoupleQueries): Promise<CurrentLink | null> {
  const [row] = await scope.query<CurrentLink>(
    `select l.id, l.therapist_id as "therapistId", u.display_name as "therapistName", coalesce(p.practice, '') as practice,
            coalesce(p.contact, '') as contact, l.started_at as "startedAt"
       from therapist_links l join users u on u.id = l.therapist_id left join therapist_profiles p on p.user_id = l.therapist_id
      where l.couple_id = $1 and l.ended_at is null`,
  );
  return row ?? null;
}

/** Ends a connection (by either partner or the therapist); its consent rows and looks stay on the couple's record. */
export async function endLink(db: Queryable, coupleId: string, linkId: string): Promise<boolean> {
  const rows = await db.query(`update therapist_links set ended_at = now() where couple_id = $1 and id = $2 and ended_at is null returning id`, [coupleId, linkId]);
  return rows.length > 0;
}

/** The space's partners, first to join first, with their names. */
export function partnersOf(scope: CoupleQueries): Promise<Array<{ userId: string; displayName: string }>> {
  return scope.query(
    `select m.user_id as "userId", u.display_name as "displayName" from couple_members m join users u on u.id = m.user_id
      where m.couple_id = $1 order by m.joined_at, m.user_id`,
  );
}

export async function appendConsent(scope: CoupleQueries, linkId: string, userId: string, scopeName: string, subjectId: string | null, granted: boolean): Promise<void> {
  await scope.query(`insert into therapist_consents (couple_id, link_id, user_id, scope, subject_id, granted) values ($1, $2, $3, $4, $5, $6)`, [
    linkId,
    userId,
    scopeName,
    subjectId,
    granted,
  ]);
}

export interface HistoryRow {
  linkId: string;
  userId: string;
  name: string | null;
  therapistName: string;
  startedAt: Date;
  endedAt: Date | null;
  scope: string;
  subjectId: string | null;
  granted: boolean;
  at: Date;
}

/** Every consent row of the space's connections, past ones included, oldest first. */
export function consentHistory(scope: CoupleQueries): Promise<HistoryRow[]> {
  return scope.query<HistoryRow>(
    `select c.link_id as "linkId", c.user_id as "userId", u.display_name as name, coalesce(t.display_name, l.therapist_name, '') as "therapistName",
            l.started_at as "startedAt", l.ended_at as "endedAt", c.scope, c.subject_id as "subjectId", c.granted, c.at
       from therapist_consents c join therapist_links l on l.id = c.link_id
       left join users u on u.id = c.user_id left join users t on t.id = l.therapist_id
      where c.couple_id = $1 order by c.id`,
  );
}

export interface LinkSpan {
  id: string;
  therapistName: string;
  startedAt: Date;
  endedAt: Date | null;
}

/** The connection in place at `at`, if there was one. */
export async function linkAt(scope: CoupleQueries, at: Date): Promise<LinkSpan | null> {
  const [row] = await scope.query<LinkSpan>(
    `select l.id, coalesce(u.display_name, l.therapist_name, '') as "therapistName", l.started_at as "startedAt", l.ended_at as "endedAt"
       from therapist_links l left join users u on u.id = l.therapist_id
      where l.couple_id = $1 and l.started_at <= $2 and (l.ended_at is null or l.ended_at > $2)
      order by l.started_at desc limit 1`,
    [at],
  );
  return row ?? null;
}

export interface LookRow {
  id: string;
  therapistName: string;
  what: string;
  at: Date;
}

export function listLooks(scope: CoupleQueries, before: number | null, limit: number): Promise<LookRow[]> {
  return scope.query<LookRow>(
    `select id, therapist_name as "therapistName", what, at from therapist_access_log
      where couple_id = $1 and ($2::bigint is null or id < $2) order by id desc limit $3`,
    [before, limit],
  );
}

/**
 * Deletes looks older than `cutoff`, the only way a look ever leaves the record before the space
 * ends: the append-only trigger lets a delete through only where the transaction says it is the sweep.
 */
export async function sweepLooksBefore(tx: Queryable, cutoff: Date): Promise<number> {
  await tx.query(`set local offbeat.retention_sweep = 'on'`);
  const rows = await tx.query(`delete from therapist_access_log where at < $1 returning id`, [cutoff]);
  return rows.length;
}
