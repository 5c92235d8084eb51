import type { Database, Queryable } from './db/database';
import { Forbidden } from './errors';
import { httpCopy } from './http/copy';
import type { EventSpecs, EventToAppend } from './contracts';
import type { EventLog } from './realtime/event-log';
import type { CoupleEvent } from './realtime/protocol';
import { readWithSeq, seqOf } from './realtime/view-seq';

/**
 * The one path to couple-owned rows. A scope is built from the signed-in
 * person's own membership, never from ids in a request, and every query it
 * runs is bound to that couple: `$1` is always the couple id, and the SQL
 * must filter or insert on `couple_id` with it. A user therefore cannot read
 * or write another couple's rows, whatever ids they send.
 */
export class CoupleScope {
  constructor(
    readonly coupleId: string,
    readonly userId: string,
    private readonly db: Database,
    private readonly events: EventLog,
  ) {}

  /** Runs `sql` with the couple id as `$1`, followed by `params` as `$2…`. */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return scopedQuery(this.db, this.coupleId, sql, params);
  }

  /** A transaction whose queries are bound to this couple, with an event append that commits with it. */
  transaction<T>(fn: (tx: ScopedTx) => Promise<T>): Promise<T> {
    return this.db.transaction((raw) => fn(this.bound(raw)));
  }

  /** Reads a view and the couple event seq it reflects in one snapshot (core/realtime/view-seq.ts). */
  readWithSeq<T extends object>(read: (tx: ScopedTx) => Promise<T>): Promise<T & { seq: number }> {
    return readWithSeq(this.db, this.coupleId, (raw) => read(this.bound(raw)));
  }

  private bound(raw: Queryable): ScopedTx {
    return {
      query: (sql, params = []) => scopedQuery(raw, this.coupleId, sql, params),
      append: (contract, event) => this.events.append(raw, contract, { ...event, coupleId: this.coupleId }),
      seq: () => seqOf(raw, this.coupleId),
    };
  }

  /** Sends a passing, unstored message to the partner's open screens. */
  ephemeral(message: Record<string, unknown>): Promise<void> {
    return this.events.publish(this.db, { k: 'ephemeral', c: this.coupleId, from: this.userId, m: message });
  }
}

/** What a feature's reads need: queries bound to one couple (a partner's scope, its transaction, or a therapist's consented reader). */
export interface CoupleQueries {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * What a feature's set-based reads need: read-only queries over several couples at once (a
 * therapist's desk). `$1` is always the couples' ids (`uuid[]`, in `coupleIds`' order), and the SQL
 * must bind its rows to them (`couple_id = any($1…)` or a join on `unnest($1::uuid[] …)`).
 */
export interface CouplesQueries {
  readonly coupleIds: readonly string[];
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface ScopedTx extends CoupleQueries {
  /** Appends an event its feature's contract declares; it commits with the transaction. */
  append<Specs extends EventSpecs, Type extends keyof Specs & string>(contract: Specs, event: EventToAppend<Specs, Type>): Promise<CoupleEvent>;
  /** The couple event seq committed last, as this transaction sees it (core/realtime/view-seq.ts). */
  seq(): Promise<number>;
}

const COUPLE_BOUND = /\bcouple_id\s*=\s*\$1\b|\(\s*couple_id\b[^)]*\)\s*values\s*\(\s*\$1\b|\bcouples?\b[^;]*\bid\s*=\s*\$1\b/i;

export function scopedQuery<T>(db: Queryable, coupleId: string, sql: string, params: unknown[]): Promise<T[]> {
  // A guard against a query that forgets its couple: it would leak across couples.
  if (!COUPLE_BOUND.test(sql)) throw new Error(`couple-scoped query is not bound to couple_id = $1: ${sql.slice(0, 80)}`);
  return db.query<T>(sql, [coupleId, ...params]);
}

const COUPLES_BOUND = /\bcouple_id\s*=\s*any\s*\(\s*\$1\b|\bunnest\s*\(\s*\$1::uuid\[\]/i;

/** Runs `sql` with the couples' ids as `$1`; refuses SQL that does not bind its rows to them. */
export function scopedManyQuery<T>(db: Queryable, coupleIds: readonly string[], sql: string, params: unknown[]): Promise<T[]> {
  if (!COUPLES_BOUND.test(sql)) throw new Error(`couples-scoped query is not bound to $1: ${sql.slice(0, 80)}`);
  return db.query<T>(sql, [coupleIds, ...params]);
}

/** Builds the scope for a signed-in person; they must be in a couple. */
export function requireCoupleScope(
  db: Database,
  events: EventLog,
  user: { userId: string; coupleId: string | null },
): CoupleScope {
  if (!user.coupleId) throw new Forbidden('no_couple', httpCopy.noCouple);
  return new CoupleScope(user.coupleId, user.userId, db, events);
}
