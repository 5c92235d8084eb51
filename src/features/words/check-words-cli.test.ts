import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { wordCheckResult } from './contract';
import { wordsCopy } from './copy';

describe('scripts/check-words.mjs (npm run check-words)', () => {
  it('answers each line of standard input with one JSON line — markers with offsets into the line, and the suggestion — in order, blank lines included', () => {
    const lines = ['you never listen', '', 'I need space but I love you', 'Fine. I’m giving you space to process.', 'Can we watch the film tonight?'];
    const run = spawnSync('npm', ['run', '--silent', 'check-words'], { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const answers = run.stdout.trimEnd().split('\n').map((line) => wordCheckResult.parse(JSON.parse(line)));
    expect(answers).toEqual([
      { markers: [{ marker: 'blame', start: 0, end: 9 }], suggestion: wordsCopy.notHeard },
      { markers: [], suggestion: null },
      { markers: [], suggestion: null },
      {
        markers: [
          { marker: 'stonewalling', start: 0, end: 4 },
          { marker: 'withdrawal', start: 10, end: 26 },
        ],
        suggestion: wordsCopy.suggestions.stonewalling,
      },
      { markers: [], suggestion: null },
    ]);
    expect(lines[3]!.slice(10, 26)).toBe('giving you space');
  });
});
