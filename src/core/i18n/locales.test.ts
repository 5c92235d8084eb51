import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, acceptedLanguages, isLocale, pickLocale } from './locales';

describe('the reader’s language', () => {
  it('picks the first language Offbeat speaks among the preferred ones, by its primary tag', () => {
    expect(pickLocale(['de-AT', 'en'])).toBe('de');
    expect(pickLocale(['fr-FR', 'de_CH', 'en'])).toBe('de');
    expect(pickLocale(['fr', 'es'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['EN-gb'])).toBe('en');
  });

  it('orders Accept-Language by its q-values, keeping the header’s order on ties, and drops q=0 and *', () => {
    expect(acceptedLanguages('fr;q=0.5, de-DE, en;q=0.8')).toEqual(['de-DE', 'en', 'fr']);
    expect(acceptedLanguages('de;q=0, en')).toEqual(['en']);
    expect(acceptedLanguages('*, de;q=0.1')).toEqual(['de']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages('de;q=x')).toEqual([]);
  });

  it('answers with a language it speaks for any header at all', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const locale = pickLocale(acceptedLanguages(header));
        expect(isLocale(locale)).toBe(true);
        expect(LOCALES).toContain(locale);
      }),
    );
  });
});
