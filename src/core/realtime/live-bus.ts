import { connect, Events, type NatsConnection, type Subscription } from 'nats';
import type { Database, Queryable } from '../db/database';
import type { NodeMessage } from './event-log';

/** What a process follows on the bus: a couple's messages, or one person's (sessions, lock, membership, access). */
export type LiveTopic = { couple: string } | { user: string };

export interface BusListener {
  hear(message: NodeMessage): void;
  /** The bus came back after a gap: whatever was sent meanwhile is gone, so catch up from the log. */
  resumed(): void;
}

/**
 * How app processes tell each other what committed (decision 0020). PostgreSQL's
 * couple_events stays the source of truth either way; the bus only says "look".
 */
export interface LiveBus {
  /**
   * The NOTIFY channel the append statement notifies on itself, in the same round trip
   * (decision 0004), or null: the event is sent with `send` once the transaction commits.
   */
  readonly appendChannel: string | null;
  /** Whether this process hears its own messages back (NOTIFY: yes; NATS is asked not to echo them). */
  readonly echoes: boolean;
  /**
   * Whether a committed message can be lost with no gap to notice (sent after commit: the
   * process can die in between). The hub then compares heads and sessions periodically.
   */
  readonly mayLose: boolean;
  /** Sends to the processes that follow the message's topic; inside a transaction, only once it commits. */
  send(db: Queryable, message: NodeMessage): Promise<void>;
  start(db: Database, listener: BusListener): Promise<void>;
  /** Whether other processes' messages reach this one right now (false while its connection is being re-established). */
  connected(): boolean;
  /** Starts hearing a topic; resolves once the bus will deliver everything sent after. */
  follow(topic: LiveTopic): Promise<void>;
  unfollow(topic: LiveTopic): void;
  stop(): Promise<void>;
}

/** The topic a message is for: a couple's traffic, or one person's. */
export function topicOf(message: NodeMessage): LiveTopic {
  switch (message.k) {
    case 'event':
    case 'event-ref':
    case 'ephemeral':
    case 'presence':
      return { couple: message.c };
    default:
      return { user: message.u };
  }
}

/**
 * LISTEN/NOTIFY on one channel: nothing extra to run, every process hears every message,
 * and a NOTIFY is delivered on commit (never lost without the LISTEN connection dropping,
 * which resumes). Following a topic is a no-op: everything arrives anyway.
 */
export class NotifyBus implements LiveBus {
  readonly echoes = true;
  readonly mayLose = false;
  private unlisten: (() => Promise<void>) | undefined;
  private db: Database | undefined;

  constructor(readonly appendChannel: string) {}

  connected(): boolean {
    return this.db !== undefined && (this.db.isListening?.() ?? true);
  }

  async send(db: Queryable, message: NodeMessage): Promise<void> {
    await db.query('select pg_notify($1, $2)', [this.appendChannel, JSON.stringify(message)]);
  }

  async start(db: Database, listener: BusListener): Promise<void> {
    this.db = db;
    this.unlisten = await db.listen(
      this.appendChannel,
      (payload) => {
        let message: NodeMessage;
        try {
          message = JSON.parse(payload) as NodeMessage;
        } catch {
          return;
        }
        listener.hear(message);
      },
      () => listener.resumed(),
    );
  }

  async follow(): Promise<void> {}
  unfollow(): void {}

  async stop(): Promise<void> {
    await this.unlisten?.();
  }
}

/**
 * NATS core pub/sub with a subject per couple (`<prefix>.couple.<id>`) and per person
 * (`<prefix>.user.<id>`): a process subscribes only while it holds a socket of that couple
 * or person, so it hears only what it serves, and a publish takes no lock in PostgreSQL.
 * Messages are published after commit, so one can be lost (see `mayLose`).
 */
export class NatsBus implements LiveBus {
  readonly appendChannel = null;
  readonly echoes = false;
  readonly mayLose = true;
  private connection: NatsConnection | undefined;
  /** Each subject followed, and the round trip after which the server has its subscription. */
  private readonly subscriptions = new Map<string, { subscription: Subscription; ready: Promise<void> }>();
  private listener: BusListener | undefined;
  private live = false;

  constructor(private readonly options: { url: string; prefix: string; warn: (error: unknown, what: string) => void }) {}

  connected(): boolean {
    return this.live;
  }

  subject(topic: LiveTopic): string {
    return 'couple' in topic ? `${this.options.prefix}.couple.${topic.couple}` : `${this.options.prefix}.user.${topic.user}`;
  }

  async send(db: Queryable, message: NodeMessage): Promise<void> {
    const publish = () => this.publish(message);
    if (db.onCommit) db.onCommit(publish);
    else publish();
  }

  private publish(message: NodeMessage): void {
    const connection = this.connection;
    if (!connection) return this.options.warn(null, 'live bus not started; a message was not sent');
    let text = JSON.stringify(message);
    // An event larger than the server takes travels as its seq, read back from the log.
    if (message.k === 'event' && Buffer.byteLength(text) > (connection.info?.max_payload ?? 1_048_576)) {
      text = JSON.stringify({ k: 'event-ref', c: message.c, seq: message.e.seq, a: message.a } satisfies NodeMessage);
    }
    try {
      connection.publish(this.subject(topicOf(message)), text);
    } catch (error) {
      // The transaction is saved; the hubs' periodic head check delivers what this would have.
      this.options.warn(error, 'live bus publish failed');
    }
  }

  async start(_db: Database, listener: BusListener): Promise<void> {
    this.listener = listener;
    // Reconnects forever, quickly: while the bus is away, only the periodic check delivers.
    this.connection = await connect({ servers: this.options.url, noEcho: true, maxReconnectAttempts: -1, reconnectTimeWait: 250, name: `offbeat ${this.options.prefix}` });
    const connection = this.connection;
    this.live = true;
    void (async () => {
      for await (const status of connection.status()) {
        if (status.type === Events.Disconnect) this.live = false;
        if (status.type === Events.Reconnect) {
          this.live = true;
          listener.resumed();
        }
      }
    })().catch((error) => this.options.warn(error, 'live bus status stream ended'));
  }

  async follow(topic: LiveTopic): Promise<void> {
    const connection = this.connection;
    if (!connection) throw new Error('live bus not started');
    const subject = this.subject(topic);
    const followed = this.subscriptions.get(subject);
    if (followed) return followed.ready;
    const subscription = connection.subscribe(subject, {
      callback: (error, msg) => {
        if (error) return this.options.warn(error, 'live bus subscription failed');
        let message: NodeMessage;
        try {
          message = JSON.parse(msg.string()) as NodeMessage;
        } catch {
          return;
        }
        this.listener?.hear(message);
      },
    });
    // A round trip to the server: once it answers, it has the subscription.
    const ready = connection.flush();
    this.subscriptions.set(subject, { subscription, ready });
    return ready;
  }

  unfollow(topic: LiveTopic): void {
    const subject = this.subject(topic);
    this.subscriptions.get(subject)?.subscription.unsubscribe();
    this.subscriptions.delete(subject);
  }

  async stop(): Promise<void> {
    this.live = false;
    this.subscriptions.clear();
    await this.connection?.drain().catch(() => this.connection?.close());
    this.connection = undefined;
  }
}
