import type { Database, Queryable } from '../db/database';

/**
 * The couple event seq a view reflects (see core/web/view-clock.ts): the last
 * seq committed for the couple, read in the same snapshot as the view's rows.
 * A person without a space has no events: their views reflect seq 0.
 */
export async function seqOf(db: Queryable, coupleId: string | null): Promise<number> {
  if (!coupleId) return 0;
  const [row] = await db.query<{ seq: number }>('select event_seq as seq from couples where id = $1', [coupleId]);
  return row ? Number(row.seq) : 0;
}

/**
 * Reads a view and its seq in one snapshot: a repeatable-read transaction whose
 * first statement reads the seq, so every row read after it is exactly as of
 * that seq — no change committed later (with a higher seq) can be half in it.
 */
export function readWithSeq<T extends object>(db: Database, coupleId: string | null, read: (tx: Queryable) => Promise<T>): Promise<T & { seq: number }> {
  return db.transaction(async (tx) => {
    // Sent together (PostgreSQL pipelines them, decision 0022) and run in this order.
    const [, seq] = await Promise.all([tx.query('set transaction isolation level repeatable read'), seqOf(tx, coupleId)]);
    return { ...(await read(tx)), seq };
  });
}
