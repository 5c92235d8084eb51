/**
 * How long a test waits for a change to reach the other person's screen live: pushed over the
 * socket, with no reload and nothing tapped. Generous on purpose: how fast it arrives is a speed
 * target, measured by the benchmark (`npm run bench`: partner latency p50/p99 against a durable
 * floor), never by a timed test that a busy machine would turn into a flake.
 */
export const LIVE = { timeout: 10_000 } as const;
