// Scale (issue #16): 10,000 couples (20,000 sockets) across 2 and 4 Offbeat processes on one
// PostgreSQL, each couple's partners on different processes so every event crosses the bus.
// Load generators run in their own processes (bench/load-generator.ts; a process may hold
// 20,000 open files here), each holding both partners of its couples. Open-loop renames at
// each rate; then, on the most processes, a burst as fast as the servers take it, per bus.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../src/core/db/migrate';
import { cpuMs, rssMb, runQueueMs, sum } from './latency';
import type { GeneratorRequest, GeneratorRun } from './load-generator';
import { ms, startChild, stats, type Child, type Stats } from './lib';
import type { OffbeatReady } from './offbeat-server';
import { freshSchema, seedCouples, type SeededCouple } from './seed';

export interface ScaleOptions {
  root: string;
  postgresUrl: string;
  natsUrl: string;
  couples: number;
  processes: number[];
  /** Open-loop arrival rates, events per second across all generators. */
  rates: number[];
  /** Measured seconds per rate. */
  seconds: number;
  /** Unmeasured events before the first rate of each set-up (connections, JIT). */
  warmup: number;
  buses: string[];
  /** The bus comparison: this rate for this long on the most processes; at most `inFlight` events outstanding. */
  burst: { rate: number; seconds: number; inFlight: number };
  socketsPerGenerator: number;
  /** How long after its action an event may take to reach the partner before it counts as lost. */
  receiveTimeoutMs: number;
}

export interface ScaleRun {
  /** `50/s`, or `burst` for the bus comparison. */
  load: string;
  rate: number;
  events: number;
  latency: Stats;
  /** Acknowledged (2xx) but never on the partner's socket. Must be 0. */
  lost: number;
  /** Not acknowledged: nothing was promised, still a failure. */
  errors: number;
  commitsPerSecond: number;
  /** CPU time (user + system) of all app processes over the run, per generated event. */
  serverCpuMsPerEvent: number;
  /** How long the app processes' event loops sat runnable, waiting for a CPU (a busy machine), per generated event. */
  serverWaitMsPerEvent: number;
  loadAverage: number;
}

export interface ScaleSetup {
  bus: string;
  processes: number;
  error?: string;
  sockets?: number;
  connectMs?: number;
  /** Per app process: its sockets and RSS before and after they connected. */
  memory?: Array<{ sockets: number; rssBeforeMb: number; rssAfterMb: number; kbPerSocket: number }>;
  runs: ScaleRun[];
}

export interface ScaleResult {
  couples: number;
  sockets: number;
  generators: number;
  seedMs: number;
  setups: ScaleSetup[];
}

/** Couple i: partner A on process i mod P, partner B on the next one. */
const placement = (i: number, processes: number): [number, number] => [i % processes, (i + 1) % processes];

export async function runScale(o: ScaleOptions, progress: (s: string) => void): Promise<ScaleResult> {
  if (o.processes.some((p) => p < 2)) throw new Error('every event must cross processes: --scale-processes needs 2 or more');
  const schema = `bench_scale_${randomBytes(4).toString('hex')}`;
  const { db, drop } = await freshSchema(o.postgresUrl, schema);
  try {
    await migrate(db);
    const seedStart = performance.now();
    const couples = await db.transaction((tx) => seedCouples(tx, o.couples));
    const seedMs = performance.now() - seedStart;
    await db.close();
    progress(`   seeded ${o.couples} couples in ${ms(seedMs)} (schema ${schema})`);
    const generators = Math.max(1, Math.ceil((2 * o.couples) / o.socketsPerGenerator));
    const result: ScaleResult = { couples: o.couples, sockets: 2 * o.couples, generators, seedMs, setups: [] };
    // Renames carry the event number in the name: it keeps counting across set-ups so no couple is renamed to the name it has.
    const counter = { next: 0 };
    for (const bus of o.buses) {
      for (const processes of o.processes) {
        const setup: ScaleSetup = { bus, processes, runs: [] };
        result.setups.push(setup);
        try {
          await runSetup(o, schema, couples, generators, setup, counter, progress);
        } catch (error) {
          setup.error = (error as Error).message;
          progress(`   ${bus}, ${processes} processes: NOT MEASURED — ${setup.error}`);
        }
      }
    }
    return result;
  } finally {
    await drop();
  }
}

async function runSetup(
  o: ScaleOptions,
  schema: string,
  couples: SeededCouple[],
  generatorCount: number,
  setup: ScaleSetup,
  counter: { next: number },
  progress: (s: string) => void,
): Promise<void> {
  const { bus, processes } = setup;
  const children: Array<Child<unknown>> = [];
  try {
    const servers = await Promise.all(
      Array.from({ length: processes }, async (_, j) => {
        const env = { BENCH_DB: 'postgres', BENCH_POSTGRES_URL: o.postgresUrl, BENCH_JOIN_SCHEMA: schema, LIVE_BUS: bus, NATS_URL: o.natsUrl };
        const logFile = path.join(o.root, 'test-results', `bench-server-scale-${bus}-${processes}-${j + 1}.log`);
        const child = await startChild<OffbeatReady>('offbeat-server.js', { env, logFile }).catch((e: Error) => {
          throw new Error(`${e.message} (see ${path.relative(o.root, logFile)})`);
        });
        children.push(child);
        return child;
      }),
    );
    const pids = servers.map((s) => s.process.pid);
    const urls = servers.map((s) => s.ready.url);
    const rssBefore = pids.map((pid) => rssMb(pid) ?? NaN);

    const slice = Math.ceil(couples.length / generatorCount);
    const generators = await Promise.all(
      Array.from({ length: generatorCount }, async (_, n) => {
        const child = await startChild<unknown>('load-generator.js', { logFile: path.join(o.root, 'test-results', `bench-scale-generator-${n + 1}.log`) });
        children.push(child);
        return child;
      }),
    );
    const connectStart = performance.now();
    await Promise.all(
      generators.map((g, n) => {
        const mine = couples.slice(n * slice, (n + 1) * slice);
        const request: GeneratorRequest = { type: 'connect', urls, couples: mine, servers: mine.map((_, i) => placement(n * slice + i, processes)) };
        return ask<{ connectMs: number }>(g, request);
      }),
    );
    setup.connectMs = performance.now() - connectStart;
    setup.sockets = couples.length * 2;
    const socketsOf = urls.map(() => 0);
    for (let i = 0; i < couples.length; i++) for (const p of placement(i, processes)) socketsOf[p]!++;
    setup.memory = pids.map((pid, j) => {
      const rssAfterMb = rssMb(pid) ?? NaN;
      return { sockets: socketsOf[j]!, rssBeforeMb: rssBefore[j]!, rssAfterMb, kbPerSocket: ((rssAfterMb - rssBefore[j]!) * 1024) / socketsOf[j]! };
    });
    progress(`   ${bus}, ${processes} processes: ${setup.sockets} sockets open in ${ms(setup.connectMs)}; generators ${generatorCount}`);

    const run = async (load: string, rate: number, events: number, inFlight: number): Promise<ScaleRun> => {
      const perGenerator = Math.ceil(events / generatorCount);
      const from = counter.next;
      counter.next += perGenerator;
      const [cpuBefore, waitBefore] = [sum(pids, cpuMs), sum(pids, runQueueMs)];
      const answers = await Promise.all(
        generators.map((g) => ask<GeneratorRun>(g, { type: 'run', from, count: perGenerator, rate: rate / generatorCount, maxInFlight: Math.max(1, Math.ceil(inFlight / generatorCount)), receiveTimeoutMs: o.receiveTimeoutMs })),
      );
      const [cpu, wait] = [sum(pids, cpuMs) - cpuBefore, sum(pids, runQueueMs) - waitBefore];
      const generated = perGenerator * generatorCount;
      const acked = answers.reduce((s, a) => s + a.acked, 0);
      return {
        load,
        rate,
        events: generated,
        latency: stats(answers.flatMap((a) => a.latencies)),
        lost: answers.reduce((s, a) => s + a.undelivered, 0),
        errors: answers.reduce((s, a) => s + a.errors, 0),
        commitsPerSecond: acked / (Math.max(...answers.map((a) => a.ackedMs)) / 1000),
        serverCpuMsPerEvent: cpu / generated,
        serverWaitMsPerEvent: wait / generated,
        loadAverage: os.loadavg()[0]!,
      };
    };
    if (o.warmup > 0) await run('warm-up', Math.min(...o.rates), o.warmup, o.warmup);
    for (const rate of o.rates) {
      // Open loop: the cap on outstanding events is far above what the rate needs, so it never holds an arrival back unless the servers stall.
      setup.runs.push(await run(`${rate}/s`, rate, Math.round(rate * o.seconds), Math.max(1000, rate * 2)));
      progress(runLine(setup, setup.runs.at(-1)!));
    }
    if (processes === Math.max(...o.processes) && o.burst.seconds > 0) {
      setup.runs.push(await run('burst', o.burst.rate, Math.round(o.burst.rate * o.burst.seconds), o.burst.inFlight));
      progress(runLine(setup, setup.runs.at(-1)!));
    }
  } finally {
    // Generators first: the servers then see every socket close, as when people leave.
    for (const c of children.reverse()) await c.stop();
  }
}

/** A generator's answer; rejects when it fails or dies instead of answering. */
function ask<R>(child: Child<unknown>, request: GeneratorRequest): Promise<R> {
  let onExit: (code: number | null) => void = () => {};
  const died = new Promise<never>((_, reject) => {
    onExit = (code) => reject(new Error(`a load generator exited with ${code} (see test-results/bench-scale-generator-*.log)`));
    child.process.once('exit', onExit);
  });
  const answered = child.ask<R | { error: string }>(request).then((answer) => {
    if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(`load generator: ${answer.error}`);
    return answer as R;
  });
  return Promise.race([answered, died]).finally(() => child.process.off('exit', onExit));
}

function runLine(s: ScaleSetup, run: ScaleRun): string {
  const lost = run.lost ? `${run.lost} LOST` : '0';
  return `   ${s.bus.padEnd(9)} ${String(s.processes).padStart(5)}  ${run.load.padEnd(8)} ${String(run.events).padStart(7)}  ${ms(run.latency.p50).padStart(9)}  ${ms(run.latency.p99).padStart(9)}  ${ms(run.latency.max).padStart(9)}  ${lost.padStart(5)}  ${String(run.errors).padStart(6)}  ${ms(run.serverCpuMsPerEvent).padStart(9)}  ${ms(run.serverWaitMsPerEvent).padStart(9)}  ${run.commitsPerSecond.toFixed(0).padStart(9)}  ${run.loadAverage.toFixed(1)}`;
}

/** The section's table, as main.ts prints others. */
export function scaleLines(r: ScaleResult): string[] {
  const lines = [`   ${'bus'.padEnd(9)} ${'procs'.padStart(5)}  ${'load'.padEnd(8)} ${'events'.padStart(7)}  ${'p50'.padStart(9)}  ${'p99'.padStart(9)}  ${'max'.padStart(9)}  ${'lost'.padStart(5)}  ${'errors'.padStart(6)}  ${'CPU/event'.padStart(9)}  ${'CPU wait'.padStart(9)}  ${'commits/s'.padStart(9)}  load avg`];
  for (const s of r.setups) {
    if (s.error) {
      lines.push(`   ${s.bus.padEnd(9)} ${String(s.processes).padStart(5)}  NOT MEASURED — ${s.error}`);
      continue;
    }
    for (const run of s.runs) lines.push(runLine(s, run));
    const memory = s.memory!.map((m) => `${m.kbPerSocket.toFixed(1)} KB (${m.rssBeforeMb}→${m.rssAfterMb} MB, ${m.sockets} sockets)`).join('; ');
    lines.push(`      ${s.sockets} sockets opened in ${ms(s.connectMs!)}; RSS per connected socket, per process: ${memory}`);
  }
  return lines;
}

export function scaleSummary(r: ScaleResult): string[] {
  const out: string[] = [];
  const measured = r.setups.filter((s) => !s.error);
  for (const s of measured) {
    const kb = s.memory!.reduce((t, m) => t + m.kbPerSocket, 0) / s.memory!.length;
    const runs = s.runs
      .filter((run) => run.load !== 'burst')
      .map((run) => `${run.load} p50 ${ms(run.latency.p50)} p99 ${ms(run.latency.p99)}, ${ms(run.serverCpuMsPerEvent)} CPU/event (+${ms(run.serverWaitMsPerEvent)} waiting for a CPU)${run.lost || run.errors ? `, LOST ${run.lost}, errors ${run.errors}` : ''}`);
    out.push(`scale ${r.couples} couples, ${s.bus} bus, ${s.processes} processes: ${runs.join('; ')}; ${kb.toFixed(1)} KB RSS per socket`);
  }
  const lost = measured.reduce((t, s) => t + s.runs.reduce((u, run) => u + run.lost, 0), 0);
  const errors = measured.reduce((t, s) => t + s.runs.reduce((u, run) => u + run.errors, 0), 0);
  out.push(`scale: events lost ${lost} (target 0: ${lost === 0 ? 'met' : 'MISSED'}), unacknowledged ${errors}`);
  const bursts = measured.flatMap((s) => s.runs.filter((run) => run.load === 'burst').map((run) => ({ s, run })));
  if (bursts.length) {
    const { s, run } = bursts[0]!;
    const each = bursts.map((b) => `${b.s.bus} ${b.run.commitsPerSecond.toFixed(0)} commits/s, p99 ${ms(b.run.latency.p99)}${b.run.lost ? `, LOST ${b.run.lost}` : ''}`);
    out.push(`bus comparison, ${s.processes} processes, ${run.rate}/s offered (${run.events} events): ${each.join('; ')}`);
  }
  for (const s of r.setups.filter((x) => x.error)) out.push(`scale, ${s.bus} bus, ${s.processes} processes: not measured (${s.error})`);
  return out;
}
