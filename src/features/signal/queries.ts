import type { CoupleScope, ScopedTx } from '../../core/couple-scope';

export interface SignalRow {
  id: string;
  senderId: string | null;
  need: string;
  note: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  seenAt: Date | null;
}

const COLUMNS = `id, sender_id as "senderId", need, note, created_at as "createdAt", delivered_at as "deliveredAt", seen_at as "seenAt"`;

/** Inserts a signal; a retried send with the same client id returns the first one. */
export async function insertSignal(
  tx: ScopedTx,
  s: { clientId: string; senderId: string; need: string; note: string | null },
): Promise<{ row: SignalRow; created: boolean }> {
  const inserted = await tx.query<SignalRow>(
    `insert into signals (couple_id, client_id, sender_id, need, note) values ($1, $2, $3, $4, $5)
     on conflict (couple_id, client_id) do nothing returning ${COLUMNS}`,
    [s.clientId, s.senderId, s.need, s.note],
  );
  if (inserted[0]) return { row: inserted[0], created: true };
  const [existing] = await tx.query<SignalRow>(`select ${COLUMNS} from signals where couple_id = $1 and client_id = $2`, [s.clientId]);
  return { row: existing!, created: false };
}

export async function openSignalEpisode(tx: ScopedTx, signal: SignalRow): Promise<void> {
  await tx.query(
    `insert into episodes (couple_id, kind, signal_id, started_by, started_at) values ($1, 'signal', $2, $3, $4)`,
    [signal.id, signal.senderId, signal.createdAt],
  );
}

export async function findSignal(scope: CoupleScope | ScopedTx, id: string): Promise<SignalRow | null> {
  const [row] = await scope.query<SignalRow>(`select ${COLUMNS} from signals where couple_id = $1 and id = $2`, [id]);
  return row ?? null;
}

/** Marks delivered (and seen, when `seen`), never moving a timestamp once set. Returns the row when it changed. */
export async function markReceived(tx: ScopedTx, id: string, seen: boolean): Promise<SignalRow | null> {
  const [row] = await tx.query<SignalRow>(
    `update signals
        set delivered_at = coalesce(delivered_at, now()),
            seen_at = case when $3 then coalesce(seen_at, now()) else seen_at end
      where couple_id = $1 and id = $2 and (delivered_at is null or ($3 and seen_at is null))
      returning ${COLUMNS}`,
    [id, seen],
  );
  return row ?? null;
}

export function recentSignals(scope: CoupleScope, limit: number): Promise<SignalRow[]> {
  return scope.query<SignalRow>(`select ${COLUMNS} from signals where couple_id = $1 order by created_at desc limit $2`, [limit]);
}
