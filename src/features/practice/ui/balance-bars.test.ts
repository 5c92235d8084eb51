import { describe, expect, it } from 'vitest';
import { balanceBars } from './balance-bars';
import { checkPhoto } from './photo';

describe('the joy balance bars', () => {
  it('scale to the larger side and keep a small moment visible', () => {
    expect(balanceBars(0, 0)).toEqual({ joy: 0, fixing: 0 });
    expect(balanceBars(4, 2)).toEqual({ joy: 100, fixing: 50 });
    expect(balanceBars(1, 100)).toEqual({ joy: 4, fixing: 100 });
    expect(balanceBars(3, 0)).toEqual({ joy: 100, fixing: 0 });
    expect(balanceBars(2, 3, 200, 6)).toEqual({ joy: 133, fixing: 200 });
  });
});

describe('the photo check before upload', () => {
  it('allows JPEG, PNG and WebP up to 5 MB', () => {
    expect(checkPhoto({ size: 5_000_000, type: 'image/jpeg' })).toBeNull();
    expect(checkPhoto({ size: 5_000_001, type: 'image/png' })).toBe('too_large');
    expect(checkPhoto({ size: 10, type: 'image/gif' })).toBe('wrong_type');
    expect(checkPhoto({ size: 10, type: '' })).toBe('wrong_type');
  });
});
