import type { CoupleScope, ScopedTx } from '../../core/couple-scope';
import type { Queryable } from '../../core/db/database';

/**
 * Repair's server front door: the reads (and the one write) other features may make of its
 * tables. Server-only — the client reaches repair through contract.ts and the API.
 */

/** Ruptures the couple logged since the start of this calendar month (the database's month). */
export async function ruptureCountThisMonth(scope: CoupleScope | ScopedTx): Promise<number> {
  const [row] = await scope.query<{ count: number }>(
    `select count(*)::int as count from ruptures where couple_id = $1 and created_at > date_trunc('month', now())`,
  );
  return row!.count;
}

/**
 * Adds an entry to a person's private journal (repair owns the journal). Used when a space
 * ends and a feature hands its author their own words to keep; the entry is never shared.
 */
export async function keepInJournal(db: Queryable, ownerId: string, text: string): Promise<void> {
  await db.query('insert into journal_entries (owner_id, text) values ($1, $2)', [ownerId, text]);
}
