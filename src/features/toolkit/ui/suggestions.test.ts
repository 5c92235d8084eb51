import { describe, expect, it } from 'vitest';
import { isHttpsUrl, SCRIPT_SUGGESTIONS, tetherPhrases } from './suggestions';

describe('tetherPhrases', () => {
  it('puts the person’s own phrases first, then ours, without repeats', () => {
    const ownText = SCRIPT_SUGGESTIONS.distancer[0]!.text;
    const phrases = tetherPhrases([
      { id: '1', situation: null, text: 'Back soon, love you.' },
      { id: '2', situation: null, text: ` ${ownText} ` },
    ]);
    expect(phrases[0]).toBe('Back soon, love you.');
    expect(phrases[1]).toBe(ownText);
    expect(new Set(phrases).size).toBe(phrases.length);
    expect(phrases).toHaveLength(6);
  });

  it('offers our suggestions when there are none of their own yet', () => {
    expect(tetherPhrases(undefined, 3)).toHaveLength(3);
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
