import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('scripts/check-safety.mjs (npm run check-safety)', () => {
  it('answers each line of standard input with one JSON line, in order, blank lines included', () => {
    const lines = ['he hits me', 'you always leave the dishes', '', 'I’m afraid of what she’ll do', "I'm dying to see you"];
    const run = spawnSync(process.execPath, ['scripts/check-safety.mjs'], { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { concern: true },
      { concern: false },
      { concern: false },
      { concern: true },
      { concern: false },
    ]);
  });
});
