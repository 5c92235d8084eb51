import type { EventSpecs, EventToAppend } from '../contracts';
import type { Queryable } from '../db/database';
import type { CoupleEvent } from './protocol';
import { NotifyBus, type LiveBus } from './live-bus';

/** NOTIFY payloads are capped near 8,000 bytes; larger events travel as a seq and are read back. */
const MAX_INLINE_NOTIFY_BYTES = 7000;

/**
 * An event for a couple's log, declared in a feature's contract: its type and payload are
 * checked against that contract, and its place in the activity feed comes from there.
 * Payloads hold ids and small shared facts (a space or loop name); never people’s names or private text.
 */
export type NewEvent<Specs extends EventSpecs, Type extends keyof Specs & string> = EventToAppend<Specs, Type> & { coupleId: string };

/** Payloads are checked against their contract's schema outside production, where a slip must fail loudly. */
const CHECK_PAYLOADS = process.env.NODE_ENV !== 'production';

/** Messages between app processes, on the live bus. */
export type NodeMessage =
  | { k: 'event'; c: string; e: CoupleEvent; a: string | null }
  | { k: 'event-ref'; c: string; seq: number; a: string | null }
  /** Passing, unstored signals between partners (e.g. where each is editing); never replayed. */
  | { k: 'ephemeral'; c: string; from: string; m: Record<string, unknown> }
  | { k: 'presence'; c: string; p: { userId: string; online: boolean; lastSeenAt: string | null } }
  | { k: 'revoke'; u: string; s: string[] | null }
  /** Session `s` of `u` locks at `at` (epoch ms; now or past: at once); null: it will not (back in sight, or unlocked). */
  | { k: 'lock'; u: string; s: string; at: number | null }
  /** `u` is now in couple `c` (null: in none). */
  | { k: 'membership'; u: string; c: string | null }
  /** What therapist `u` may see of couple `c` changed (consent given or withdrawn, connection ended). */
  | { k: 'access'; u: string; c: string };

export interface EventRow {
  seq: number;
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date | string;
  feed: boolean;
}

export function toCoupleEvent(row: EventRow): CoupleEvent {
  return {
    seq: Number(row.seq),
    type: row.type,
    actorId: row.actorId,
    payload: row.payload,
    createdAt: new Date(row.createdAt).toISOString(),
    feed: row.feed,
  };
}

/** Takes the next seq under the couple row's lock and inserts the event with it ($1–$6). */
const INSERT_EVENT = `with counter as (update couples set event_seq = event_seq + 1 where id = $1 returning event_seq),
  inserted as (
    insert into couple_events (couple_id, seq, type, actor_id, payload, audience, in_feed)
    select $1, event_seq, $2::text, $3::uuid, $4::jsonb, $5::uuid, $6::boolean from counter
    returning couple_id, seq, type, actor_id, payload, audience, in_feed,
              to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at)`;
const APPEND = `${INSERT_EVENT}
  select seq, type, actor_id as "actorId", payload, created_at as "createdAt", in_feed as feed from inserted`;
/** The same, and a NOTIFY on channel $7 with the message built in SQL (decision 0004). */
const APPEND_AND_NOTIFY = `${INSERT_EVENT},
  message as (
    select i.*, json_build_object('k', 'event', 'c', i.couple_id, 'a', i.audience, 'e', json_build_object(
             'seq', i.seq, 'type', i.type, 'actorId', i.actor_id, 'payload', i.payload, 'createdAt', i.created_at, 'feed', i.in_feed))::text as inline
      from inserted i)
  select seq, type, actor_id as "actorId", payload, created_at as "createdAt", in_feed as feed,
         pg_notify($7, case when octet_length(inline) <= ${MAX_INLINE_NOTIFY_BYTES} then inline
                            else json_build_object('k', 'event-ref', 'c', couple_id, 'seq', seq, 'a', audience)::text end)
    from message`;

export const EVENT_COLUMNS = `seq, type, actor_id as "actorId", payload, created_at as "createdAt", in_feed as feed`;

/**
 * The per-couple event log. `append` must run inside the transaction that
 * makes the change: the sequence number is taken under the couple row's lock
 * (so commit order equals seq order) and other processes hear of it only on commit.
 */
export class EventLog {
  private readonly localMessageListeners = new Set<(message: NodeMessage) => void>();
  readonly bus: LiveBus;

  /** `bus` is how other processes hear; a channel name means LISTEN/NOTIFY on it (the default). */
  constructor(bus: LiveBus | string) {
    this.bus = typeof bus === 'string' ? new NotifyBus(bus) : bus;
  }

  async append<Specs extends EventSpecs, Type extends keyof Specs & string>(tx: Queryable, contract: Specs, event: NewEvent<Specs, Type>): Promise<CoupleEvent> {
    const spec = contract[event.type];
    if (!spec) throw new Error(`event type ${event.type} is not declared in the contract it was appended with`);
    const payload = CHECK_PAYLOADS ? spec.payload.parse(event.payload ?? {}) : (event.payload ?? {});
    // One statement, one round trip: take the next seq under the couple row's lock, insert the
    // event with it, and, on a NOTIFY bus, notify every process (delivered on commit). The event
    // travels inline, or as a reference when it would not fit a NOTIFY payload. Another bus is
    // told after commit instead: a NOTIFY takes a lock at commit that serialises all writers.
    const channel = this.bus.appendChannel;
    const [row] = await tx.query<EventRow>(
      channel === null ? APPEND : APPEND_AND_NOTIFY,
      [event.coupleId, event.type, event.actorId, JSON.stringify(payload), event.audience ?? null, spec.feed, ...(channel === null ? [] : [channel])],
    );
    if (!row) throw new Error('append to a couple that does not exist');
    const appended = toCoupleEvent(row);
    const message: NodeMessage = { k: 'event', c: event.coupleId, e: appended, a: event.audience ?? null };
    if (channel === null) await this.bus.send(tx, message);
    // This process's own sockets need not wait for the bus: they get the event once it has
    // committed (a NOTIFY's copy, when it comes back, is dropped by the hub: already sent).
    this.afterCommit(tx, message);
    return appended;
  }

  /**
   * Sends a message to the app processes that serve its couple or person; inside a transaction
   * it is sent on commit. A session ending or a couple changing also reaches this process's
   * own sockets straight after commit: its events go out locally at once (see `append`), and
   * must not overtake the news that a socket may no longer hear them. On a bus that does not
   * echo, every message reaches this process that way.
   */
  async publish(db: Queryable, message: NodeMessage): Promise<void> {
    await this.bus.send(db, message);
    if (!this.bus.echoes || message.k === 'revoke' || message.k === 'membership' || message.k === 'lock') this.afterCommit(db, message);
  }

  /** Hands `message` to this process's listeners once `db`'s transaction commits (at once outside one: already committed). */
  private afterCommit(db: Queryable, message: NodeMessage): void {
    const tellLocal = () => {
      for (const listener of this.localMessageListeners) listener(message);
    };
    if (db.onCommit) db.onCommit(tellLocal);
    else tellLocal();
  }

  /** Messages this process committed, for its own sockets: its events, sessions ended and couples changed. */
  onLocalMessage(listener: (message: NodeMessage) => void): () => void {
    this.localMessageListeners.add(listener);
    return () => this.localMessageListeners.delete(listener);
  }

  /** Events after `afterSeq` that `viewerId` may see, in order. */
  async since(db: Queryable, coupleId: string, viewerId: string, afterSeq: number, limit: number): Promise<CoupleEvent[]> {
    const rows = await db.query<EventRow>(
      `select ${EVENT_COLUMNS} from couple_events
        where couple_id = $1 and seq > $2 and (audience is null or audience = $4) order by seq limit $3`,
      [coupleId, afterSeq, limit, viewerId],
    );
    return rows.map(toCoupleEvent);
  }

  async range(db: Queryable, coupleId: string, viewerId: string, fromSeq: number, toSeq: number): Promise<CoupleEvent[]> {
    const rows = await db.query<EventRow>(
      `select ${EVENT_COLUMNS} from couple_events
        where couple_id = $1 and seq between $2 and $3 and (audience is null or audience = $4) order by seq`,
      [coupleId, fromSeq, toSeq, viewerId],
    );
    return rows.map(toCoupleEvent);
  }

  async headSeq(db: Queryable, coupleId: string): Promise<number> {
    const [row] = await db.query<{ seq: number }>('select event_seq as seq from couples where id = $1', [coupleId]);
    return row ? Number(row.seq) : 0;
  }
}
