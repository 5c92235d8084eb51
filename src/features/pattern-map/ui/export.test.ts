import { describe, expect, it } from 'vitest';
import { fileName } from './export';

describe('export file names', () => {
  it('makes a safe name from the loop’s name', () => {
    expect(fileName('the doom spiral', 'svg')).toBe('the-doom-spiral.svg');
    expect(fileName('Ça « tourne » !', 'png')).toBe('ca-tourne.png');
    expect(fileName('../../etc/passwd', 'svg')).toBe('etc-passwd.svg');
  });

  it('falls back to “our loop” when nothing usable is left', () => {
    expect(fileName('🌀🌀', 'png')).toBe('our-loop.png');
  });
});
