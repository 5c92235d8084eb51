import { randomUUID } from 'node:crypto';
import { CoupleScope } from '../../core/couple-scope';
import type { Database } from '../../core/db/database';
import { BadRequest, Conflict } from '../../core/errors';
import type { EventLog } from '../../core/realtime/event-log';
import { decide, isLive, type PauseCommand, type RejectionCode } from './machine';
import { pauseCopy } from './copy';
import { enqueuePush } from '../../core/push/push';
import { pausePushes } from './push-messages';
import * as q from './queries';
import { pauseEvents } from './contract';


/** Rejections caused by the input itself are 400s; the rest are conflicts with the current state. */
const INPUT_PROBLEMS: RejectionCode[] = ['invalid_minutes', 'invalid_feeling', 'invalid_tether', 'invalid_pace', 'self_partner'];

/**
 * Loads the couple's live pause under a row lock, decides, and saves the new
 * state with its events in one transaction: a transition is persisted before
 * anyone is told. A command id seen before returns that command's pause
 * unchanged, so a retried tap never acts twice. Answers with the seq the pause
 * reflects: that of the last event appended, in the same transaction; when
 * none is appended, the couple's seq read before the pause (so the pause read
 * is never older than the seq it is labelled with).
 */
export async function runPauseCommand(
  scope: CoupleScope,
  commandId: string | null,
  command: PauseCommand,
  now: number,
): Promise<{ row: q.PauseRow | null; seq: number }> {
  try {
    return await scope.transaction(async (tx) => {
      // Sent together (PostgreSQL pipelines them, decision 0022) and run in this order; a retried
      // command takes the lock too, and gives it back at once.
      const [seqBefore, seen, live] = await Promise.all([tx.seq(), commandId ? q.findCommand(tx, commandId) : null, q.lockLivePause(tx)]);
      if (seen) return { row: seen.pauseId ? await q.pauseById(tx, seen.pauseId) : null, seq: seqBefore };
      const decision = decide(live?.state ?? null, command, now);
      if (!decision.ok) {
        throw INPUT_PROBLEMS.includes(decision.code) ? new BadRequest(decision.code, decision.message) : new Conflict(decision.code, decision.message);
      }
      if (decision.events.length === 0) return { row: live, seq: seqBefore };
      // Every write of the decision is sent together (decision 0022) and runs in this order: the id
      // of a new pause is chosen here, so nothing waits for another statement's answer.
      const id = command.type === 'request' ? randomUUID() : live!.id;
      const writes: Array<Promise<unknown>> =
        command.type === 'request'
          ? [q.insertPause(tx, id, decision.state), q.openPauseEpisode(tx, id, decision.state)]
          : [q.updatePause(tx, id, decision.state), ...(isLive(decision.state) ? [] : [q.updatePauseEpisode(tx, id, decision.state)])];
      let lastEvent: ReturnType<typeof tx.append> | null = null;
      for (const event of decision.events) {
        lastEvent = tx.append(pauseEvents, { type: event.type, actorId: event.actorId, payload: { ...event.payload, pauseId: id } });
        writes.push(lastEvent, ...pausePushes(event, decision.state).map((push) => enqueuePush(tx, push.userId, push.words)));
      }
      if (commandId) writes.push(q.recordCommand(tx, commandId, id));
      await Promise.all(writes);
      const seq = lastEvent ? (await lastEvent).seq : seqBefore;
      return { row: { id, coupleId: scope.coupleId, state: decision.state }, seq };
    });
  } catch (error) {
    // Two requests racing for the one live pause slot meet the unique index.
    if ((error as { code?: string }).code === '23505') throw new Conflict('pause_in_progress', pauseCopy.rejections.pause_in_progress);
    throw error;
  }
}

/**
 * The server's clock for pauses. Deadlines live in the database, so a restart
 * loses none: every process sweeps for due pauses each second, and the row
 * lock means only one of them acts on each.
 */
export class PauseClock {
  constructor(
    private readonly db: Database,
    private readonly events: EventLog,
    private readonly now: () => number = Date.now,
  ) {}

  async sweep(): Promise<void> {
    for (const { coupleId } of await q.duePauses(this.db, 100)) {
      await runPauseCommand(new CoupleScope(coupleId, 'server-clock', this.db, this.events), null, { type: 'tick' }, this.now());
    }
  }
}
