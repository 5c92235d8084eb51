import type { CoupleQueries, CoupleScope, ScopedTx } from '../../core/couple-scope';
import type { Queryable } from '../../core/db/database';
import { LIVE_STATUSES, nextDeadline, type Pause, type ReturnPlan, type Where } from './machine';

export interface PauseRow {
  id: string;
  coupleId: string;
  state: Pause;
}

const LIVE = `status in (${LIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** The couple's live pause, locked for the transaction that will change it. */
export async function lockLivePause(tx: ScopedTx): Promise<PauseRow | null> {
  const [row] = await tx.query<PauseRow>(
    `select id, couple_id as "coupleId", state from pauses where couple_id = $1 and ${LIVE} for update`,
  );
  return row ?? null;
}

export async function livePause(scope: ScopedTx | CoupleScope): Promise<PauseRow | null> {
  const [row] = await scope.query<PauseRow>(`select id, couple_id as "coupleId", state from pauses where couple_id = $1 and ${LIVE}`);
  return row ?? null;
}

export async function latestPause(scope: ScopedTx | CoupleScope): Promise<PauseRow | null> {
  const [row] = await scope.query<PauseRow>(
    `select id, couple_id as "coupleId", state from pauses where couple_id = $1 order by created_at desc limit 1`,
  );
  return row ?? null;
}

/** A new pause with the id the caller chose, so the statements that name it can be sent with this one. */
export async function insertPause(tx: ScopedTx, id: string, state: Pause): Promise<void> {
  await tx.query(`insert into pauses (couple_id, id, status, state, next_deadline) values ($1, $2, $3, $4, $5)`, [
    id,
    state.status,
    JSON.stringify(state),
    deadline(state),
  ]);
}

export async function updatePause(tx: ScopedTx, id: string, state: Pause): Promise<void> {
  await tx.query(
    `update pauses set status = $3, state = $4, next_deadline = $5, updated_at = now() where couple_id = $1 and id = $2`,
    [id, state.status, JSON.stringify(state), deadline(state)],
  );
}

function deadline(state: Pause): Date | null {
  const at = nextDeadline(state);
  return at === null ? null : new Date(at);
}

/** Returns the pause a command id already produced, if this command was seen before. */
export async function findCommand(tx: ScopedTx, commandId: string): Promise<{ pauseId: string | null } | null> {
  const [row] = await tx.query<{ pauseId: string | null }>(
    `select pause_id as "pauseId" from pause_commands where couple_id = $1 and command_id = $2`,
    [commandId],
  );
  return row ?? null;
}

export async function recordCommand(tx: ScopedTx, commandId: string, pauseId: string): Promise<void> {
  await tx.query(`insert into pause_commands (couple_id, command_id, pause_id) values ($1, $2, $3)`, [commandId, pauseId]);
}

export async function pauseById(tx: CoupleQueries, id: string): Promise<PauseRow | null> {
  const [row] = await tx.query<PauseRow>(`select id, couple_id as "coupleId", state from pauses where couple_id = $1 and id = $2`, [id]);
  return row ?? null;
}

export async function openPauseEpisode(tx: ScopedTx, pauseId: string, state: Pause): Promise<void> {
  await tx.query(
    `insert into episodes (couple_id, kind, pause_id, started_by, started_at, minutes) values ($1, 'pause', $2, $3, $4, $5)`,
    [pauseId, state.requesterId, new Date(state.requestedAt), state.minutes],
  );
}

export async function updatePauseEpisode(tx: ScopedTx, pauseId: string, state: Pause): Promise<void> {
  // A request set aside with "not now" adds no minutes to anything the couple is shown.
  const minutes =
    state.startedAt !== null && state.endsAt !== null ? Math.round((state.endsAt - state.startedAt) / 60_000) : state.status === 'not_now' ? 0 : state.minutes;
  await tx.query(
    `update episodes set ended_at = $3, outcome = $4, minutes = $5, on_time = $6 where couple_id = $1 and pause_id = $2`,
    [pauseId, state.endedAt === null ? null : new Date(state.endedAt), state.status, minutes, state.onTime],
  );
}

/**
 * Couples with a pause whose deadline has passed. This is the clock's sweep
 * across all couples; each couple is then handled through its own scope.
 */
export async function duePauses(db: Queryable, limit: number): Promise<Array<{ coupleId: string }>> {
  return db.query<{ coupleId: string }>(
    `select couple_id as "coupleId" from pauses where next_deadline <= now() and ${LIVE} order by next_deadline limit $1`,
    [limit],
  );
}

export interface UsualPause {
  minutes: number;
  where: Where;
  tether: string | null;
  returnPlan: ReturnPlan;
}

/** A person's own usual pause (their row alone; never the partner's). */
export async function usualPause(db: Queryable, userId: string): Promise<UsualPause | null> {
  const [row] = await db.query<UsualPause>(
    `select minutes, "where", tether, return_plan as "returnPlan" from usual_pauses where user_id = $1`,
    [userId],
  );
  return row ?? null;
}

export async function saveUsualPause(db: Queryable, userId: string, d: UsualPause): Promise<void> {
  await db.query(
    `insert into usual_pauses (user_id, minutes, "where", tether, return_plan) values ($1, $2, $3, $4, $5)
     on conflict (user_id) do update set minutes = excluded.minutes, "where" = excluded."where", tether = excluded.tether,
       return_plan = excluded.return_plan, updated_at = now()`,
    [userId, d.minutes, d.where, d.tether, d.returnPlan],
  );
}
