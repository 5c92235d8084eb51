import { describe, expect, it } from 'vitest';
import { isHttpsUrl, ownPhrases } from './suggestions';

describe('ownPhrases', () => {
  it('offers the person’s own phrases, trimmed, without repeats, at most four', () => {
    const script = (id: string, text: string) => ({ id, situation: null, text });
    const phrases = ownPhrases([script('1', 'Back soon, love you.'), script('2', ' Back soon, love you. '), script('3', '  '), ...['a', 'b', 'c', 'd'].map((t) => script(t, t))]);
    expect(phrases).toEqual(['Back soon, love you.', 'a', 'b', 'c']);
  });

  it('is empty when there are none of their own yet', () => {
    expect(ownPhrases(undefined)).toEqual([]);
  });
});

describe('isHttpsUrl', () => {
  it('accepts only full https links', () => {
    expect(isHttpsUrl('https://music.example/playlist/1')).toBe(true);
    expect(isHttpsUrl('  https://x.example ')).toBe(true);
    expect(isHttpsUrl('http://music.example')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpsUrl('music.example')).toBe(false);
  });
});
