import type { CoupleScope, ScopedTx } from '../../core/couple-scope';

export interface SignalRow {
  id: string;
  senderId: string | null;
  need: string | null;
  note: string | null;
  createdAt: Date;
  lastTappedAt: Date;
  taps: number;
  deliveredAt: Date | null;
  seenAt: Date | null;
  answerKind: string | null;
  answerText: string | null;
  answeredAt: Date | null;
  receiverPutAwayAt: Date | null;
  senderPutAwayAt: Date | null;
}

const COLUMNS = `id, sender_id as "senderId", need, note, created_at as "createdAt", last_tapped_at as "lastTappedAt", taps,
  delivered_at as "deliveredAt", seen_at as "seenAt", answer_kind as "answerKind", answer_text as "answerText",
  answered_at as "answeredAt", receiver_put_away_at as "receiverPutAwayAt", sender_put_away_at as "senderPutAwayAt"`;

/** The signal a tap with this client id already made or joined, if it was seen before (a retried tap). */
export async function signalOfTap(tx: ScopedTx, clientId: string): Promise<SignalRow | null> {
  const [row] = await tx.query<SignalRow>(
    `select ${COLUMNS} from signals where couple_id = $1 and id = (select signal_id from signal_taps where couple_id = $1 and client_id = $2)`,
    [clientId],
  );
  return row ?? null;
}

/** The couple's newest signal, locked, so two taps at once cannot both start a moment. */
export async function lockLatestSignal(tx: ScopedTx): Promise<SignalRow | null> {
  // Sent together (decision 0022): the read runs after the lock is held, in the order sent.
  const [, [row]] = await Promise.all([
    tx.query(`select id from couples where id = $1 for update`),
    tx.query<SignalRow>(`select ${COLUMNS} from signals where couple_id = $1 order by created_at desc limit 1`),
  ]);
  return row ?? null;
}

/** The sender's partner, if the couple has one yet. */
export async function partnerOf(tx: ScopedTx, userId: string): Promise<string | null> {
  const [row] = await tx.query<{ userId: string }>('select user_id as "userId" from couple_members where couple_id = $1 and user_id <> $2', [userId]);
  return row?.userId ?? null;
}

/**
 * A new signal with the id the caller chose, so the statements that name it (its tap, its
 * episode, its event) can be sent together with this one instead of waiting for its answer.
 */
export async function insertSignal(tx: ScopedTx, s: { id: string; clientId: string; senderId: string; need: string | null; note: string | null }): Promise<SignalRow> {
  const [[row]] = await Promise.all([
    tx.query<SignalRow>(`insert into signals (couple_id, id, client_id, sender_id, need, note) values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`, [
      s.id,
      s.clientId,
      s.senderId,
      s.need,
      s.note,
    ]),
    recordTap(tx, s.clientId, s.id),
  ]);
  return row!;
}

/** One more tap in the same moment: counted, with what the person added this time. */
export async function foldTap(tx: ScopedTx, id: string, s: { clientId: string; need: string | null; note: string | null }): Promise<SignalRow> {
  const [row] = await tx.query<SignalRow>(
    `update signals set taps = taps + 1, last_tapped_at = now(), need = coalesce($3, need), note = coalesce($4, note)
      where couple_id = $1 and id = $2 returning ${COLUMNS}`,
    [id, s.need, s.note],
  );
  await recordTap(tx, s.clientId, id);
  return row!;
}

async function recordTap(tx: ScopedTx, clientId: string, signalId: string): Promise<void> {
  await tx.query(`insert into signal_taps (couple_id, client_id, signal_id) values ($1, $2, $3)`, [clientId, signalId]);
}

export async function findSignal(scope: CoupleScope | ScopedTx, id: string, lock = false): Promise<SignalRow | null> {
  const [row] = await scope.query<SignalRow>(`select ${COLUMNS} from signals where couple_id = $1 and id = $2${lock ? ' for update' : ''}`, [id]);
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

/** The partner's one answer; answering also means the signal reached them and was seen. */
export async function answer(tx: ScopedTx, id: string, kind: string, text: string | null): Promise<SignalRow> {
  const [row] = await tx.query<SignalRow>(
    `update signals set answer_kind = $3, answer_text = $4, answered_at = now(),
            delivered_at = coalesce(delivered_at, now()), seen_at = coalesce(seen_at, now())
      where couple_id = $1 and id = $2 returning ${COLUMNS}`,
    [id, kind, text],
  );
  return row!;
}

/** This person puts the card away on their own screens; the other is never told. */
export async function putAway(tx: ScopedTx, id: string, side: 'sender' | 'receiver'): Promise<SignalRow> {
  const column = side === 'sender' ? 'sender_put_away_at' : 'receiver_put_away_at';
  const [row] = await tx.query<SignalRow>(
    `update signals set ${column} = coalesce(${column}, now()) where couple_id = $1 and id = $2 returning ${COLUMNS}`,
    [id],
  );
  return row!;
}

export function recentSignals(tx: ScopedTx, limit: number): Promise<SignalRow[]> {
  return tx.query<SignalRow>(`select ${COLUMNS} from signals where couple_id = $1 order by created_at desc limit $2`, [limit]);
}
