import { describe, expect, it } from 'vitest';
import { contractStatus } from './contracts';

describe('implicit contract status', () => {
  it.each([
    [[], 'open'],
    [['keep'], 'open'],
    [['retire'], 'open'],
    [['keep', 'keep'], 'kept'],
    [['retire', 'retire'], 'retired'],
    [['keep', 'retire'], 'renegotiating'],
    [['renegotiate'], 'renegotiating'],
    [['keep', 'renegotiate'], 'renegotiating'],
  ] as const)('%j → %s', (marks, status) => {
    expect(contractStatus([...marks], 2)).toBe(status);
  });

  it('never retires on one partner’s word alone', () => {
    expect(contractStatus(['retire'], 1)).toBe('open');
  });
});
