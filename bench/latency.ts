// Partner-event latency: partner A acts, we time until partner B's socket has the event.
// Every target gets the same client side: one socket per person, open-loop
// arrivals at a fixed rate, each action by a different couple. Targets take
// turns in short blocks, so a noisy machine slows all of them alike.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import WebSocket from 'ws';
import type { OffbeatReady, Person } from './offbeat-server';
import { inBatches, sleep, stats, type Child, type Stats } from './lib';

export interface Peer {
  /** Event key (see `KeyOf`) → resolve with the time it arrived on this socket. */
  waiters: Map<string, (at: number) => void>;
  close(): void;
}

interface WireEvent {
  type: string;
  payload?: Record<string, unknown>;
}
/** What identifies the awaited event among everything else a partner's socket receives. */
type KeyOf = (event: WireEvent) => string | null;
const byName: KeyOf = (e) => (typeof e.payload?.name === 'string' ? e.payload.name : null);
export type Side = 'a' | 'b';
export type Pair = Record<Side, Peer>;

export interface Target {
  label: string;
  pairs: Pair[];
  /** The key of the event action `k` (by partner `from` of couple `i`) makes the partner's socket receive. */
  expect(i: number, from: Side, k: number): string;
  /** Partner `from` of couple `i` performs action `k`; resolves when its response is back. */
  act(i: number, from: Side, k: number): Promise<void>;
  /** Untimed follow-up once the partner has the event (e.g. ending the pause so the next can start). */
  settle?(i: number, from: Side, k: number): Promise<void>;
  /** Whether `act` waits for an HTTP response (so response-relative figures mean something). */
  http: boolean;
  /** The server processes behind the target (their CPU and memory are summed). */
  pids: Array<number | undefined>;
  connectMs: number;
  close(): void;
}

export interface LatencyResult {
  label: string;
  /** Action start → partner's socket has the event. */
  total: Stats;
  /** Action start → the actor has its HTTP response (HTTP targets only). */
  response: Stats | null;
  /** Actor's HTTP response → partner's socket has the event (negative: the event came first). */
  afterResponse: Stats | null;
  lost: number;
  sockets: number;
  connectMs: number;
  /** Server process CPU (user + system) over the measured blocks, per event. */
  serverCpuMsPerEvent: number | null;
  /** How long the server's event loop waited for a CPU (busy machine) over the measured blocks, per event. */
  serverWaitMsPerEvent: number | null;
  serverRssMb: number | null;
}

export interface LatencyOptions {
  events: number;
  warmup: number;
  /** Actions started per second (open loop). */
  rate: number;
  /** Events per turn before the next target's turn. */
  block: number;
  /** Brackets the measured events (not the warm-up), e.g. to profile a server. */
  around?: { start(): Promise<void>; stop(): Promise<void> };
}

const MAX_IN_FLIGHT = 64;
const RECEIVE_TIMEOUT_MS = 10_000;

function openPeer(url: string, headers: Record<string, string>, hello: boolean, keyOf: KeyOf): Promise<Peer & { ws: WebSocket }> {
  const ws = new WebSocket(url, { headers, perMessageDeflate: false });
  const peer = { ws, waiters: new Map(), close: () => ws.terminate() };
  return new Promise((resolve, reject) => {
    ws.on('message', (data) => {
      const at = performance.now();
      const m = JSON.parse(data.toString()) as { type: string; event?: WireEvent };
      if (m.type === 'welcome') resolve(peer);
      const key = m.type === 'event' && m.event ? keyOf(m.event) : null;
      if (key !== null) {
        peer.waiters.get(key)?.(at);
        peer.waiters.delete(key);
      }
    });
    ws.once('open', () => (hello ? ws.send(JSON.stringify({ v: 1, type: 'hello', lastSeq: 0 })) : resolve(peer)));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`socket refused: ${res.statusCode}`)));
  });
}

export async function openPairs<P extends Peer>(count: number, open: (i: number, side: Side) => Promise<P>): Promise<{ pairs: Array<Record<Side, P>>; connectMs: number }> {
  const start = performance.now();
  const pairs: Array<Record<Side, P>> = new Array(count);
  await inBatches([...Array(count).keys()], 25, async (i) => {
    pairs[i] = { a: await open(i, 'a'), b: await open(i, 'b') };
  });
  return { pairs, connectMs: performance.now() - start };
}

export const closePairs = (pairs: Pair[]) => () => {
  for (const p of pairs) for (const peer of [p.a, p.b]) peer.close();
};

/** Sends a JSON request; resolves with the parsed JSON answer (null when there is none). */
export function request<T = unknown>(agent: http.Agent, url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<T> {
  const text = body === undefined ? '' : JSON.stringify(body);
  const type = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) };
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: { ...headers, ...type } }, (res) => {
      let answer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (answer += chunk));
      res.on('end', () =>
        res.statusCode && res.statusCode < 300 ? resolve((answer ? JSON.parse(answer) : null) as T) : reject(new Error(`${method} ${url}: ${res.statusCode} ${answer.slice(0, 200)}`)),
      );
    });
    req.on('error', reject);
    req.end(text);
  });
}

/** utime + stime of a process in ms, from /proc (Linux); null elsewhere. */
export function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Time the process's main thread (its event loop) sat runnable but waiting for a CPU, in ms (Linux schedstat). */
export function runQueueMs(pid: number | undefined): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return null;
  }
}

/** A /proc reading summed over processes; NaN when any is unreadable. */
export function sum(pids: Array<number | undefined>, read: (pid: number | undefined) => number | null): number {
  return pids.reduce<number>((total, pid) => total + (read(pid) ?? NaN), 0);
}

export function rssMb(pid: number | undefined): number | null {
  try {
    const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kib) ? Math.round(kib / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * The bare relay: A → relay → B over sockets only, and A's HTTP POST → relay → B's socket.
 * Both targets share one set of sockets.
 */
export async function relayTargets(child: Child<{ url: string }>, couples: number): Promise<[Target, Target]> {
  const { url } = child.ready;
  const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
  const { pairs, connectMs } = await openPairs(couples, (i, side) => openPeer(`${url.replace('http', 'ws')}/live?peer=${i}${side}`, {}, false, byName));
  const message = (i: number, from: Side, k: number) => ({ to: `${i}${from === 'a' ? 'b' : 'a'}`, name: `ev-${k}` });
  const common = { pairs, pids: [child.process.pid], connectMs, expect: (_i: number, _from: Side, k: number) => `ev-${k}` };
  return [
    { ...common, label: 'bare ws relay (socket → socket)', http: false, close: closePairs(pairs), act: async (i, from, k) => pairs[i]![from].ws.send(JSON.stringify(message(i, from, k))) },
    { ...common, label: 'bare relay (HTTP POST → socket)', http: true, close: () => agent.destroy(), act: (i, from, k) => request(agent, `${url}/send`, 'POST', {}, message(i, from, k)).then(() => {}) },
  ];
}

/** How one person reaches an Offbeat server: its URL and their signed-in headers. */
export interface OffbeatClient {
  agent: http.Agent;
  url: string;
  person: Person;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

/** One kind of partner action, measured from the actor's request to the partner's socket. */
export interface Scenario {
  label: string;
  keyOf: KeyOf;
  /** Untimed, before any socket opens: whatever each couple needs first (a shared map, say). */
  prepare?(couple: Record<Side, OffbeatClient>): Promise<void>;
  expect(couple: Record<Side, OffbeatClient>, from: Side, k: number): string;
  act(couple: Record<Side, OffbeatClient>, from: Side, k: number): Promise<void>;
  settle?(couple: Record<Side, OffbeatClient>, from: Side, k: number): Promise<void>;
}

/**
 * Offbeat: partner A's request to `servers[0]`, partner B's to the last of `servers`
 * (the same one, or a second process on the same database); each partner's
 * /api/live socket is opened on their own server.
 */
export function offbeatTarget(servers: Array<Child<OffbeatReady>>, label: string, scenario: Scenario): Promise<Target> {
  const serverOf = (side: Side) => (side === 'a' ? servers[0]! : servers[servers.length - 1]!);
  return placedTarget({ couples: servers[0]!.ready.couples, urlOf: (_i, side) => serverOf(side).ready.url, pids: [...new Set(servers.map((s) => s.process.pid))] }, label, scenario);
}

/** Which server each person uses: partner `side` of couple `i` sends their requests to, and opens their socket on, `urlOf(i, side)`. */
export interface Placement {
  couples: OffbeatReady['couples'];
  urlOf(i: number, side: Side): string;
  pids: Array<number | undefined>;
}

export async function placedTarget({ couples, urlOf, pids }: Placement, label: string, scenario: Scenario): Promise<Target> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
  const client = (i: number, side: Side, person: Person): OffbeatClient => {
    const url = urlOf(i, side);
    const headers = { cookie: `offbeat_session=${person.token}`, 'x-csrf-token': person.csrf, origin: url };
    return { agent, url, person, call: (method, path, body) => request(agent, `${url}${path}`, method, headers, body) };
  };
  const clients = couples.map((c, i) => ({ a: client(i, 'a', c.a), b: client(i, 'b', c.b) }));
  if (scenario.prepare) await inBatches(clients, 16, (couple) => scenario.prepare!(couple));
  const { pairs, connectMs } = await openPairs(couples.length, (i, side) => {
    const { url, person } = clients[i]![side];
    return openPeer(`${url.replace('http', 'ws')}/api/live`, { cookie: `offbeat_session=${person.token}`, origin: url }, true, scenario.keyOf);
  });
  return {
    label,
    pairs,
    pids,
    connectMs,
    http: true,
    expect: (i, from, k) => scenario.expect(clients[i]!, from, k),
    act: (i, from, k) => scenario.act(clients[i]!, from, k),
    settle: scenario.settle && ((i, from, k) => scenario.settle!(clients[i]!, from, k)),
    close() {
      closePairs(pairs)();
      agent.destroy();
    },
  };
}

export interface Sample {
  total: number;
  response: number;
  afterResponse: number;
}

/** Action k: couple k mod N, partner A on even passes over the couples and B on odd ones. */
async function one(target: Target, k: number, receiveTimeoutMs: number): Promise<Sample | null> {
  const i = k % target.pairs.length;
  const from: Side = Math.floor(k / target.pairs.length) % 2 === 0 ? 'a' : 'b';
  const partner = target.pairs[i]![from === 'a' ? 'b' : 'a'];
  const key = target.expect(i, from, k);
  let timer: NodeJS.Timeout | undefined;
  const received = new Promise<number>((resolve, reject) => {
    partner.waiters.set(key, resolve);
    timer = setTimeout(() => reject(new Error('not received')), receiveTimeoutMs);
  });
  // Handled below once the response is in; a response slower than the timeout must not make it an unhandled rejection.
  received.catch(() => {});
  const start = performance.now();
  try {
    await target.act(i, from, k);
    const responded = performance.now();
    const arrived = await received;
    await target.settle?.(i, from, k);
    return { total: arrived - start, response: responded - start, afterResponse: arrived - responded };
  } catch (error) {
    if (process.env.BENCH_TRACE) console.error(`${target.label}: action ${k} lost: ${(error as Error).message}`);
    partner.waiters.delete(key);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts actions from..from+count at `rate` per second (open loop), never more than `maxInFlight` at once;
 * an event not on the partner's socket `receiveTimeoutMs` after its action started counts as lost.
 */
export async function drive(
  target: Target,
  from: number,
  count: number,
  rate: number,
  into: { samples: Sample[]; lost: number },
  { maxInFlight = MAX_IN_FLIGHT, receiveTimeoutMs = RECEIVE_TIMEOUT_MS } = {},
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  for (let k = 0; k < count; k++) {
    const wait = start + (k * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    const p: Promise<void> = one(target, from + k, receiveTimeoutMs).then((s) => {
      if (s) into.samples.push(s);
      else into.lost++;
      inFlight.delete(p);
    });
    inFlight.add(p);
  }
  await Promise.all(inFlight);
}

/** Warms every target up, then measures them in turns of `block` events until each has `events`. */
export async function compare(targets: Target[], options: LatencyOptions): Promise<LatencyResult[]> {
  for (const t of targets) await drive(t, 0, options.warmup, options.rate, { samples: [], lost: 0 });
  const runs = targets.map(() => ({ samples: [] as Sample[], lost: 0, cpu: 0, wait: 0 }));
  await options.around?.start();
  if (process.env.BENCH_TRACE) console.error(`${new Date().toISOString()} measuring`);
  for (let done = 0; done < options.events; done += options.block) {
    const count = Math.min(options.block, options.events - done);
    for (const [j, t] of targets.entries()) {
      const [cpuBefore, waitBefore] = [sum(t.pids, cpuMs), sum(t.pids, runQueueMs)];
      await drive(t, options.warmup + done, count, options.rate, runs[j]!);
      runs[j]!.cpu += sum(t.pids, cpuMs) - cpuBefore;
      runs[j]!.wait += sum(t.pids, runQueueMs) - waitBefore;
    }
  }
  if (process.env.BENCH_TRACE) console.error(`${new Date().toISOString()} measured`);
  await options.around?.stop();
  return targets.map((t, j) => {
    const { samples, lost, cpu, wait } = runs[j]!;
    return {
      label: t.label,
      total: stats(samples.map((s) => s.total)),
      response: t.http ? stats(samples.map((s) => s.response)) : null,
      afterResponse: t.http ? stats(samples.map((s) => s.afterResponse)) : null,
      lost,
      sockets: t.pairs.length * 2,
      connectMs: t.connectMs,
      serverCpuMsPerEvent: Number.isFinite(cpu) ? cpu / options.events : null,
      serverWaitMsPerEvent: Number.isFinite(wait) ? wait / options.events : null,
      serverRssMb: sum(t.pids, rssMb),
    };
  });
}
