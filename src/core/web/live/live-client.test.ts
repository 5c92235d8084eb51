import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerMessage } from '../../realtime/protocol';
import { CLOSE_CODES } from '../../realtime/protocol';
import { LIVE_CLOSE, LiveClient, backoffDelay, type LiveHandlers } from './live-client';

/** Just enough of a browser WebSocket to drive the client by hand. */
class FakeSocket {
  readyState = 0;
  sent: unknown[] = [];
  closedWith: number | null = null;
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: unknown }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  constructor(readonly url: string) {}
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close(code = 1000) {
    this.closedWith = code;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  serverSays(message: ServerMessage) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  serverCloses(code: number) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

const event = (seq: number): ServerMessage => ({
  v: 1,
  type: 'event',
  event: { seq, type: 'couple.renamed', actorId: null, payload: {}, createdAt: '2026-11-25T12:00:00Z', feed: true },
});
const welcome: ServerMessage = { v: 1, type: 'welcome', coupleId: 'c1', headSeq: 0, presence: [] };

function setup(cursor: number | null = 5, delay: (attempt: number) => number = () => 1000) {
  const sockets: FakeSocket[] = [];
  const received: ServerMessage[] = [];
  const handlers: LiveHandlers & { ended: number; membership: number; statuses: string[] } = {
    ended: 0,
    membership: 0,
    statuses: [],
    cursor: vi.fn(async () => cursor),
    onMessage: (m) => received.push(m),
    onSessionEnded: () => (handlers.ended += 1),
    onMembershipChanged: () => (handlers.membership += 1),
    onStatus: (s) => handlers.statuses.push(s),
  };
  const client = new LiveClient({
    url: 'ws://test/api/live',
    handlers,
    delay,
    createSocket: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s as unknown as WebSocket;
    },
  });
  const latest = () => sockets[sockets.length - 1]!;
  return { client, sockets, received, handlers, latest };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('LiveClient', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('uses the same close codes as the server', () => {
    expect(LIVE_CLOSE).toEqual(CLOSE_CODES);
  });

  it('starts from the snapshot cursor, then resumes from the last event it saw', async () => {
    const { client, latest, received } = setup(5);
    client.start();
    latest().open();
    await flush();
    expect(latest().sent).toEqual([{ v: 1, type: 'hello', lastSeq: 5 }]);
    latest().serverSays(welcome);
    latest().serverSays(event(6));
    latest().serverSays(event(7));
    latest().serverSays(event(7)); // never handed on twice
    expect(received.filter((m) => m.type === 'event')).toHaveLength(2);

    latest().serverCloses(1006);
    vi.advanceTimersByTime(1000);
    latest().open();
    await flush();
    expect(latest().sent).toEqual([{ v: 1, type: 'hello', lastSeq: 7 }]);
  });

  it('after a server going away (1001), reconnects after the first, shortest delay whatever came before, and resumes from its last seq', async () => {
    const attempts: number[] = [];
    const { client, latest, sockets } = setup(5, (n) => (attempts.push(n), n === 0 ? 300 : 10_000));
    client.start();
    latest().open();
    await flush();
    latest().serverSays(welcome);
    latest().serverSays(event(6));
    // Two failed tries first (the network was down), so the back-off had grown.
    latest().serverCloses(1006);
    vi.advanceTimersByTime(300);
    latest().serverCloses(1006);
    vi.advanceTimersByTime(10_000);
    // This one reached a process that began shutting down before it said welcome.
    latest().open();
    await flush();
    latest().serverCloses(1001);
    expect(attempts).toEqual([0, 1, 0]);
    vi.advanceTimersByTime(299);
    expect(sockets).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(4);
    latest().open();
    await flush();
    expect(latest().sent).toEqual([{ v: 1, type: 'hello', lastSeq: 6 }]);
  });

  it('stops and reports when the session ended', async () => {
    const { client, latest, handlers, sockets } = setup();
    client.start();
    latest().open();
    await flush();
    latest().serverCloses(4401);
    vi.advanceTimersByTime(60_000);
    expect(handlers.ended).toBe(1);
    expect(sockets).toHaveLength(1);
  });

  it('stops and reports when the app lock came on (4423), without reconnecting', async () => {
    const { client, latest, handlers, sockets } = setup();
    let locked = 0;
    handlers.onLocked = () => (locked += 1);
    client.start();
    latest().open();
    await flush();
    latest().serverCloses(4423);
    vi.advanceTimersByTime(60_000);
    expect(locked).toBe(1);
    expect(handlers.ended).toBe(0);
    expect(sockets).toHaveLength(1);
  });

  it('after a membership change, reconnects at once and asks for a fresh cursor', async () => {
    const { client, latest, handlers, sockets } = setup(3);
    client.start();
    latest().open();
    await flush();
    latest().serverSays(event(4));
    latest().serverSays({ v: 1, type: 'membership' });
    latest().serverCloses(4409);
    expect(handlers.membership).toBe(1);
    expect(sockets).toHaveLength(2);
    latest().open();
    await flush();
    expect(handlers.cursor).toHaveBeenCalledTimes(2);
    expect(latest().sent).toEqual([{ v: 1, type: 'hello', lastSeq: 3 }]);
  });

  it('replaces a connection that stops answering pings', async () => {
    const { client, latest, sockets, handlers } = setup();
    client.start();
    latest().open();
    await flush();
    latest().serverSays(welcome);
    vi.advanceTimersByTime(20_000);
    expect(latest().sent.at(-1)).toEqual({ v: 1, type: 'ping' });
    vi.advanceTimersByTime(10_000);
    expect(sockets[0]!.closedWith).toBe(4000);
    expect(handlers.statuses.at(-1)).toBe('waiting');
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(2);
  });

  it('retries at once when nudged (network back, tab visible)', async () => {
    const { client, latest, sockets } = setup();
    client.start();
    latest().open();
    await flush();
    latest().serverCloses(1006);
    expect(sockets).toHaveLength(1);
    client.nudge();
    expect(sockets).toHaveLength(2);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter and is capped', () => {
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(3, () => 1)).toBe(4000);
    expect(backoffDelay(20, () => 1)).toBe(15_000);
  });
});
