// Child process: one load generator of the scale bench (bench/scale.ts). It holds both
// partners' sockets for a slice of the couples, so one clock times each event from the
// actor's request to the partner's socket, however many processes the servers are.
// A process may hold 20,000 open files here; the parent sizes the slices well under that.
import { drive, placedTarget, type Sample, type Target } from './latency';
import { onStop } from './lib';
import type { SeededCouple } from './seed';
import { coupleRename } from './scenarios';

export type GeneratorRequest =
  /** `servers[i]`: the indexes in `urls` of couple i's partner A and partner B. */
  | { type: 'connect'; urls: string[]; couples: SeededCouple[]; servers: Array<[number, number]> }
  | { type: 'run'; from: number; count: number; rate: number; maxInFlight: number; receiveTimeoutMs: number };

export interface GeneratorRun {
  /** Action start → partner's socket has the event, ms, for each event that arrived. */
  latencies: number[];
  /** Answered 2xx, but the partner's socket never got the event: lost. */
  undelivered: number;
  /** Not answered 2xx (so not acknowledged, nothing promised). */
  errors: number;
  acked: number;
  /** Start of the run → the last acknowledgement, ms. */
  ackedMs: number;
}

let target: Target | undefined;
let errors = 0;
let lastAck = 0;

async function answer(m: GeneratorRequest): Promise<unknown> {
  if (m.type === 'connect') {
    const placed = await placedTarget({ couples: m.couples, urlOf: (i, side) => m.urls[m.servers[i]![side === 'a' ? 0 : 1]]!, pids: [] }, 'scale', coupleRename);
    target = {
      ...placed,
      act: (i, from, k) =>
        placed.act(i, from, k).then(
          () => void (lastAck = performance.now()),
          (error: unknown) => {
            errors++;
            throw error;
          },
        ),
    };
    return { connectMs: target.connectMs };
  }
  const into = { samples: [] as Sample[], lost: 0 };
  errors = 0;
  const start = performance.now();
  lastAck = start;
  await drive(target!, m.from, m.count, m.rate, into, m);
  return {
    latencies: into.samples.map((s) => s.total),
    undelivered: into.lost - errors,
    errors,
    acked: into.samples.length + into.lost - errors,
    ackedMs: lastAck - start,
  } satisfies GeneratorRun;
}

process.on('message', (m) => {
  if (typeof m === 'object' && m !== null) void answer(m as GeneratorRequest).then((a) => process.send!(a), (e: Error) => process.send!({ error: e.message }));
});
onStop(async () => target?.close());
process.send!({ ready: {} });
