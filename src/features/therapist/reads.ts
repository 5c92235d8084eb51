import type { Queryable } from '../../core/db/database';

/**
 * The therapist feature's server front door: accounts' sign-up makes a therapist's profile in
 * the same transaction as their account. Server-only.
 */
export async function insertTherapistProfile(tx: Queryable, userId: string, details: { practice: string; contact: string }): Promise<void> {
  await tx.query(`insert into therapist_profiles (user_id, practice, contact) values ($1, $2, $3)`, [userId, details.practice, details.contact]);
}
