import { describe, expect, it } from 'vitest';
import { formatRelative } from './time';

const now = new Date('2026-11-25T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('formatRelative', () => {
  it('says "just now" within a minute, either side', () => {
    expect(formatRelative(ago(0), now, 'just now', 'en')).toBe('just now');
    expect(formatRelative(ago(59), now, 'just now', 'en')).toBe('just now');
    expect(formatRelative(ago(-30), now, 'just now', 'en')).toBe('just now');
  });

  it('uses the largest whole unit', () => {
    expect(formatRelative(ago(5 * 60), now, 'just now', 'en')).toBe('5 minutes ago');
    expect(formatRelative(ago(90 * 60), now, 'just now', 'en')).toBe('1 hour ago');
    expect(formatRelative(ago(3 * 3600), now, 'just now', 'en')).toBe('3 hours ago');
    expect(formatRelative(ago(26 * 3600), now, 'just now', 'en')).toBe('yesterday');
    expect(formatRelative(ago(10 * 86400), now, 'just now', 'en')).toBe('last week');
  });

  it('speaks of the future too (invite expiry)', () => {
    expect(formatRelative(ago(-72 * 3600), now, 'just now', 'en')).toBe('in 3 days');
  });

  it('accepts ISO strings as the server sends them', () => {
    expect(formatRelative('2026-11-25T11:58:00Z', now, 'just now', 'en')).toBe('2 minutes ago');
  });

  it('follows the locale', () => {
    expect(formatRelative(ago(5 * 60), now, 'gerade eben', 'de')).toBe('vor 5 Minuten');
  });
});
