import type { Queryable } from './db/database';
import { Forbidden, NotFound } from './errors';
import { httpCopy } from './http/copy';
import { scopedManyQuery, scopedQuery, type CoupleQueries, type CouplesQueries } from './couple-scope';
import type { EventLog } from './realtime/event-log';
import type { Viewer } from './viewer';

/**
 * The third kind of viewer: a couple's own therapist, connected to their space, who sees only
 * what the partners consented to, scope by scope (decision 0018).
 *
 * Records that belong to both (the shared map, the loop's activity, repair counts, practice) need
 * both partners' consent; a partner's own records (their weekly check-in answers) need only theirs;
 * a repair conversation's words need both partners' consent for that one conversation. Consent is
 * an append-only log (`therapist_consents`): the latest row per partner, scope and subject is in
 * force, so consent at any earlier moment can be shown too (`consentInForce(rows, partners, at)`).
 *
 * Features never write a therapist clause: the therapist's routes build a `TherapistScope` and pass
 * what it hands out — a read-only couple reader for a consented shared scope, or the consenting
 * partners for an own scope — to the owning feature's `reads.ts`, exactly as a partner's routes do.
 * Never reachable through it: journal entries, unshared drafts, unrevealed repair answers, a
 * partner's safety check (no scope names them, and no read takes a therapist).
 */

/** Scopes over records that belong to both partners: in force only when both consent. */
export const SHARED_SCOPES = ['map', 'loop', 'repair', 'practice'] as const;
export type SharedScope = (typeof SHARED_SCOPES)[number];
/** Scopes over a partner's own records: each partner decides for theirs. */
export const OWN_SCOPES = ['checkins'] as const;
export type OwnScope = (typeof OWN_SCOPES)[number];
/** One repair conversation's words (subject: the rupture), in force only when both consent to it. */
export const CONVERSATION_WORDS = 'repair_words';
export type ConsentScope = SharedScope | OwnScope | typeof CONVERSATION_WORDS;
export const CONSENT_SCOPES: readonly ConsentScope[] = [...SHARED_SCOPES, ...OWN_SCOPES, CONVERSATION_WORDS];

export interface ConsentRow {
  userId: string;
  scope: string;
  subjectId: string | null;
  granted: boolean;
  at: Date;
}

export interface Consent {
  /** Shared scopes both partners consent to. */
  shared: ReadonlySet<SharedScope>;
  /** For each partner, the own scopes they consent to. */
  own: ReadonlyMap<string, ReadonlySet<OwnScope>>;
  /** Ruptures whose conversation words both partners agreed to show. */
  conversations: ReadonlySet<string>;
  /** Each partner's own choices in force (for their settings screen): scope, or scope:subject. */
  choices: ReadonlyMap<string, ReadonlySet<string>>;
}

const isShared = (scope: string): scope is SharedScope => (SHARED_SCOPES as readonly string[]).includes(scope);
const isOwn = (scope: string): scope is OwnScope => (OWN_SCOPES as readonly string[]).includes(scope);

/**
 * Consent in force at `at` (default: after every row) from the append-only rows, in the order
 * they were written. Pure. Only the two `partners` count: a row by anyone else grants nothing.
 */
export function consentInForce(rows: readonly ConsentRow[], partners: readonly string[], at?: Date): Consent {
  const latest = new Map<string, ConsentRow>();
  for (const row of rows) {
    if (!partners.includes(row.userId)) continue;
    if (at && row.at.getTime() > at.getTime()) continue;
    latest.set(`${row.userId}\u0000${row.scope}\u0000${row.subjectId ?? ''}`, row);
  }
  const choices = new Map<string, Set<string>>(partners.map((p) => [p, new Set<string>()]));
  for (const row of latest.values()) {
    if (row.granted) choices.get(row.userId)!.add(row.subjectId ? `${row.scope}:${row.subjectId}` : row.scope);
  }
  const byAll = (key: string) => partners.length === 2 && partners.every((p) => choices.get(p)!.has(key));
  const shared = new Set(SHARED_SCOPES.filter(byAll));
  const own = new Map(partners.map((p) => [p, new Set([...choices.get(p)!].filter(isOwn))]));
  const conversations = new Set<string>();
  for (const key of choices.get(partners[0] ?? '') ?? []) {
    const [scope, subject] = key.split(':');
    if (scope === CONVERSATION_WORDS && subject && byAll(key)) conversations.add(subject);
  }
  return { shared, own, conversations, choices };
}

/** Read-only queries bound to one couple (`$1`), for a feature's reads. */
class CoupleReader implements CoupleQueries {
  constructor(
    readonly coupleId: string,
    private readonly db: Queryable,
  ) {}

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    readOnly(sql);
    return scopedQuery(this.db, this.coupleId, sql, params);
  }
}

/** A therapist only ever reads: a statement that could write is refused before it runs. */
function readOnly(sql: string): void {
  if (!/^\s*(select|with)\b/i.test(sql) || /\b(insert|update|delete|merge|truncate)\b/i.test(sql)) {
    throw new Error(`a therapist's reads are read-only: ${sql.slice(0, 80)}`);
  }
}

/** Read-only queries bound to several couples (`$1`, uuid[]), for a feature's set-based reads. */
class CouplesReader implements CouplesQueries {
  constructor(
    readonly coupleIds: readonly string[],
    private readonly db: Queryable,
  ) {}

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    readOnly(sql);
    return scopedManyQuery(this.db, this.coupleIds, sql, params);
  }
}

/**
 * One read-only reader over every couple in `scopes` that consents to the shared `scope` (both
 * partners), so a desk of many couples reads each kind of record in one statement instead of one
 * per couple. Couples without that consent are simply not among its `coupleIds`.
 */
export function sharedAcross(db: Queryable, scopes: readonly TherapistScope[], scope: SharedScope): CouplesQueries {
  return new CouplesReader(
    scopes.filter((s) => s.allows(scope)).map((s) => s.coupleId),
    db,
  );
}

export interface TherapistLink {
  id: string;
  coupleId: string;
  startedAt: Date;
  lastSessionAt: Date | null;
  nextSessionAt: Date | null;
  /** The therapist asked the couple to take the weekly check-in before each session. */
  checkinBeforeSession: boolean;
}

const LINK_COLUMNS = `l.id, l.couple_id as "coupleId", l.started_at as "startedAt", l.last_session_at as "lastSessionAt",
  l.next_session_at as "nextSessionAt", l.checkin_before_session as "checkinBeforeSession"`;

/** A space's connection to its therapist now, as the couple's side sees it: the link and the therapist's name. */
export interface CurrentLink extends TherapistLink {
  therapistId: string;
  therapistName: string;
}

/** The therapist connected to the space now (one at most), or null; read through the couple's own scope. */
export async function currentLinkOf(couple: CoupleQueries): Promise<CurrentLink | null> {
  const [link] = await couple.query<CurrentLink>(
    `select ${LINK_COLUMNS}, l.therapist_id as "therapistId", u.display_name as "therapistName"
       from therapist_links l join users u on u.id = l.therapist_id where l.couple_id = $1 and l.ended_at is null`,
  );
  return link ?? null;
}

export class TherapistScope {
  constructor(
    readonly therapist: { userId: string; displayName: string },
    readonly link: TherapistLink,
    /** The two partners of the space (one, briefly, while a space waits for its second). */
    readonly partners: readonly string[],
    readonly consent: Consent,
    private readonly db: Queryable,
  ) {}

  get coupleId(): string {
    return this.link.coupleId;
  }

  allows(scope: SharedScope): boolean {
    return this.consent.shared.has(scope);
  }

  /** Couple-bound, read-only queries for a shared scope both partners consent to; 403 otherwise. */
  shared(scope: SharedScope): CoupleQueries {
    if (!this.allows(scope)) throw new Forbidden('no_consent', httpCopy.noConsent);
    return new CoupleReader(this.coupleId, this.db);
  }

  /** The partners who consent to `scope` for their own records, as viewers of those records (reads only). */
  consentingTo(scope: OwnScope): Viewer[] {
    return this.partners.filter((p) => this.consent.own.get(p)?.has(scope)).map((userId) => ({ userId, coupleId: this.coupleId }));
  }

  /** Whether both partners agreed to show this repair conversation's words. */
  mayReadConversation(ruptureId: string): boolean {
    return this.consent.conversations.has(ruptureId);
  }

  /**
   * The repair conversations both partners agreed to show (the ruptures' ids), and a read-only
   * couple reader for repair's read of exactly those; none agreed: no ids, and the reader reads nothing.
   */
  conversations(): { ruptureIds: string[]; reader: CoupleQueries } {
    return { ruptureIds: [...this.consent.conversations], reader: new CoupleReader(this.coupleId, this.db) };
  }

  /** Puts a look or an export on the couple's record, which both partners see and the therapist cannot erase. */
  async recordLook(what: AccessLogWhat, db: Queryable = this.db): Promise<void> {
    await db.query(`insert into therapist_access_log (couple_id, link_id, therapist_name, what) values ($1, $2, $3, $4)`, [
      this.coupleId,
      this.link.id,
      this.therapist.displayName,
      what,
    ]);
  }
}

/** Puts one look on the record of each couple in `scopes` in one statement (a desk with many couples is one round trip). */
export async function recordLooks(db: Queryable, scopes: readonly TherapistScope[], what: AccessLogWhat): Promise<void> {
  if (scopes.length === 0) return;
  await db.query(
    `insert into therapist_access_log (couple_id, link_id, therapist_name, what)
     select c, l, $3, $4 from unnest($1::uuid[], $2::uuid[]) as t(c, l)`,
    [scopes.map((s) => s.coupleId), scopes.map((s) => s.link.id), scopes[0]!.therapist.displayName, what],
  );
}

/** What a therapist looked at or exported, as the couple's record names it. */
export type AccessLogWhat = 'overview' | 'map' | 'loop' | 'repair' | 'conversation' | 'checkins' | 'practice' | 'prep' | 'export';

/** A couple a therapist is connected to now: the scope, and the partners with their names. */
export interface ScopedCouple {
  scope: TherapistScope;
  partners: Array<{ userId: string; name: string }>;
}

/** Rows by a key, each list in the rows' order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const row of rows) {
    const list = by.get(key(row));
    if (list) list.push(row);
    else by.set(key(row), [row]);
  }
  return by;
}

/**
 * The couples a therapist is connected to now, each with its consent in force, in three
 * statements however many there are (links, members, consent rows). With `coupleId`, that couple
 * only (none when the therapist is not connected to it now).
 */
export async function scopesForTherapist(db: Queryable, therapist: { userId: string; displayName: string }, coupleId?: string): Promise<ScopedCouple[]> {
  const links = await db.query<TherapistLink>(
    `select ${LINK_COLUMNS} from therapist_links l
      where l.therapist_id = $1 and l.ended_at is null and ($2::uuid is null or l.couple_id = $2) order by l.started_at, l.id`,
    [therapist.userId, coupleId ?? null],
  );
  if (links.length === 0) return [];
  const [members, consents] = await Promise.all([
    db.query<{ coupleId: string; userId: string; name: string }>(
      `select m.couple_id as "coupleId", m.user_id as "userId", u.display_name as name
         from couple_members m join users u on u.id = m.user_id where m.couple_id = any($1::uuid[]) order by m.joined_at, m.user_id`,
      [links.map((l) => l.coupleId)],
    ),
    db.query<ConsentRow & { linkId: string }>(
      `select link_id as "linkId", user_id as "userId", scope, subject_id as "subjectId", granted, at
         from therapist_consents where link_id = any($1::uuid[]) order by id`,
      [links.map((l) => l.id)],
    ),
  ]);
  const membersOf = groupBy(members, (m) => m.coupleId);
  const consentsOf = groupBy(consents, (c) => c.linkId);
  return links.map((link) => {
    const partners = (membersOf.get(link.coupleId) ?? []).map(({ userId, name }) => ({ userId, name }));
    const ids = partners.map((p) => p.userId);
    return { scope: new TherapistScope(therapist, link, ids, consentInForce(consentsOf.get(link.id) ?? [], ids), db), partners };
  });
}

/**
 * The scope of a signed-in therapist for one couple they are connected to now; 404 when they are
 * not (never connected, ended, or another therapist's couple: all look the same).
 */
export async function therapistScope(db: Queryable, therapist: { userId: string; displayName: string }, coupleId: string): Promise<TherapistScope> {
  const [couple] = await scopesForTherapist(db, therapist, coupleId);
  if (!couple) throw new NotFound();
  return couple.scope;
}

/** A link's consent log, oldest first. */
export function consentRows(db: Queryable, linkId: string): Promise<ConsentRow[]> {
  return db.query<ConsentRow>(
    `select user_id as "userId", scope, subject_id as "subjectId", granted, at from therapist_consents where link_id = $1 order by id`,
    [linkId],
  );
}

/** Tells the therapist's open screens that what they may see of a couple changed (they refetch; the server decides). */
export function announceAccessChanged(db: Queryable, events: EventLog, therapistId: string, coupleId: string): Promise<void> {
  return events.publish(db, { k: 'access', u: therapistId, c: coupleId });
}
