// Partner-event latency: partner A acts, we time until partner B's socket has the event.
// Every target gets the same client side: one socket per person, open-loop
// arrivals at a fixed rate, each action by a different couple. Targets take
// turns in short blocks, so a noisy machine slows all of them alike.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import WebSocket from 'ws';
import type { OffbeatReady, Person } from './offbeat-server';
import { inBatches, sleep, stats, type Child, type Stats } from './lib';

interface Peer {
  ws: WebSocket;
  /** Event name → resolve with the time it arrived on this socket. */
  waiters: Map<string, (at: number) => void>;
}
type Side = 'a' | 'b';
type Pair = Record<Side, Peer>;

export interface Target {
  label: string;
  pairs: Pair[];
  /** Partner `from` of couple `i` performs the action `name`; resolves when its response is back. */
  act(i: number, from: Side, name: string): Promise<void>;
  /** Whether `act` waits for an HTTP response (so response-relative figures mean something). */
  http: boolean;
  pid: number | undefined;
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

function openPeer(url: string, headers: Record<string, string>, hello: boolean): Promise<Peer> {
  const ws = new WebSocket(url, { headers, perMessageDeflate: false });
  const peer: Peer = { ws, waiters: new Map() };
  return new Promise((resolve, reject) => {
    ws.on('message', (data) => {
      const at = performance.now();
      const m = JSON.parse(data.toString()) as { type: string; event?: { payload?: { name?: unknown } } };
      if (m.type === 'welcome') resolve(peer);
      const name = m.event?.payload?.name;
      if (m.type === 'event' && typeof name === 'string') {
        peer.waiters.get(name)?.(at);
        peer.waiters.delete(name);
      }
    });
    ws.once('open', () => (hello ? ws.send(JSON.stringify({ v: 1, type: 'hello', lastSeq: 0 })) : resolve(peer)));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`socket refused: ${res.statusCode}`)));
  });
}

async function openPairs(count: number, open: (i: number, side: Side) => Promise<Peer>): Promise<{ pairs: Pair[]; connectMs: number }> {
  const start = performance.now();
  const pairs: Pair[] = new Array(count);
  await inBatches([...Array(count).keys()], 25, async (i) => {
    pairs[i] = { a: await open(i, 'a'), b: await open(i, 'b') };
  });
  return { pairs, connectMs: performance.now() - start };
}

const closePairs = (pairs: Pair[]) => () => {
  for (const p of pairs) for (const peer of [p.a, p.b]) peer.ws.terminate();
};

function request(agent: http.Agent, url: string, method: string, headers: Record<string, string>, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode && res.statusCode < 300 ? resolve() : reject(new Error(`${method} ${url}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** utime + stime of a process in ms, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Time the process's main thread (its event loop) sat runnable but waiting for a CPU, in ms (Linux schedstat). */
function runQueueMs(pid: number | undefined): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return null;
  }
}

function rssMb(pid: number | undefined): number | null {
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
  const { pairs, connectMs } = await openPairs(couples, (i, side) => openPeer(`${url.replace('http', 'ws')}/live?peer=${i}${side}`, {}, false));
  const message = (i: number, from: Side, name: string) => JSON.stringify({ to: `${i}${from === 'a' ? 'b' : 'a'}`, name });
  const common = { pairs, pid: child.process.pid, connectMs };
  return [
    { ...common, label: 'bare ws relay (socket → socket)', http: false, close: closePairs(pairs), act: async (i, from, name) => pairs[i]![from].ws.send(message(i, from, name)) },
    { ...common, label: 'bare relay (HTTP POST → socket)', http: true, close: () => agent.destroy(), act: (i, from, name) => request(agent, `${url}/send`, 'POST', {}, message(i, from, name)) },
  ];
}

/** Offbeat: A's PATCH /api/couple {name} appends `couple.renamed`; B's /api/live socket receives it. */
export async function offbeatTarget(child: Child<OffbeatReady>, label: string): Promise<Target> {
  const { url, couples } = child.ready;
  const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
  const cookie = (p: Person) => `offbeat_session=${p.token}`;
  const { pairs, connectMs } = await openPairs(couples.length, (i, side) =>
    openPeer(`${url.replace('http', 'ws')}/api/live`, { cookie: cookie(couples[i]![side]), origin: url }, true),
  );
  return {
    label,
    pairs,
    pid: child.process.pid,
    connectMs,
    http: true,
    act(i, from, name) {
      const person = couples[i]![from];
      return request(agent, `${url}/api/couple`, 'PATCH', { cookie: cookie(person), 'x-csrf-token': person.csrf, origin: url }, JSON.stringify({ name }));
    },
    close() {
      closePairs(pairs)();
      agent.destroy();
    },
  };
}

interface Sample {
  total: number;
  response: number;
  afterResponse: number;
}

/** Action k: couple k mod N, partner A on even passes over the couples and B on odd ones. */
async function one(target: Target, k: number): Promise<Sample | null> {
  const i = k % target.pairs.length;
  const from: Side = Math.floor(k / target.pairs.length) % 2 === 0 ? 'a' : 'b';
  const partner = target.pairs[i]![from === 'a' ? 'b' : 'a'];
  const name = `ev-${k}`;
  let timer: NodeJS.Timeout | undefined;
  const received = new Promise<number>((resolve, reject) => {
    partner.waiters.set(name, resolve);
    timer = setTimeout(() => reject(new Error('not received')), RECEIVE_TIMEOUT_MS);
  });
  const start = performance.now();
  try {
    await target.act(i, from, name);
    const responded = performance.now();
    const arrived = await received;
    return { total: arrived - start, response: responded - start, afterResponse: arrived - responded };
  } catch {
    partner.waiters.delete(name);
    received.catch(() => {});
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts actions from..from+count at `rate` per second (open loop), never more than MAX_IN_FLIGHT at once. */
async function drive(target: Target, from: number, count: number, rate: number, into: { samples: Sample[]; lost: number }): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  for (let k = 0; k < count; k++) {
    const wait = start + (k * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    const p: Promise<void> = one(target, from + k).then((s) => {
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
      const [cpuBefore, waitBefore] = [cpuMs(t.pid), runQueueMs(t.pid)];
      await drive(t, options.warmup + done, count, options.rate, runs[j]!);
      runs[j]!.cpu += (cpuMs(t.pid) ?? NaN) - (cpuBefore ?? NaN);
      runs[j]!.wait += (runQueueMs(t.pid) ?? NaN) - (waitBefore ?? NaN);
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
      serverRssMb: rssMb(t.pid),
    };
  });
}
