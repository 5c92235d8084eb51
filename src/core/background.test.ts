import { afterEach, describe, expect, it, vi } from 'vitest';
import { every } from './background';

afterEach(() => vi.useRealTimers());

describe('every', () => {
  it('never overlaps a slow run, reports errors, and stops', async () => {
    vi.useFakeTimers();
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const errors: unknown[] = [];
    let release: () => void = () => {};
    const stop = every(
      100,
      async () => {
        runs++;
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise<void>((r) => (release = r));
        active--;
        if (runs === 1) throw new Error('first run failed');
      },
      (e) => errors.push(e),
    );
    await vi.advanceTimersByTimeAsync(350);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(errors).toHaveLength(1);
    expect(runs).toBe(2);
    stop();
    release();
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
  });
});
