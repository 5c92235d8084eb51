import type { LiveMessage } from '../../realtime/protocol';

/**
 * The browser side of the live protocol (src/core/realtime/protocol.ts, types
 * only: zod stays out of the client bundle). One socket per signed-in tab.
 *
 * Invariants:
 * - After every (re)connect the client says `hello` with the last seq it has
 *   seen, so the server replays exactly what was missed, in order.
 * - The first connect, and any connect after the couple space changed, takes
 *   its starting seq from `cursor()` (the REST snapshot's headSeq).
 * - An event at or below the last seen seq is never handed on twice.
 */

/** Close codes the server uses (mirrors CLOSE_CODES in protocol.ts; a unit test keeps them equal). */
export const LIVE_CLOSE = { goingAway: 1001, sessionEnded: 4401, membershipChanged: 4409, protocolError: 4400, locked: 4423 } as const;

/** WebSocket.OPEN, spelled out so the client also runs where WebSocket is not a global (tests). */
const OPEN = 1;

export type LiveStatus = 'connecting' | 'open' | 'waiting';

export interface LiveHandlers {
  /** Where a fresh stream starts: the couple snapshot's headSeq, or null for "only new events". */
  cursor(): Promise<number | null>;
  onMessage(message: LiveMessage): void;
  /** This device is signed out (4401). The client stops. */
  onSessionEnded(): void;
  /** This device's app lock came on (4423). The client stops until it is started again. */
  onLocked?(): void;
  /** This person joined or left a couple space somewhere: refetch; the client reconnects by itself. */
  onMembershipChanged(): void;
  onStatus(status: LiveStatus): void;
}

export interface LiveClientOptions {
  url: string;
  handlers: LiveHandlers;
  /** How long to wait before reconnect attempt n (0-based). */
  delay?: (attempt: number) => number;
  /** An application ping this often proves the connection is still alive (mobile networks drop silently). */
  pingEveryMs?: number;
  /** No message this long after a ping: the connection is presumed dead and replaced. */
  pongTimeoutMs?: number;
  createSocket?: (url: string) => WebSocket;
}

/** Exponential backoff with jitter: ~0.5 s, 1 s, 2 s … capped at 15 s. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(15_000, 500 * 2 ** attempt);
  return Math.round(base * (0.5 + random() / 2));
}

export class LiveClient {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private lastSeq: number | null = null;
  /** Whether lastSeq belongs to the current couple stream; false → ask cursor() on connect. */
  private haveCursor = false;
  private stopped = true;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly delay: (attempt: number) => number;
  private readonly pingEveryMs: number;
  private readonly pongTimeoutMs: number;
  private readonly createSocket: (url: string) => WebSocket;

  constructor(private readonly options: LiveClientOptions) {
    this.delay = options.delay ?? ((n) => backoffDelay(n));
    this.pingEveryMs = options.pingEveryMs ?? 20_000;
    this.pongTimeoutMs = options.pongTimeoutMs ?? 10_000;
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url));
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.stopHeartbeat();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'bye');
  }

  /** The network came back or the tab became visible: retry now instead of waiting out the backoff. */
  nudge(): void {
    if (this.stopped || this.socket) return;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    this.connect();
  }

  private connect(): void {
    if (this.stopped) return;
    this.options.handlers.onStatus('connecting');
    const socket = this.createSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => void this.sayHello(socket);
    socket.onmessage = (message) => this.receive(socket, message.data);
    socket.onclose = (event) => this.closed(socket, event.code);
  }

  private async sayHello(socket: WebSocket): Promise<void> {
    let lastSeq = this.lastSeq;
    if (!this.haveCursor) {
      try {
        lastSeq = await this.options.handlers.cursor();
      } catch {
        socket.close(1000, 'retry');
        return;
      }
      this.lastSeq = lastSeq;
      this.haveCursor = true;
    }
    if (socket !== this.socket || socket.readyState !== OPEN) return;
    socket.send(JSON.stringify({ v: 1, type: 'hello', lastSeq }));
    this.startHeartbeat(socket);
  }

  private receive(socket: WebSocket, data: unknown): void {
    if (socket !== this.socket || typeof data !== 'string') return;
    clearTimeout(this.pongTimer);
    let message: LiveMessage;
    try {
      // The server speaks the protocol and appends only declared events (see LiveCoupleEvent).
      message = JSON.parse(data) as LiveMessage;
    } catch {
      return;
    }
    switch (message.type) {
      case 'welcome':
        this.attempt = 0;
        this.options.handlers.onStatus('open');
        break;
      case 'event':
        if (this.lastSeq !== null && message.event.seq <= this.lastSeq) return;
        this.lastSeq = message.event.seq;
        break;
      case 'resync':
        this.lastSeq = message.headSeq;
        break;
      case 'membership':
        // The close (4409) that follows reconnects onto the new space.
        this.haveCursor = false;
        this.lastSeq = null;
        break;
      case 'pong':
        return;
    }
    this.options.handlers.onMessage(message);
  }

  private closed(socket: WebSocket, code: number): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.stopHeartbeat();
    if (this.stopped) return;
    if (code === LIVE_CLOSE.sessionEnded) {
      this.stopped = true;
      this.options.handlers.onSessionEnded();
      return;
    }
    if (code === LIVE_CLOSE.locked) {
      this.stopped = true;
      this.options.handlers.onLocked?.();
      return;
    }
    this.options.handlers.onStatus('waiting');
    if (code === LIVE_CLOSE.membershipChanged) {
      this.haveCursor = false;
      this.lastSeq = null;
      this.options.handlers.onMembershipChanged();
      this.attempt = 0;
      this.connect();
      return;
    }
    // A process shutting down (1001) is no failure: come back at once (to another process), with
    // only the first step's jitter, however many tries the last outage took.
    if (code === LIVE_CLOSE.goingAway) this.attempt = 0;
    this.retryTimer = setTimeout(() => this.connect(), this.delay(this.attempt));
    this.attempt += 1;
  }

  private startHeartbeat(socket: WebSocket): void {
    this.stopHeartbeat();
    this.pingTimer = setInterval(() => {
      if (socket.readyState !== OPEN) return;
      socket.send(JSON.stringify({ v: 1, type: 'ping' }));
      clearTimeout(this.pongTimer);
      this.pongTimer = setTimeout(() => this.abandon(socket), this.pongTimeoutMs);
    }, this.pingEveryMs);
  }

  /** A silent connection may take minutes to report its close; replace it now. */
  private abandon(socket: WebSocket): void {
    socket.onclose = null;
    socket.onmessage = null;
    socket.close(4000, 'no answer');
    this.closed(socket, 4000);
  }

  private stopHeartbeat(): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
  }
}
