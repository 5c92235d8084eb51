import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues, setLocaleSource } from '../i18n/messages';
import type { Locale } from '../i18n/locales';
import { atStart, partnerFallback } from './partner-name';

let locale: Locale = 'en';
beforeAll(async () => {
  setLocaleSource(() => locale);
  await loadCatalogues('de');
});
afterEach(() => {
  locale = 'en';
});

describe('the partner named before anyone has joined', () => {
  it('is "your partner" inside an English sentence and "Your partner" where one begins', () => {
    expect(partnerFallback()).toBe('your partner');
    expect(atStart(partnerFallback())).toBe('Your partner');
  });

  it('stands in the page’s language, read when shown', () => {
    locale = 'de';
    expect(partnerFallback()).toBe('dein Gegenüber');
    expect(atStart(partnerFallback())).toBe('Dein Gegenüber');
  });

  it('never re-cases a real name, whatever it looks like', () => {
    for (const name of ['sam', 'Sam', 'your partner ', 'dein gegenüber', 'ÉLODIE']) expect(atStart(name)).toBe(name);
    locale = 'de';
    // The English stand-in is somebody's chosen name on a German page, not the stand-in.
    expect(atStart('your partner')).toBe('your partner');
  });
});
