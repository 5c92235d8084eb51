import { afterEach, beforeAll } from 'vitest';
import { loadCatalogues, setLocaleSource } from '../../src/core/i18n/messages';
import type { Locale } from '../../src/core/i18n/locales';

/**
 * A test file's reader, as a page would be one: English unless a test says otherwise (`read('de')`),
 * back to English after each test, with German's catalogue loaded for the copy imported so far.
 */
export function readerForTests(): (locale: Locale) => void {
  let locale: Locale = 'en';
  beforeAll(async () => {
    setLocaleSource(() => locale);
    await loadCatalogues('de');
  });
  afterEach(() => {
    locale = 'en';
  });
  return (next) => {
    locale = next;
  };
}
