import { fork, type ChildProcess, type Serializable } from 'node:child_process';
import { openSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';

/** Where the bundled bench scripts live (scripts/bench.mjs puts every entry point side by side). */
export function sibling(file: string): string {
  return new URL(file, import.meta.url).pathname;
}

export interface Stats {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of a list of milliseconds. */
export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  return { n: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: sorted[sorted.length - 1] ?? NaN, mean };
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function sleep(msDelay: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msDelay));
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves with the status of GET url, or null if nothing answers. */
export function httpStatus(url: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on('error', () => resolve(null));
    req.setTimeout(1000, () => req.destroy());
  });
}

/** Runs `fn` over items with at most `limit` in flight. */
export async function inBatches<T>(items: T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A forked bench child that reports `{ ready: … }` over IPC once it is listening. */
export interface Child<T> {
  process: ChildProcess;
  ready: T;
  /** Sends `message` and resolves with the child's next message. */
  ask<R>(message: Serializable): Promise<R>;
  stop(): Promise<void>;
}

export async function startChild<T>(
  file: string,
  options: { env?: Record<string, string>; execArgv?: string[]; logFile?: string } = {},
): Promise<Child<T>> {
  const out = options.logFile ? openSync(options.logFile, 'w') : 'inherit';
  const child = fork(sibling(file), [], {
    env: { ...process.env, ...options.env },
    execArgv: options.execArgv ?? [],
    stdio: ['ignore', out, out, 'ipc'],
  });
  const ready = await new Promise<T>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { ready: T }).ready));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code} before it was ready`)));
  });
  return {
    process: child,
    ready,
    ask: <R>(message: Serializable) =>
      new Promise<R>((resolve) => {
        child.once('message', (m) => resolve(m as R));
        child.send(message);
      }),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      // Generous: a server detaching 2,000 sockets on a busy machine takes a while, and its cleanup (data dir, schema) comes last.
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** In a child: wait for the parent's `stop`, run the cleanup, exit. */
export function onStop(cleanup: () => Promise<void>): void {
  process.on('message', (m) => {
    if (m !== 'stop') return;
    void cleanup()
      .catch((e) => console.error(e))
      .finally(() => process.exit(0));
  });
  process.on('disconnect', () => process.exit(0));
}
