import type { Queryable } from '../../core/db/database';

/**
 * Pattern-map's server front door: the reads other features may make of its tables.
 * Server-only — the client reaches pattern-map through contract.ts and the API.
 */

/** Whether `contractId` is one of the implicit contracts of a couple `userId` belongs to. */
export async function isContractOfMyCouple(db: Queryable, userId: string, contractId: string): Promise<boolean> {
  const found = await db.query('select 1 from contracts c join couple_members m on m.couple_id = c.couple_id where c.id = $1 and m.user_id = $2', [contractId, userId]);
  return found.length > 0;
}
