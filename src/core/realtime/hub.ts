import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { Database } from '../db/database';
import type { Logger } from '../log';
import type { SessionUser } from '../auth/sessions';
import type { Metrics } from '../metrics';
import { EVENT_COLUMNS, EventLog, toCoupleEvent, type EventRow, type NodeMessage } from './event-log';
import { sharingPrefsOf } from '../sharing-prefs';
import { CLOSE_CODES, PROTOCOL_VERSION, clientMessageSchema, type CoupleEvent, type Presence, type ServerMessage } from './protocol';

/** Beyond this many missed events a reconnecting client refetches instead of replaying. */
const MAX_REPLAY = 1000;
const HEARTBEAT_MS = 10_000;
/** A process whose heartbeat is older than this is presumed gone; its sockets no longer count as online. */
const NODE_STALE_SECONDS = 30;
const PING_MS = 25_000;

interface Connection {
  socket: WebSocket;
  session: SessionUser;
  coupleId: string | null;
  /** Highest seq sent to this socket; everything up to it was delivered in order. */
  lastSent: number;
  /** Serialises all sends to this socket so replay and live events never interleave. */
  chain: Promise<void>;
  subscribed: boolean;
  alive: boolean;
  /** Closes the socket when its session's app lock comes on (only for people who set one). */
  lockTimer?: NodeJS.Timeout;
}

/**
 * The live hub of one app process. Holds this process's sockets, hears the
 * live bus, and delivers each couple's events in seq order. Any number of
 * processes can serve one couple: each follows the couples and people whose
 * sockets it holds (on LISTEN/NOTIFY, every process hears everything).
 */
export class LiveHub {
  readonly nodeId = randomUUID();
  private readonly byCouple = new Map<string, Set<Connection>>();
  private readonly byUser = new Map<string, Set<Connection>>();
  private readonly timers: NodeJS.Timeout[] = [];
  private stopLocalDelivery: (() => void) | undefined;
  private listening = false;
  private readonly bus;

  constructor(
    private readonly db: Database,
    private readonly events: EventLog,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
    private readonly options: {
      metrics?: Pick<Metrics, 'eventDelivered'>;
      /** How often, on a bus that may lose a message, served couples and sessions are checked against the database. */
      checkMs?: number;
    } = {},
  ) {
    this.bus = events.bus;
  }

  /** Whether other processes' events reach this one (between start and stop). */
  isListening(): boolean {
    return this.listening && this.bus.connected();
  }

  async start(): Promise<void> {
    await this.heartbeat();
    // What this process commits reaches its own sockets at once; a NOTIFY's copy, when it comes back, is a no-op here.
    this.stopLocalDelivery = this.events.onLocalMessage((message) => this.handleNodeMessage(message));
    await this.bus.start(this.db, { hear: (message) => this.handleNodeMessage(message), resumed: () => void this.catchUpAll() });
    this.listening = true;
    this.timers.push(
      setInterval(() => void this.heartbeat().then(() => this.sweepStaleNodes()).catch((e) => this.log.warn({ err: e }, 'presence heartbeat failed')), HEARTBEAT_MS),
      setInterval(() => this.pingAll(), PING_MS),
    );
    // Now and then, on every bus: a session that expired was announced by nobody, so its sockets
    // are closed here. On a bus that may lose a message (sent after commit, lost if its sender
    // dies first, with nothing later to show the gap) served couples are caught up too.
    let checking = false;
    const check = () => {
      if (checking) return; // a slow database: the one still running will do
      checking = true;
      const work = this.bus.mayLose ? this.catchUpAll() : this.recheckSessions().catch((e) => this.log.warn({ err: e }, 'session recheck failed'));
      void work.finally(() => (checking = false));
    };
    this.timers.push(setInterval(check, this.options.checkMs ?? HEARTBEAT_MS));
    for (const t of this.timers) t.unref();
  }

  /**
   * Closes every socket with 1001 ("going away"): the client reconnects at once, to
   * another process behind the balancer, and resumes from its last seq. Presence is
   * uncounted first, so the partner never sees a socket this process no longer holds.
   */
  async closeSockets(): Promise<void> {
    const all = [...this.byUser.values()].flatMap((set) => [...set]);
    await Promise.all(all.map((c) => this.detach(c)));
    for (const c of all) c.socket.close(CLOSE_CODES.goingAway, 'server shutting down');
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.stopLocalDelivery?.();
    await this.closeSockets();
    this.listening = false;
    await this.bus.stop();
    await this.db.query('delete from app_nodes where id = $1', [this.nodeId]).catch(() => {});
  }

  connectionCount(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }

  /** Takes over an authenticated socket. The client must say hello before events flow. */
  async attach(socket: WebSocket, session: SessionUser): Promise<void> {
    const conn: Connection = {
      socket,
      session,
      coupleId: session.coupleId,
      lastSent: 0,
      chain: Promise.resolve(),
      subscribed: false,
      alive: true,
    };
    addTo(this.byUser, session.userId, conn);
    // Count the socket before anything can uncount it: a close during start-up waits for the count,
    // and so does the welcome, whose presence list must already show this person online.
    const counted = Promise.all([this.bus.follow({ user: session.userId }), this.markConnected(conn)]).then(() => {});
    conn.chain = counted.catch(() => {});
    socket.on('pong', () => (conn.alive = true));
    socket.on('message', (data, isBinary) => this.onClientMessage(conn, isBinary ? null : data.toString()));
    socket.on('close', () => {
      void counted
        .catch(() => {})
        .then(() => this.detach(conn))
        .catch((e) => this.log.warn({ err: e }, 'detach failed'));
    });
    await counted;
  }

  private onClientMessage(conn: Connection, text: string | null): void {
    let parsed: unknown;
    try {
      parsed = text === null ? null : JSON.parse(text);
    } catch {
      parsed = null;
    }
    const message = clientMessageSchema.safeParse(parsed);
    if (!message.success) {
      this.send(conn, { v: 1, type: 'error', code: 'bad_message', message: 'That message was not understood.' });
      conn.socket.close(CLOSE_CODES.protocolError, 'bad message');
      return;
    }
    if (message.data.type === 'ping') {
      this.send(conn, { v: PROTOCOL_VERSION, type: 'pong' });
      return;
    }
    const lastSeq = message.data.lastSeq;
    this.enqueue(conn, () => this.welcome(conn, lastSeq));
  }

  private async welcome(conn: Connection, lastSeq: number | null): Promise<void> {
    const coupleId = conn.coupleId;
    if (!coupleId) {
      this.send(conn, { v: 1, type: 'welcome', coupleId: null, headSeq: 0, presence: [] });
      return;
    }
    // Subscribe before reading the head so no event can fall between the two.
    if (!conn.subscribed) {
      addTo(this.byCouple, coupleId, conn);
      conn.subscribed = true;
      await this.bus.follow({ couple: coupleId });
    }
    const headSeq = await this.events.headSeq(this.db, coupleId);
    const presence = await this.presenceOf(coupleId, conn.session.userId);
    this.send(conn, { v: 1, type: 'welcome', coupleId, headSeq, presence });
    if (lastSeq === null || lastSeq > headSeq) {
      conn.lastSent = headSeq;
      return;
    }
    if (headSeq - lastSeq > MAX_REPLAY) {
      conn.lastSent = headSeq;
      this.send(conn, { v: 1, type: 'resync', headSeq });
      return;
    }
    conn.lastSent = lastSeq;
    for (const event of await this.events.since(this.db, coupleId, conn.session.userId, lastSeq, MAX_REPLAY)) this.sendEvent(conn, event);
  }

  private handleNodeMessage(message: NodeMessage): void {
    switch (message.k) {
      case 'event':
        this.deliver(message.c, message.e, message.a ?? null);
        break;
      case 'event-ref':
        this.deliverRef(message.c, message.seq, message.a ?? null);
        break;
      case 'ephemeral':
        for (const conn of this.byCouple.get(message.c) ?? []) {
          if (conn.session.userId !== message.from) this.send(conn, { v: 1, type: 'ephemeral', from: message.from, data: message.m });
        }
        break;
      case 'presence':
        for (const conn of this.byCouple.get(message.c) ?? []) {
          if (conn.session.userId !== message.p.userId) this.send(conn, { v: 1, type: 'presence', presence: message.p });
        }
        break;
      case 'revoke':
        for (const conn of this.byUser.get(message.u) ?? []) {
          if (message.s === null || message.s.includes(conn.session.sessionId)) {
            conn.socket.close(CLOSE_CODES.sessionEnded, 'session ended');
          }
        }
        break;
      case 'lock':
        this.lockAt(message.u, message.s, message.at);
        break;
      case 'membership':
        // Only sockets still following the old space move on; one opened after the change is already right.
        for (const conn of this.byUser.get(message.u) ?? []) {
          if (conn.coupleId === message.c) continue;
          this.send(conn, { v: 1, type: 'membership' });
          conn.socket.close(CLOSE_CODES.membershipChanged, 'couple changed');
        }
        break;
      case 'access':
        // A therapist's socket carries no couple's records, only this nudge: their screen refetches and the server decides.
        for (const conn of this.byUser.get(message.u) ?? []) this.send(conn, { v: 1, type: 'access', coupleId: message.c });
        break;
    }
  }

  /**
   * Closes this process's sockets of one session when its app lock comes on at `at`
   * (epoch ms; past: now), or cancels that (null). Timers exist only for people with a lock.
   */
  lockAt(userId: string, sessionId: string, at: number | null): void {
    for (const conn of this.byUser.get(userId) ?? []) {
      if (conn.session.sessionId !== sessionId) continue;
      clearTimeout(conn.lockTimer);
      conn.lockTimer = undefined;
      if (at === null) continue;
      const closeLocked = () => conn.socket.close(CLOSE_CODES.locked, 'locked');
      const wait = at - this.now();
      if (wait <= 0) closeLocked();
      else {
        conn.lockTimer = setTimeout(closeLocked, wait);
        conn.lockTimer.unref();
      }
    }
  }

  /**
   * After the bus was lost and regained, and now and then on a bus that may lose a
   * message: whatever was announced in between may never arrive, so every socket
   * behind its couple's head catches up from the log (or is told to resync when it
   * missed too much). One query reads the heads of all couples served here.
   */
  private async catchUpAll(): Promise<void> {
    // First close the sockets whose session or couple changed meanwhile, so none of them is replayed what it may no longer see.
    await this.recheckSessions().catch((e) => this.log.warn({ err: e }, 'session recheck after a bus gap failed'));
    if (this.byCouple.size === 0) return;
    const heads = await this.db
      .query<{ coupleId: string; head: number }>(
        `select id as "coupleId", event_seq as head from couples where id in (select (jsonb_array_elements_text($1::jsonb))::uuid)`,
        [JSON.stringify([...this.byCouple.keys()])],
      )
      .catch((e) => (this.log.warn({ err: e }, 'reading the heads of served couples failed'), []));
    for (const { coupleId, head } of heads) {
      for (const conn of this.byCouple.get(coupleId) ?? []) {
        if (Number(head) > conn.lastSent) this.enqueue(conn, () => this.catchUp(conn, coupleId, Number(head)));
      }
    }
  }

  private async catchUp(conn: Connection, coupleId: string, head: number): Promise<void> {
    if (head <= conn.lastSent) return;
    if (head - conn.lastSent > MAX_REPLAY) {
      conn.lastSent = head;
      this.send(conn, { v: 1, type: 'resync', headSeq: head });
      return;
    }
    for (const event of await this.events.since(this.db, coupleId, conn.session.userId, conn.lastSent, MAX_REPLAY)) this.sendEvent(conn, event);
    // Everything up to the head has committed; what was not sent was for the partner alone, so it is no gap.
    conn.lastSent = Math.max(conn.lastSent, head);
  }

  /**
   * Sessions ended and couples joined or left while the NOTIFY connection was down were
   * announced to nobody: check every socket against the database, and close those whose
   * session is gone (or whose couple changed) as the announcement would have.
   */
  private async recheckSessions(): Promise<void> {
    const conns = [...this.byUser.values()].flatMap((set) => [...set]);
    if (conns.length === 0) return;
    const rows = await this.db.query<{ sessionId: string; coupleId: string | null }>(
      `select s.id as "sessionId", m.couple_id as "coupleId"
         from sessions s left join couple_members m on m.user_id = s.user_id
        where s.id in (select jsonb_array_elements_text($1::jsonb)) and s.expires_at > now()`,
      [JSON.stringify([...new Set(conns.map((c) => c.session.sessionId))])],
    );
    const current = new Map(rows.map((r) => [r.sessionId, r.coupleId]));
    for (const conn of conns) {
      const ended = !current.has(conn.session.sessionId);
      if (!ended && current.get(conn.session.sessionId) === conn.coupleId) continue;
      if (ended) conn.socket.close(CLOSE_CODES.sessionEnded, 'session ended');
      else {
        this.send(conn, { v: 1, type: 'membership' });
        conn.socket.close(CLOSE_CODES.membershipChanged, 'couple changed');
      }
      // Closing is not instant: take it out of delivery now.
      if (conn.coupleId) this.stopServing(conn.coupleId, conn);
    }
  }

  /**
   * Delivers one event to this process's sockets of the couple, in seq order.
   * An event for one partner only still advances the other's position, so
   * private events never look like gaps.
   */
  private deliver(coupleId: string, event: CoupleEvent, audience: string | null): void {
    for (const conn of this.byCouple.get(coupleId) ?? []) {
      this.enqueue(conn, async () => {
        if (event.seq <= conn.lastSent) return;
        // A gap means a notification overtook another; fill it from the log so order holds.
        if (event.seq > conn.lastSent + 1) {
          for (const missed of await this.events.range(this.db, coupleId, conn.session.userId, conn.lastSent + 1, event.seq - 1)) {
            this.sendEvent(conn, missed);
          }
        }
        if (audience !== null && audience !== conn.session.userId) conn.lastSent = event.seq;
        // Wall-clock time, like the database's created_at (this.now is the app lock's clock, which tests move).
        else if (this.sendEvent(conn, event, 'live')) this.options.metrics?.eventDelivered('live', (Date.now() - Date.parse(event.createdAt)) / 1000);
      });
    }
  }

  /** An event too large for NOTIFY: read it back once for this process, then deliver. */
  private deliverRef(coupleId: string, seq: number, audience: string | null): void {
    void this.db
      .query<EventRow>(
        `select ${EVENT_COLUMNS} from couple_events where couple_id = $1 and seq = $2`,
        [coupleId, seq],
      )
      .then(([row]) => row && this.deliver(coupleId, toCoupleEvent(row), audience))
      .catch((e) => this.log.warn({ err: e }, 'event fetch failed'));
  }

  /** The bus stops bringing a couple's messages here once its last socket here is gone. */
  private stopServing(coupleId: string, conn: Connection): void {
    const set = this.byCouple.get(coupleId);
    if (!set?.delete(conn) || set.size > 0) return;
    this.byCouple.delete(coupleId);
    this.bus.unfollow({ couple: coupleId });
  }

  /** Sends the event unless the socket already has it; `replay` (catching up) is counted here, `live` by the caller with its lag. */
  private sendEvent(conn: Connection, event: CoupleEvent, path: 'live' | 'replay' = 'replay'): boolean {
    if (event.seq <= conn.lastSent) return false;
    conn.lastSent = event.seq;
    this.send(conn, { v: 1, type: 'event', event });
    if (path === 'replay') this.options.metrics?.eventDelivered('replay');
    return true;
  }

  private enqueue(conn: Connection, task: () => Promise<void>): void {
    conn.chain = conn.chain.then(task).catch((e) => {
      this.log.warn({ err: e }, 'live delivery failed; closing socket so the client resumes');
      conn.socket.close(1011, 'retry');
    });
  }

  private send(conn: Connection, message: ServerMessage): void {
    if (conn.socket.readyState === conn.socket.OPEN) conn.socket.send(JSON.stringify(message));
  }

  private pingAll(): void {
    for (const set of this.byUser.values()) {
      for (const conn of set) {
        if (!conn.alive) {
          conn.socket.terminate();
          continue;
        }
        conn.alive = false;
        conn.socket.ping();
      }
    }
  }

  // Presence: a count of open sockets per (person, process); online = any live process counts one.

  /**
   * Counts the socket and, when it is this person's first on this process, tells the
   * partner they are online. Decided from the upsert's own result: two sockets opening
   * at once both used to read a total of 2 afterwards, and nobody said "online". A
   * repeated "online" (first socket here, another process already counted) is harmless.
   */
  private async markConnected(conn: Connection): Promise<void> {
    const [row] = await this.db.query<{ connections: number }>(
      `insert into presence (user_id, node_id, connections) values ($1, $2, 1)
       on conflict (user_id, node_id) do update set connections = presence.connections + 1
       returning connections`,
      [conn.session.userId, this.nodeId],
    );
    if (conn.coupleId && Number(row?.connections) === 1 && (await this.presenceShown(conn.session.userId))) {
      await this.publishPresence(conn.coupleId, { userId: conn.session.userId, online: true, lastSeenAt: null });
    }
  }

  private async detach(conn: Connection): Promise<void> {
    const userConns = this.byUser.get(conn.session.userId);
    clearTimeout(conn.lockTimer);
    if (!userConns?.delete(conn)) return;
    if (userConns.size === 0) {
      this.byUser.delete(conn.session.userId);
      this.bus.unfollow({ user: conn.session.userId });
    }
    if (conn.coupleId) this.stopServing(conn.coupleId, conn);
    await this.db.query(
      `update presence set connections = greatest(connections - 1, 0) where user_id = $1 and node_id = $2`,
      [conn.session.userId, this.nodeId],
    );
    if ((await this.liveConnections(conn.session.userId)) === 0) await this.markOffline(conn.session.userId);
  }

  private async markOffline(userId: string): Promise<void> {
    // Hidden presence is not recorded at all: no last-seen time is kept to leak later.
    if (!(await this.presenceShown(userId))) return;
    const [row] = await this.db.query<{ lastSeenAt: Date; coupleId: string | null }>(
      `update users set last_seen_at = now() where id = $1
       returning last_seen_at as "lastSeenAt", (select couple_id from couple_members where user_id = $1) as "coupleId"`,
      [userId],
    );
    if (row?.coupleId) {
      await this.publishPresence(row.coupleId, { userId, online: false, lastSeenAt: new Date(row.lastSeenAt).toISOString() });
      // A screen of theirs may have opened while this one closed (joining a space closes the old
      // socket and opens a new one at once): its "online" can have gone out before this "offline",
      // so after saying offline, look again and let the last word be the truth.
      if ((await this.liveConnections(userId)) > 0) await this.publishPresence(row.coupleId, { userId, online: true, lastSeenAt: null });
    }
  }

  private async presenceShown(userId: string): Promise<boolean> {
    return (await sharingPrefsOf(this.db, userId)).presenceVisible;
  }

  /**
   * After a person chose to hide or show their presence (already saved). Hiding forgets their
   * last-seen time and tells the partner only what a closed app would: away, never seen.
   * Showing again tells the partner what is true from now on.
   */
  async presenceChoiceChanged(userId: string, coupleId: string | null, visible: boolean): Promise<void> {
    if (!visible) {
      await this.db.query('update users set last_seen_at = null where id = $1', [userId]);
      if (coupleId) await this.publishPresence(coupleId, { userId, online: false, lastSeenAt: null });
      return;
    }
    if (!coupleId) return;
    const online = (await this.liveConnections(userId)) > 0;
    const [row] = await this.db.query<{ lastSeenAt: Date | null }>('select last_seen_at as "lastSeenAt" from users where id = $1', [userId]);
    const lastSeenAt = online || !row?.lastSeenAt ? null : new Date(row.lastSeenAt).toISOString();
    await this.publishPresence(coupleId, { userId, online, lastSeenAt });
  }

  private publishPresence(coupleId: string, p: Presence): Promise<void> {
    return this.events.publish(this.db, { k: 'presence', c: coupleId, p });
  }

  private async liveConnections(userId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      `select coalesce(sum(p.connections), 0)::int as n
         from presence p join app_nodes n on n.id = p.node_id
        where p.user_id = $1 and n.heartbeat_at > now() - make_interval(secs => $2)`,
      [userId, NODE_STALE_SECONDS],
    );
    return Number(row?.n ?? 0);
  }

  /**
   * The couple's presence as `viewerId` may see it: a partner who hides their presence is
   * always away and never seen, exactly like someone who never opened the app. Nothing in
   * the answer says it is hidden.
   */
  async presenceOf(coupleId: string, viewerId: string): Promise<Presence[]> {
    const rows = await this.db.query<{ userId: string; online: boolean; lastSeenAt: Date | null; visible: boolean }>(
      `select u.id as "userId", u.last_seen_at as "lastSeenAt",
              coalesce((select s.presence_visible from sharing_prefs s where s.user_id = u.id), true) as visible,
              exists (select 1 from presence p join app_nodes n on n.id = p.node_id
                       where p.user_id = u.id and p.connections > 0
                         and n.heartbeat_at > now() - make_interval(secs => $2)) as online
         from couple_members m join users u on u.id = m.user_id
        where m.couple_id = $1
        order by m.slot`,
      [coupleId, NODE_STALE_SECONDS],
    );
    return rows.map((r) =>
      r.userId !== viewerId && !r.visible
        ? { userId: r.userId, online: false, lastSeenAt: null }
        : { userId: r.userId, online: r.online, lastSeenAt: r.lastSeenAt ? new Date(r.lastSeenAt).toISOString() : null },
    );
  }

  private async heartbeat(): Promise<void> {
    await this.db.query(
      `insert into app_nodes (id) values ($1) on conflict (id) do update set heartbeat_at = now()`,
      [this.nodeId],
    );
  }

  /** Forgets processes that stopped without saying so, and tells partners who went offline with them. */
  private async sweepStaleNodes(): Promise<void> {
    const orphaned = await this.db.transaction(async (tx) => {
      const users = await tx.query<{ userId: string }>(
        `select distinct p.user_id as "userId" from presence p join app_nodes n on n.id = p.node_id
          where n.heartbeat_at <= now() - make_interval(secs => $1) and p.connections > 0`,
        [NODE_STALE_SECONDS],
      );
      await tx.query(`delete from app_nodes where heartbeat_at <= now() - make_interval(secs => $1)`, [NODE_STALE_SECONDS]);
      return users;
    });
    for (const { userId } of orphaned) {
      if ((await this.liveConnections(userId)) === 0) await this.markOffline(userId);
    }
  }
}

function addTo<K>(map: Map<K, Set<Connection>>, key: K, conn: Connection): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(conn);
}

