import type { FastifyRequest } from 'fastify';
import type { Queryable } from './db/database';
import { currentUser } from './http/context';

/**
 * Who is reading, and the one rule for personal rows.
 *
 * A personal row belongs to a person (their said-and-meant pairs, journal entries, role
 * reflections, stretches, "what helps me"): it stays theirs whatever happens to a space.
 * The owner always sees it. Their partner sees it only when the owner shared it into the
 * space the two are in now: a share is with *that* partner in *that* space, so it lives in
 * the row's `shared_in` column (a reference to the space, `on delete set null`) and ends
 * with the space — it never follows the person to whoever they pair with next.
 *
 * Features do not write their own "mine, or shared by my partner": they use `visibleTo`
 * through a `PersonalScope`, whose queries always bind `$1` to the viewer and `$2` to the
 * viewer's current space.
 */
export interface Viewer {
  userId: string;
  /** The space the viewer is in now, or null. */
  coupleId: string | null;
}

/** SQL that is true for rows the viewer may see: their own, or shared into their current space by its other member. */
export function visibleTo(ownerColumn = 'owner_id', sharedInColumn = 'shared_in'): string {
  return `(${ownerColumn} = $1 or (${sharedInColumn} = $2 and ${ownerColumn} <> $1))`;
}

/** SQL for a new row's share: into the viewer's current space when `flag` is true. */
export function shareInto(flag: string): string {
  return `case when ${flag} then $2::uuid end`;
}

/** SQL for a share switch on a row: into the viewer's current space when `flag` is true, out when false, kept when null. */
export function sharedInFrom(flag: string, sharedInColumn = 'shared_in'): string {
  return `case when ${flag} is null then ${sharedInColumn} else ${shareInto(flag)} end`;
}

const BOUND = /\$1\b/;

/** The path to personal rows: `$1` is the viewer, `$2` their current space (or null), then `params`. */
export class PersonalScope {
  constructor(
    readonly viewer: Viewer,
    private readonly db: Queryable,
  ) {}

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    // A guard against a query that forgets its viewer: it would read everyone's rows.
    if (!BOUND.test(sql)) throw new Error(`personal query is not bound to the viewer ($1): ${sql.slice(0, 80)}`);
    return this.db.query<T>(sql, [this.viewer.userId, this.viewer.coupleId, ...params]);
  }

  /**
   * Rows that are the viewer's alone and never shared (a safety check): only `$1`, the viewer, is
   * bound, so no query through here can even name a space.
   */
  queryOwn<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (!BOUND.test(sql)) throw new Error(`personal query is not bound to the viewer ($1): ${sql.slice(0, 80)}`);
    return this.db.query<T>(sql, [this.viewer.userId, ...params]);
  }

  /** The same scope inside a transaction. */
  in(tx: Queryable): PersonalScope {
    return new PersonalScope(this.viewer, tx);
  }
}

export function personalScope(db: Queryable, request: FastifyRequest): PersonalScope {
  const me = currentUser(request);
  return new PersonalScope({ userId: me.userId, coupleId: me.coupleId }, db);
}
